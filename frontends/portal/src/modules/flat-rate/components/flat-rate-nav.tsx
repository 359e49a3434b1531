import { AppLink } from '@statsbidrag/ui';
import type { Role } from '@statsbidrag/domain';
import { FLAT_RATE_ADMIN_ROLES, FLAT_RATE_DEVIATIONS_PATH, FLAT_RATE_IMPORTS_PATH, FLAT_RATE_PROFILES_PATH, FLAT_RATE_RUN_ROLES, FLAT_RATE_SCANNED_PATH, FLAT_RATE_SCHEDULES_PATH, hasAnyRole } from '../flat-rate-roles.js';

const TABS: readonly { path: string; label: string; roles: readonly Role[] }[] = [
  { path: FLAT_RATE_IMPORTS_PATH, label: 'Importer', roles: FLAT_RATE_RUN_ROLES },
  { path: FLAT_RATE_SCANNED_PATH, label: 'Skannat beslut', roles: FLAT_RATE_RUN_ROLES },
  { path: FLAT_RATE_DEVIATIONS_PATH, label: 'Avvikelser', roles: FLAT_RATE_RUN_ROLES },
  { path: FLAT_RATE_SCHEDULES_PATH, label: 'Personer med schablon', roles: FLAT_RATE_RUN_ROLES },
  { path: FLAT_RATE_PROFILES_PATH, label: 'Importprofiler', roles: FLAT_RATE_ADMIN_ROLES },
];

/** The flat-rate pages' own menu ("Schabloner"): the pages the viewer's roles reach. */
export function FlatRateNav({ current, roles, navigate }: { current: string; roles: readonly string[]; navigate: (url: string) => void }) {
  return (
    <nav aria-label="Schabloner" className="mig-import__nav">
      <ul>
        {TABS.filter((t) => hasAnyRole(roles, t.roles)).map((t) => (
          <li key={t.path}>
            <AppLink href={t.path} onNavigate={navigate} aria-current={t.path === current ? 'page' : undefined}>
              {t.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
