import { Role } from '@statsbidrag/domain';

export const MIG_IMPORT_PATH = '/importer';
export const SCANNED_LIST_PATH = `${MIG_IMPORT_PATH}/skannad-lista`;
export const IMPORT_PROFILES_PATH = `${MIG_IMPORT_PATH}/profiler`;
export const DECISION_SETTINGS_PATH = `${MIG_IMPORT_PATH}/installningar`;
export const importFilePath = (id: string): string => `${MIG_IMPORT_PATH}/${encodeURIComponent(id)}`;

/** May see the imports from MiG and their deviations (api.graphql: importFiles, importFile). */
export const MIG_IMPORT_VIEW_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR, Role.FINANCE_MANAGER, Role.SYSTEM_ADMIN];

/** May import files and scanned lists, retry an import and resolve or close deviations. */
export const MIG_IMPORT_RUN_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR];

/** May change the import profiles and the decision rules (saveImportProfile, updateDecisionSettings). */
export const MIG_IMPORT_ADMIN_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.ADMINISTRATOR];

export function hasAnyRole(roles: readonly string[], allowed: readonly Role[]): boolean {
  return roles.some((role) => (allowed as readonly string[]).includes(role));
}

export const IMPORT_KIND_DECISIONS = 'MIG_BESLUT';
export const IMPORT_KIND_PAYMENTS = 'MIG_UTBETALNING';

/** The kinds of file MiG exports, with their Swedish names. */
export const IMPORT_KINDS: readonly { id: string; label: string }[] = [
  { id: IMPORT_KIND_DECISIONS, label: 'MiG-beslut' },
  { id: IMPORT_KIND_PAYMENTS, label: 'Utbetalningsspecifikation' },
];

export const IMPORT_STATUSES: readonly { id: string; label: string }[] = [
  { id: 'RECEIVED', label: 'Mottagen' },
  { id: 'QUEUED', label: 'I kö' },
  { id: 'RUNNING', label: 'Pågår' },
  { id: 'APPLIED', label: 'Genomförd' },
  { id: 'FAILED', label: 'Misslyckad' },
];

export const kindLabel = (kind: string): string => IMPORT_KINDS.find((k) => k.id === kind)?.label ?? kind;
