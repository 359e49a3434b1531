import { DISTRICT_ROLES } from '@statsbidrag/domain';
// Importing from '@statsbidrag/ui' (a shared singleton) loads the host's copy at start-up, so the
// claims remote reuses it (and its react-aria) instead of downloading its own.
import { Alert } from '@statsbidrag/ui';
import { HostApp, type HostAppProps, type Viewer } from '@statsbidrag/ui/host';

export const APP = 'sdf';
export const APP_NAME = 'SDF – Statsbidrag';

/** "Vår stadsdels återsökningar (Rinkeby-Kista)" */
export function sdfClaimsTitle(viewer: Pick<Viewer, 'districts'>): string {
  const names = viewer.districts.map((d) => d.name).join(', ');
  return names ? `Vår stadsdels återsökningar (${names})` : 'Vår stadsdels återsökningar';
}

export type SdfAppProps = Omit<HostAppProps, 'app' | 'appName' | 'allowedRoles' | 'claimsTitle'>;

/** The districts' own app (stadsdelsförvaltningarna): for district officers and contacts; own district only. */
export function SdfApp(props: SdfAppProps) {
  return <HostApp app={APP} appName={APP_NAME} allowedRoles={DISTRICT_ROLES} claimsTitle={sdfClaimsTitle} overview={overview} {...props} />;
}

function overview() {
  return <Alert title="Återsökningar">Här följer du din stadsdels återsökningar av statlig ersättning för flyktingmottagande.</Alert>;
}
