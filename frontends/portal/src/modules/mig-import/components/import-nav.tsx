import { AppLink } from '@statsbidrag/ui';
import { DECISION_SETTINGS_PATH, IMPORT_PROFILES_PATH, MIG_IMPORT_ADMIN_ROLES, MIG_IMPORT_PATH, MIG_IMPORT_RUN_ROLES, MIG_IMPORT_VIEW_ROLES, SCANNED_LIST_PATH, hasAnyRole } from '../mig-import-roles.js';
import type { Role } from '@statsbidrag/domain';

const TABS: readonly { path: string; label: string; roles: readonly Role[] }[] = [
  { path: MIG_IMPORT_PATH, label: 'Importer', roles: MIG_IMPORT_VIEW_ROLES },
  { path: SCANNED_LIST_PATH, label: 'Skannad lista', roles: MIG_IMPORT_RUN_ROLES },
  { path: IMPORT_PROFILES_PATH, label: 'Importprofiler', roles: MIG_IMPORT_ADMIN_ROLES },
  { path: DECISION_SETTINGS_PATH, label: 'Beslutsregler', roles: MIG_IMPORT_ADMIN_ROLES },
];

/** The import pages' own menu: the pages the viewer's roles reach. */
export function ImportNav({ current, roles, navigate }: { current: string; roles: readonly string[]; navigate: (url: string) => void }) {
  return (
    <nav aria-label="Import från MiG" className="mig-import__nav">
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
