import { CENTRAL_ROLES } from '@statsbidrag/domain';
// Importing from '@statsbidrag/ui' (a shared singleton) loads the host's copy at start-up, so the
// claims remote reuses it (and its react-aria) instead of downloading its own.
import { Alert } from '@statsbidrag/ui';
import { HostApp, type HostAppProps } from '@statsbidrag/ui/host';

export const APP = 'portal';
export const APP_NAME = 'AmF-portalen – Statsbidrag';

export type PortalAppProps = Omit<HostAppProps, 'app' | 'appName' | 'allowedRoles' | 'claimsTitle'>;

/** The AmF central portal: for the central roles; every district's claims. */
export function PortalApp(props: PortalAppProps) {
  return <HostApp app={APP} appName={APP_NAME} allowedRoles={CENTRAL_ROLES} claimsTitle={() => 'Återsökningar'} overview={overview} {...props} />;
}

function overview() {
  return <Alert title="Återsökningar">Här följer AmF alla stadsdelars återsökningar av statlig ersättning för flyktingmottagande.</Alert>;
}
