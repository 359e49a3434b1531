import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, isUuid, type Identity, canSeeDistrict } from '@statsbidrag/domain';
import { DomainError, ErrorCode, ForbiddenError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { recordIdentitiesChanged } from '../../events/identity-changed.js';
import { validateNewPerson } from '../domain/person.js';
import { PersonChangeEntity, PersonEntity, type PersonRow } from '../infra/person.entity.js';
import { PROTECTED_IDENTITY_READERS } from './person-access.js';

/** What "aktualisera personuppgifter" may change; a field left out stays as it is. */
export interface PersonUpdate {
  firstName?: string | null;
  lastName?: string | null;
  /** Empty string removes it (a MiG individnummer must then remain). */
  personalIdentityNumber?: string | null;
  migIndividualNumber?: string | null;
  birthDate?: string | null;
  protectedIdentity?: boolean | null;
}

const TRACKED = ['firstName', 'lastName', 'personalIdentityNumber', 'isCoordinationNumber', 'migIndividualNumber', 'birthDate', 'protectedIdentity'] as const;

/**
 * Updates a person's identity data. The same individual never exists twice: an identifier that
 * belongs to another person is refused (CONFLICT, DUPLICATE_IDENTIFIER) with that person's id.
 */
export async function updatePerson(em: EntityManager, identity: Identity, personId: string, update: PersonUpdate): Promise<PersonRow> {
  return em.transactional(async (tx) => {
    const person = isUuid(personId) ? await tx.findOne(PersonEntity, { id: personId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!person || !canSeeDistrict(identity, person.districtCode)) throw new NotFoundError('Personen finns inte.');
    if (person.purgedAt) throw new DomainError(ErrorCode.CONFLICT, 'Personens uppgifter är gallrade och kan inte ändras.', { reason: 'PURGED' });
    if (person.protectedIdentity && !hasAnyRole(identity, PROTECTED_IDENTITY_READERS)) throw new ForbiddenError('Personen har skyddad identitet; endast samordnare och administratörer kan ändra uppgifterna.');
    if (update.protectedIdentity !== undefined && update.protectedIdentity !== null && !hasAnyRole(identity, PROTECTED_IDENTITY_READERS)) {
      throw new ForbiddenError('Endast samordnare och administratörer kan ändra skyddad identitet.');
    }

    const pick = <K extends keyof PersonUpdate>(key: K, current: string | null) => (update[key] === undefined || update[key] === null ? current : (update[key] as string));
    const result = validateNewPerson({
      firstName: pick('firstName', person.firstName) ?? '',
      lastName: pick('lastName', person.lastName) ?? '',
      personalIdentityNumber: pick('personalIdentityNumber', person.personalIdentityNumber ?? null),
      migIndividualNumber: pick('migIndividualNumber', person.migIndividualNumber ?? null),
      birthDate: update.birthDate === undefined || update.birthDate === null ? null : update.birthDate,
    });
    if (!result.ok) throw ValidationError.of(result.problems);
    const value = result.value;
    const identifierChanged =
      (value.personalIdentityNumber && value.personalIdentityNumber !== person.personalIdentityNumber) || (value.migIndividualNumber && value.migIndividualNumber !== person.migIndividualNumber);
    if (identifierChanged) {
      const or = [
        ...(value.personalIdentityNumber ? [{ personalIdentityNumber: value.personalIdentityNumber }] : []),
        ...(value.migIndividualNumber ? [{ migIndividualNumber: value.migIndividualNumber }] : []),
      ];
      const other = await tx.findOne(PersonEntity, { $or: or, id: { $ne: person.id } });
      if (other) {
        const which = other.personalIdentityNumber && other.personalIdentityNumber === value.personalIdentityNumber ? 'Personnumret/samordningsnumret' : 'MiG:s individnummer';
        throw new DomainError(ErrorCode.CONFLICT, `${which} tillhör redan en annan person. Samma person får inte finnas två gånger: öppna den personen i stället.`, {
          reason: 'DUPLICATE_IDENTIFIER',
          field: which.startsWith('MiG') ? 'migIndividualNumber' : 'personalIdentityNumber',
          existingPersonId: other.id,
        });
      }
    }

    const before = Object.fromEntries(TRACKED.map((f) => [f, person[f] ?? null]));
    person.firstName = value.firstName;
    person.lastName = value.lastName;
    person.personalIdentityNumber = value.personalIdentityNumber;
    person.isCoordinationNumber = value.personalIdentityNumber ? value.isCoordinationNumber : false;
    person.migIndividualNumber = value.migIndividualNumber;
    // A birth date given explicitly wins; otherwise it follows a new identity number, else stays.
    if (update.birthDate) person.birthDate = update.birthDate;
    else if (update.personalIdentityNumber && value.birthDate) person.birthDate = value.birthDate;
    if (update.protectedIdentity !== undefined && update.protectedIdentity !== null) person.protectedIdentity = update.protectedIdentity;
    const after = Object.fromEntries(TRACKED.map((f) => [f, person[f] ?? null]));
    const changed = TRACKED.filter((f) => before[f] !== after[f]);
    if (changed.length === 0) return person;
    tx.create(PersonChangeEntity, {
      id: randomUUID(),
      personId: person.id,
      at: new Date(),
      username: identity.sub,
      action: 'UPDATED',
      before: Object.fromEntries(changed.map((f) => [f, before[f]])),
      after: Object.fromEntries(changed.map((f) => [f, after[f]])),
      note: `Ändrade fält: ${changed.join(', ')}`,
    });
    if (changed.some((f) => f === 'personalIdentityNumber' || f === 'migIndividualNumber' || f === 'birthDate')) await recordIdentitiesChanged(tx, [person]);
    await tx.flush();
    return person;
  });
}
