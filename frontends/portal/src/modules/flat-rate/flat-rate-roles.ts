import { Role } from '@statsbidrag/domain';

export const FLAT_RATE_PATH = '/schabloner';
export const FLAT_RATE_IMPORTS_PATH = `${FLAT_RATE_PATH}/importer`;
export const FLAT_RATE_DEVIATIONS_PATH = `${FLAT_RATE_PATH}/avvikelser`;
export const FLAT_RATE_PROFILES_PATH = `${FLAT_RATE_PATH}/profiler`;
export const FLAT_RATE_SCHEDULES_PATH = `${FLAT_RATE_PATH}/personer`;
export const FLAT_RATE_SCANNED_PATH = `${FLAT_RATE_PATH}/skannat-beslut`;
export const flatRateImportPath = (id: string): string => `${FLAT_RATE_IMPORTS_PATH}/${encodeURIComponent(id)}`;
export const flatRateSchedulePath = (personId: string): string => `${FLAT_RATE_SCHEDULES_PATH}/${encodeURIComponent(personId)}`;

/** May import flat-rate files, act on their deviations and close cases (api: COORDINATOR, ADMINISTRATOR write). */
export const FLAT_RATE_RUN_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR];

/** May change the flat-rate import profiles (saveFlatRateImportProfile). */
export const FLAT_RATE_ADMIN_ROLES: readonly Role[] = [Role.ADMINISTRATOR];

export function hasAnyRole(roles: readonly string[], allowed: readonly Role[]): boolean {
  return roles.some((role) => (allowed as readonly string[]).includes(role));
}

export const KIND_GENERALSCHABLON = 'GENERALSCHABLON';
export const KIND_ESERVICE = 'ESERVICE_SCHABLON';

/** The files a user can upload, with their Swedish names (a scanned decision comes another way). */
export const FLAT_RATE_KINDS: readonly { id: string; label: string }[] = [
  { id: KIND_GENERALSCHABLON, label: 'Generalschablon (textfil från MiG)' },
  { id: KIND_ESERVICE, label: 'Schabloner från e-tjänsten (Excel)' },
];

export const FLAT_RATE_IMPORT_STATUSES: readonly { id: string; label: string }[] = [
  { id: 'RECEIVED', label: 'Mottagen' },
  { id: 'QUEUED', label: 'I kö' },
  { id: 'RUNNING', label: 'Pågår' },
  { id: 'APPLIED', label: 'Genomförd' },
  { id: 'FAILED', label: 'Misslyckad' },
];

export const flatRateKindLabel = (kind: string): string => FLAT_RATE_KINDS.find((k) => k.id === kind)?.label ?? (kind === 'SCANNED_DECISION' ? 'Skannat beslut' : kind);

/** Reasons for closing a flat-rate case (CloseFlatRateCaseInput.reason). */
export const CLOSURE_REASONS: readonly { id: string; label: string }[] = [
  { id: 'AVLIDIT', label: 'Avliden' },
  { id: 'FLYTTAT', label: 'Utflyttad från Stockholm' },
  { id: 'MEDBORGARSKAP', label: 'Svenskt medborgarskap' },
  { id: 'OVRIGT', label: 'Övrigt' },
];

export const SCHEDULE_STATUSES: readonly { id: string; label: string }[] = [
  { id: 'OPEN', label: 'Öppet' },
  { id: 'CLOSED', label: 'Avslutat' },
];
