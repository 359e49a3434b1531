import { CENTRAL_ROLES } from '@statsbidrag/domain';
// Importing from '@statsbidrag/ui' (a shared singleton) loads the host's copy at start-up, so the
// claims remote reuses it (and its react-aria) instead of downloading its own.
import { Alert, NOTIFICATIONS_PATH, NotificationsPage } from '@statsbidrag/ui';
import { HostApp, type HostAppProps, type HostRoute } from '@statsbidrag/ui/host';
import { EpsImportPage } from './modules/eps-import/components/eps-import-page.js';
import { EPS_IMPORT_PATH, EPS_IMPORT_ROLES } from './modules/eps-import/eps-import-roles.js';
import { PersonCard } from './modules/persons/components/person-card.js';
import { PersonRegisterPage } from './modules/persons/components/person-register-page.js';
import { PersonSearch } from './modules/persons/components/person-search.js';
import { PERSONS_PATH, REGISTER_PERSON_PATH } from './modules/persons/person-format.js';
import { PERSON_DATA_ROLES } from './modules/persons/person-handling-roles.js';
import { OrganisationPage } from './modules/organisation/components/organisation-page.js';
import { ORGANISATION_PATH, ORGANISATION_ROLES } from './modules/organisation/organisation-roles.js';
import { CHILD_REPORT_ROLES, CHILD_REPORTS_PATH } from './modules/child-reports/child-report-roles.js';
import { ChildReportDetail } from './modules/child-reports/components/child-report-detail.js';
import { ChildReportInbox } from './modules/child-reports/components/child-report-inbox.js';
import { AuditLogPage } from './modules/audit-log/components/audit-log-page.js';
import { AUDIT_LOG_PATH, AUDIT_LOG_ROLES } from './modules/audit-log/audit-log.graphql.js';
import { RetentionPage } from './modules/retention/components/retention-page.js';
import { RETENTION_PATH, RETENTION_ROLES } from './modules/retention/retention-roles.js';
import { DecisionSettingsPage } from './modules/mig-import/components/decision-settings-page.js';
import { ImportDetail } from './modules/mig-import/components/import-detail.js';
import { ImportPage } from './modules/mig-import/components/import-page.js';
import { ImportProfilesPage } from './modules/mig-import/components/import-profiles-page.js';
import { ScannedListPage } from './modules/mig-import/components/scanned-list-page.js';
import { ALLOCATION_MONTH_PATH, ALLOCATION_PATH, ALLOCATION_ROLES, UNALLOCATED_PATH } from './modules/allocation-sheet/allocation-sheet-roles.js';
import { SheetListPage } from './modules/allocation-sheet/components/sheet-list-page.js';
import { SheetPage } from './modules/allocation-sheet/components/sheet-page.js';
import { UnallocatedPage } from './modules/allocation-sheet/components/unallocated-page.js';
import {
  DECISION_SETTINGS_PATH,
  IMPORT_PROFILES_PATH,
  MIG_IMPORT_ADMIN_ROLES,
  MIG_IMPORT_PATH,
  MIG_IMPORT_RUN_ROLES,
  MIG_IMPORT_VIEW_ROLES,
  SCANNED_LIST_PATH,
} from './modules/mig-import/mig-import-roles.js';
import { FLAT_RATE_ROUTES } from './modules/flat-rate/flat-rate-routes.js';

export const APP = 'portal';
export const APP_NAME = 'AmF-portalen – Statsbidrag';

/** Who may read the applications to MiG (the claims subgraph decides too). */
export const MIG_APPLICATION_ROLES = ['COORDINATOR', 'ADMINISTRATOR', 'FINANCE_MANAGER'] as const;

/** Who may start a recovery (återkrav); the decisions subgraph decides too. */
export const RECOVERY_MANAGER_ROLES = ['COORDINATOR', 'ADMINISTRATOR'] as const;

