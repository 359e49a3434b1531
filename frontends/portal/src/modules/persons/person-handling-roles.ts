import { Role } from '@statsbidrag/domain';

/** Close, reopen, register move-out and deactivate personal data (the API's `closePersonHandling` …). */
export const HANDLING_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR];

/**
 * Register a person (`registerPerson`) and update a person's data (`updatePerson`, "aktualisera
 * personuppgifter"), protected identity included: the roles that also see protected persons.
 */
export const PERSON_DATA_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR];

/** Set the purge date by hand (`setPurgeDate`): the handlers and the system administrator. */
export const PURGE_DATE_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR, Role.SYSTEM_ADMIN];

/** May read `handlingHistory` (AmF); asking for it with another role fails the whole query. */
export const HANDLING_HISTORY_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR, Role.FINANCE_MANAGER, Role.SYSTEM_ADMIN];

export function hasRole(roles: readonly string[], allowed: readonly Role[]): boolean {
  return roles.some((role) => (allowed as readonly string[]).includes(role));
}

export const CLOSURE_REASONS = [
  { id: 'SCHABLONPERIOD_SLUT', label: 'Schablonersättningsperiod slut' },
  { id: 'AVLIDIT', label: 'Avlidit' },
  { id: 'FLYTTAT_TILL_ANNAN_KOMMUN', label: 'Flyttat till annan kommun' },
  { id: 'SVENSKT_MEDBORGARSKAP', label: 'Svenskt medborgarskap' },
  { id: 'OVRIGT', label: 'Övrigt' },
] as const;
