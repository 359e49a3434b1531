import { canSeeDistrict, districtScope, hasAnyRole, type Identity } from '@statsbidrag/domain';
import type { PersonRow } from '../infra/person.entity.js';
import type { Person } from '../graphql/person.type.js';

/** Roles that see the identity of a person with protected identity. */
const PROTECTED_IDENTITY_READERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;

export function canSeePerson(identity: Identity, person: Pick<PersonRow, 'districtCode'>): boolean {
  return canSeeDistrict(identity, person.districtCode);
}

/** MikroORM filter limiting persons to the caller's districts (undefined = no limit). */
export function personScopeFilter(identity: Identity): { districtCode: { $in: string[] } } | undefined {
  const scope = districtScope(identity);
  return scope === null ? undefined : { districtCode: { $in: scope } };
}

/** The person as this caller may see it (protected identity hides names and identity number). */
export function toPersonView(row: PersonRow, identity: Identity): Person {
  const hidden = row.protectedIdentity && !hasAnyRole(identity, PROTECTED_IDENTITY_READERS);
  return {
    id: row.id,
    firstName: hidden ? 'Skyddad' : row.firstName,
    lastName: hidden ? 'identitet' : row.lastName,
    fullName: hidden ? 'Skyddad identitet' : `${row.firstName} ${row.lastName}`,
    birthDate: hidden ? null : (row.birthDate ?? null),
    personalIdentityNumber: hidden ? null : (row.personalIdentityNumber ?? null),
    isCoordinationNumber: row.isCoordinationNumber,
    migIndividualNumber: row.migIndividualNumber ?? null,
    protectedIdentity: row.protectedIdentity,
    districtCode: row.districtCode ?? null,
  };
}
