import type { EntityManager } from '@mikro-orm/postgresql';
import { districtScope, type Identity } from '@statsbidrag/domain';
import { ForbiddenError, ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { DistrictEntity } from '../../district/infra/district.entity.js';
import { recordIdentityChanged } from '../../events/identity-changed.js';
import { validateNewPerson, type NewPersonInput } from '../domain/person.js';
import { PersonEntity, RegistrationEntity, type PersonRow } from '../infra/person.entity.js';

/**
 * Registers a person, or returns the existing one when any identifier matches: the same
 * individual never exists twice.
 */
export async function registerPerson(em: EntityManager, identity: Identity, input: NewPersonInput): Promise<{ person: PersonRow; created: boolean }> {
  const result = validateNewPerson(input);
  if (!result.ok) throw ValidationError.of(result.problems);
  const value = result.value;
  const scope = districtScope(identity);
  let districtCode = value.districtCode;
  if (scope !== null) {
    if (districtCode === null && scope.length === 1) districtCode = scope[0]!;
    if (districtCode === null || !scope.includes(districtCode)) {
      throw new ForbiddenError('Du kan bara registrera personer i din egen stadsdel.');
    }
  }
  if (districtCode !== null && !(await em.findOne(DistrictEntity, { code: districtCode }))) {
    throw new ValidationError('districtCode', `Stadsdelen ${districtCode} finns inte.`, 'UNKNOWN_DISTRICT');
  }

  const identifiers = [
    ...(value.personalIdentityNumber ? [{ personalIdentityNumber: value.personalIdentityNumber }] : []),
    ...(value.migIndividualNumber ? [{ migIndividualNumber: value.migIndividualNumber }] : []),
  ];
  const existing = await em.findOne(PersonEntity, { $or: identifiers });
  if (existing) return { person: existing, created: false };

  const person = em.create(PersonEntity, {
    id: randomUUID(),
    firstName: value.firstName,
    lastName: value.lastName,
    birthDate: value.birthDate,
    personalIdentityNumber: value.personalIdentityNumber,
    isCoordinationNumber: value.isCoordinationNumber,
    migIndividualNumber: value.migIndividualNumber,
    protectedIdentity: false,
    districtCode,
  });
  const registration = districtCode
    ? em.create(RegistrationEntity, {
        id: randomUUID(),
        personId: person.id,
        address: null,
        postalCode: null,
        registeredAt: new Date().toISOString().slice(0, 10),
        districtCode,
        source: 'MANUAL',
      })
    : null;
  recordIdentityChanged(em, person, registration ? [registration] : []);
  await em.flush();
  return { person, created: true };
}