/** The portal's own pages, after "Översikt" and "Återsökningar" (which come from the host and the claims remote). */
export const PORTAL_ROUTES: readonly HostRoute[] = [
  // Screens of the claims remote (loaded at run time); `/atersokningar/forslag` before the claim page `/atersokningar/:id`.
  { path: '/atersokningar/forslag', label: 'Förslag till SDF', title: 'Förslag till stadsdelar', roles: ['COORDINATOR'], claimsScreen: 'ClaimProposals' },
  { path: '/ansokningar', label: 'Ansökningar till MiG', roles: MIG_APPLICATION_ROLES, claimsScreen: 'MigApplications' },
  { path: '/ansokningar/ny', title: 'Ny ansökan till MiG', roles: ['COORDINATOR'], claimsScreen: 'NewMigApplication' },
  { path: '/ansokningar/:id', title: 'Ansökan till MiG', roles: MIG_APPLICATION_ROLES, claimsScreen: 'MigApplication' },
  // Decisions and payments (claims remote); `/beslut/ny` before the decision's card `/beslut/:id`.
  { path: '/beslut', label: 'Beslut', claimsScreen: 'Decisions' },
  { path: '/beslut/ny', title: 'Registrera beslut', roles: ['COORDINATOR', 'ADMINISTRATOR'], claimsScreen: 'NewDecision' },
  { path: '/beslut/:id', title: 'Beslut', claimsScreen: 'Decision' },
  { path: '/utbetalningar', label: 'Utbetalningar', claimsScreen: 'Payments' },
  // Återkrav (claims remote); `/aterkrav/ny` before `/aterkrav/:id`.
  { path: '/aterkrav', label: 'Återkrav', claimsScreen: 'Recoveries' },
  { path: '/aterkrav/ny', title: 'Nytt återkrav', roles: RECOVERY_MANAGER_ROLES, claimsScreen: 'NewRecovery' },
  { path: '/aterkrav/:id', title: 'Återkrav', claimsScreen: 'Recovery' },
  { path: PERSONS_PATH, label: 'Personer', render: ({ navigate, viewer }) => <PersonSearch navigate={navigate} roles={viewer.roles} /> },
  // Before `/personer/:id`, which would match it too.
  { path: REGISTER_PERSON_PATH, title: 'Registrera person', roles: PERSON_DATA_ROLES, render: ({ navigate }) => <PersonRegisterPage navigate={navigate} /> },
  { path: `${PERSONS_PATH}/:id`, title: 'Personkort', render: ({ params, navigate, viewer }) => <PersonCard key={params.id} id={params.id!} navigate={navigate} roles={viewer.roles} /> },
  { path: EPS_IMPORT_PATH, label: 'EPS-import', roles: EPS_IMPORT_ROLES, render: () => <EpsImportPage /> },
  // Import från MiG: the literal pages before `/importer/:id`.
  { path: MIG_IMPORT_PATH, label: 'Import från MiG', title: 'Importer från MiG', roles: MIG_IMPORT_VIEW_ROLES, render: ({ navigate, viewer }) => <ImportPage roles={viewer.roles} navigate={navigate} /> },
  { path: SCANNED_LIST_PATH, title: 'Skannad lista (Roselista)', roles: MIG_IMPORT_RUN_ROLES, render: ({ navigate, viewer }) => <ScannedListPage roles={viewer.roles} navigate={navigate} /> },
  { path: IMPORT_PROFILES_PATH, title: 'Importprofiler', roles: MIG_IMPORT_ADMIN_ROLES, render: ({ navigate, viewer }) => <ImportProfilesPage roles={viewer.roles} navigate={navigate} /> },
  { path: DECISION_SETTINGS_PATH, title: 'Beslutsregler', roles: MIG_IMPORT_ADMIN_ROLES, render: ({ navigate, viewer }) => <DecisionSettingsPage roles={viewer.roles} navigate={navigate} /> },
  {
    path: `${MIG_IMPORT_PATH}/:id`,
    title: 'Import från MiG',
    roles: MIG_IMPORT_VIEW_ROLES,
    render: ({ params, navigate, viewer }) => <ImportDetail key={params.id} id={params.id!} roles={viewer.roles} navigate={navigate} />,
  },
  ...FLAT_RATE_ROUTES,
  // Fördelning (allocation sheets per month).
  { path: ALLOCATION_PATH, label: 'Fördelning', title: 'Fördelning', roles: ALLOCATION_ROLES, render: ({ navigate }) => <SheetListPage navigate={navigate} /> },
  { path: ALLOCATION_MONTH_PATH, title: 'Fördelningsark', roles: ALLOCATION_ROLES, render: ({ params, navigate }) => <SheetPage key={params.month} month={params.month!} navigate={navigate} /> },
  { path: UNALLOCATED_PATH, title: 'Ej fördelade medel', roles: ALLOCATION_ROLES, render: ({ params, navigate }) => <UnallocatedPage key={params.month} month={params.month!} navigate={navigate} /> },
  { path: ORGANISATION_PATH, label: 'Organisation', roles: ORGANISATION_ROLES, render: ({ navigate }) => <OrganisationPage navigate={navigate} /> },
  {
    path: `${ORGANISATION_PATH}/:section`,
    title: 'Organisation',
    roles: ORGANISATION_ROLES,
    render: ({ params, navigate }) => <OrganisationPage section={params.section} navigate={navigate} />,
  },
  { path: CHILD_REPORTS_PATH, label: 'Barnanmälningar', roles: CHILD_REPORT_ROLES, render: ({ navigate }) => <ChildReportInbox navigate={navigate} /> },
  {
    path: `${CHILD_REPORTS_PATH}/:id`,
    title: 'Barnanmälan',
    roles: CHILD_REPORT_ROLES,
    render: ({ params, navigate, viewer }) => <ChildReportDetail key={params.id} id={params.id!} navigate={navigate} roles={viewer.roles} />,
  },
  { path: RETENTION_PATH, label: 'Gallring', roles: RETENTION_ROLES, render: ({ navigate, viewer }) => <RetentionPage roles={viewer.roles} navigate={navigate} /> },
  { path: AUDIT_LOG_PATH, label: 'Granskningslogg', roles: AUDIT_LOG_ROLES, render: ({ navigate }) => <AuditLogPage navigate={navigate} /> },
  { path: NOTIFICATIONS_PATH, label: 'Aviseringar', render: ({ navigate }) => <NotificationsPage navigate={navigate} /> },
];

export type PortalAppProps = Omit<HostAppProps, 'app' | 'appName' | 'allowedRoles' | 'claimsTitle' | 'routes'>;

/** The AmF central portal: for the central roles; every district's claims, person search and EPS import. */
export function PortalApp(props: PortalAppProps) {
  return <HostApp app={APP} appName={APP_NAME} allowedRoles={CENTRAL_ROLES} claimsTitle={() => 'Återsökningar'} overview={overview} routes={PORTAL_ROUTES} {...props} />;
}

function overview() {
  return <Alert title="Återsökningar">Här följer AmF alla stadsdelars återsökningar av statlig ersättning för flyktingmottagande.</Alert>;
}
