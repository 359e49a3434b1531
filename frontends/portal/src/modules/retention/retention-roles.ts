import { Role } from '@statsbidrag/domain';

export const RETENTION_PATH = '/gallring';

/** May see the persons due for purging (`purgeCandidates`). */
export const RETENTION_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.ADMINISTRATOR];

/** May run the purge now (`runPurge`) and read the purge log (`purgeRecords`). */
export const PURGE_ADMIN_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN];

export function hasRole(roles: readonly string[], allowed: readonly Role[]): boolean {
  return roles.some((role) => (allowed as readonly string[]).includes(role));
}

/** Names of the fields a purge emptied, in Swedish (the log stores the field names). */
const FIELD_LABELS: Record<string, string> = {
  firstName: 'Förnamn',
  lastName: 'Efternamn',
  personalIdentityNumber: 'Personnummer',
  migIndividualNumber: 'Individnummer',
  birthDate: 'Födelsedatum',
  protectedIdentity: 'Skyddad identitet',
  closureNote: 'Kommentar till avslut',
  'registrations.address': 'Adresser',
  'registrations.postalCode': 'Postnummer',
};

export function purgedFieldsText(fields: readonly string[]): string {
  return fields.map((f) => FIELD_LABELS[f] ?? f).join(', ');
}
