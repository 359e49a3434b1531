import { canSeeDistrict, districtScope, hasAnyRole, type Identity } from '@statsbidrag/domain';
import { isClosureReason } from '../../closure/domain/closure.js';
import { isAddressStatus } from '../domain/address-status.js';
import type { PersonRow, RegistrationRow } from '../infra/person.entity.js';
import type { Person, Registration } from '../graphql/person.type.js';

/** Roles that see the identity of a person with protected identity. */
export const PROTECTED_IDENTITY_READERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;

export function canSeeProtectedIdentity(identity: Identity): boolean {
  return hasAnyRole(identity, PROTECTED_IDENTITY_READERS);
}

export function canSeePerson(identity: Identity, person: Pick<PersonRow, 'districtCode'>): boolean {
  return canSeeDistrict(identity, person.districtCode);
}

/** MikroORM filter limiting persons to the caller's districts (undefined = no limit). */
export function personScopeFilter(identity: Identity): { districtCode: { $in: string[] } } | undefined {
  const scope = districtScope(identity);
  return scope === null ? undefined : { districtCode: { $in: scope } };
}

/** The person as this caller may see it: a protected identity shows only the MiG individnummer. */
export function toPersonView(row: PersonRow, identity: Identity): Person {
  const hidden = row.protectedIdentity && !canSeeProtectedIdentity(identity);
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
    addressStatus: isAddressStatus(row.addressStatus) ? row.addressStatus : 'OK',
    districtCode: row.districtCode ?? null,
    identityHidden: hidden,
    closedOn: row.closedOn ?? null,
    closureReason: isClosureReason(row.closureReason) ? row.closureReason : null,
    closureNote: hidden ? null : (row.closureNote ?? null),
    closedBy: row.closedBy ?? null,
    movedOutOn: row.movedOutOn ?? null,
    personalDataDeactivatedOn: row.personalDataDeactivatedOn ?? null,
    purgeOn: row.purgeOn ?? null,
    purgeOnSetManually: row.purgeOnSetManually,
    purgedAt: row.purgedAt ?? null,
  };
}

/** A registration as the caller may see it: no address of a protected person unless allowed. */
export function toRegistrationView(row: RegistrationRow, person: Pick<Person, 'identityHidden'>): Registration {
  return {
    id: row.id,
    address: person.identityHidden ? null : (row.address ?? null),
    postalCode: person.identityHidden ? null : (row.postalCode ?? null),
    registeredAt: row.registeredAt,
    source: row.source,
    districtCode: row.districtCode ?? null,
  };
}
