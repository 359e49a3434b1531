import { DISTRICT_ROLES } from '@statsbidrag/domain';
// Importing from '@statsbidrag/ui' (a shared singleton) loads the host's copy at start-up, so the
// claims remote reuses it (and its react-aria) instead of downloading its own.
import { Alert, NOTIFICATIONS_PATH, NotificationsPage } from '@statsbidrag/ui';
import { HostApp, type HostAppProps, type HostRoute, type Viewer } from '@statsbidrag/ui/host';
import { ALLOCATIONS_PATH } from './modules/allocation/allocation-format.js';
import { AllocationMonthPage } from './modules/allocation/components/allocation-month-page.js';
import { AllocationsPage } from './modules/allocation/components/allocations-page.js';
import { CHILD_REPORTS_PATH } from './modules/child-reports/child-reports.graphql.js';
import { ChildReportsPage } from './modules/child-reports/child-reports-page.js';
import { PersonCardPage } from './modules/persons/components/person-card-page.js';
import { PersonSearchPage } from './modules/persons/components/person-search-page.js';
import { PERSONS_PATH } from './modules/persons/person-format.js';

/** The SDF app has no page per child report: a link to one opens the district's list. */
export const sdfNotificationLink = (link: string): string => (link.startsWith('/barnanmalningar/') ? '/barnanmalningar' : link);

export const APP = 'sdf';
export const APP_NAME = 'SDF – Statsbidrag';

/** "Vår stadsdels återsökningar (Rinkeby-Kista)" */
export function sdfClaimsTitle(viewer: Pick<Viewer, 'districts'>): string {
  const names = viewer.districts.map((d) => d.name).join(', ');
  return names ? `Vår stadsdels återsökningar (${names})` : 'Vår stadsdels återsökningar';
}

/** The SDF app's own pages, after "Översikt" and "Återsökningar". */
export const SDF_ROUTES: readonly HostRoute[] = [
  { path: '/atersokningar/ny', label: 'Ny återsökning', title: 'Ny återsökning', claimsScreen: 'StartClaim' },
  // The district's decisions and payments (claims remote; the server scopes them to the district).
  { path: '/beslut', label: 'Beslut', claimsScreen: 'Decisions' },
  { path: '/beslut/:id', title: 'Beslut', claimsScreen: 'Decision' },
  { path: '/utbetalningar', label: 'Utbetalningar', claimsScreen: 'Payments' },
  { path: '/aterkrav', label: 'Återkrav', title: 'Vår stadsdels återkrav', claimsScreen: 'Recoveries' },
  { path: '/aterkrav/:id', title: 'Återkrav', claimsScreen: 'Recovery' },
  { path: PERSONS_PATH, label: 'Personer', render: ({ viewer, navigate }) => <PersonSearchPage viewer={viewer} navigate={navigate} /> },
  { path: `${PERSONS_PATH}/:id`, title: 'Personkort', render: ({ params, navigate }) => <PersonCardPage key={params.id} id={params.id!} navigate={navigate} /> },
  { path: ALLOCATIONS_PATH, label: 'Fördelade medel', render: ({ viewer, navigate }) => <AllocationsPage viewer={viewer} navigate={navigate} /> },
  { path: `${ALLOCATIONS_PATH}/:month`, title: 'Fördelade medel', render: ({ params, navigate }) => <AllocationMonthPage key={params.month} month={params.month!} navigate={navigate} /> },
  { path: CHILD_REPORTS_PATH, label: 'Barnanmälningar', render: ({ viewer }) => <ChildReportsPage viewer={viewer} /> },
  { path: NOTIFICATIONS_PATH, label: 'Aviseringar', render: ({ navigate }) => <NotificationsPage navigate={navigate} resolveLink={sdfNotificationLink} /> },
];

export type SdfAppProps = Omit<HostAppProps, 'app' | 'appName' | 'allowedRoles' | 'claimsTitle' | 'routes'>;

/** The districts' own app (stadsdelsförvaltningarna): for district officers and contacts; own district only. */
export function SdfApp(props: SdfAppProps) {
  return <HostApp app={APP} appName={APP_NAME} allowedRoles={DISTRICT_ROLES} claimsTitle={sdfClaimsTitle} overview={overview} routes={SDF_ROUTES} {...props} />;
}

function overview() {
  return <Alert title="Återsökningar">Här följer du din stadsdels återsökningar av statlig ersättning för flyktingmottagande.</Alert>;
}
