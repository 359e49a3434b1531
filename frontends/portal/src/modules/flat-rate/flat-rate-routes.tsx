import type { HostRoute } from '@statsbidrag/ui/host';
import { FlatRateDeviationsPage } from './components/flat-rate-deviations-page.js';
import { FlatRateImportDetail } from './components/flat-rate-import-detail.js';
import { FlatRateImportPage } from './components/flat-rate-import-page.js';
import { FlatRateProfilesPage } from './components/flat-rate-profiles-page.js';
import { FlatRateScannedPage } from './components/flat-rate-scanned-page.js';
import { FlatRateSchedulesPage } from './components/flat-rate-schedules-page.js';
import { FLAT_RATE_ADMIN_ROLES, FLAT_RATE_DEVIATIONS_PATH, FLAT_RATE_IMPORTS_PATH, FLAT_RATE_PROFILES_PATH, FLAT_RATE_RUN_ROLES, FLAT_RATE_SCANNED_PATH, FLAT_RATE_SCHEDULES_PATH } from './flat-rate-roles.js';

/** "Schabloner" in the portal's menu (coordinator, administrator) and its pages; the literal paths before `/schabloner/importer/:id`. */
export const FLAT_RATE_ROUTES: readonly HostRoute[] = [
  { path: FLAT_RATE_IMPORTS_PATH, label: 'Schabloner', title: 'Importer av schabloner', roles: FLAT_RATE_RUN_ROLES, render: ({ navigate, viewer }) => <FlatRateImportPage roles={viewer.roles} navigate={navigate} /> },
  { path: FLAT_RATE_SCANNED_PATH, title: 'Skannat beslut om schabloner', roles: FLAT_RATE_RUN_ROLES, render: ({ navigate, viewer }) => <FlatRateScannedPage roles={viewer.roles} navigate={navigate} /> },
  { path: FLAT_RATE_DEVIATIONS_PATH, title: 'Avvikelser i schabloner', roles: FLAT_RATE_RUN_ROLES, render: ({ navigate, viewer }) => <FlatRateDeviationsPage roles={viewer.roles} navigate={navigate} /> },
  { path: FLAT_RATE_SCHEDULES_PATH, title: 'Personer med schablon', roles: FLAT_RATE_RUN_ROLES, render: ({ navigate, viewer }) => <FlatRateSchedulesPage roles={viewer.roles} navigate={navigate} /> },
  { path: FLAT_RATE_PROFILES_PATH, title: 'Importprofiler för schabloner', roles: FLAT_RATE_ADMIN_ROLES, render: ({ navigate, viewer }) => <FlatRateProfilesPage roles={viewer.roles} navigate={navigate} /> },
  {
    path: `${FLAT_RATE_IMPORTS_PATH}/:id`,
    title: 'Import av schabloner',
    roles: FLAT_RATE_RUN_ROLES,
    render: ({ params, navigate, viewer }) => <FlatRateImportDetail key={params.id} id={params.id!} roles={viewer.roles} navigate={navigate} />,
  },
];
