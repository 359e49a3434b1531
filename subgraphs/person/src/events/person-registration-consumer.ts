import type { EntityManager } from '@mikro-orm/postgresql';
import { parseIdentityNumber } from '@statsbidrag/domain';
import type { EventConsumer } from '@statsbidrag/events';
import { PersonEntity } from '../person/infra/person.entity.js';
import { recordIdentityChanged } from './identity-changed.js';

/**
 * A coordinator registered a person met in MiG's flat-rate file (`allocation.person-registration-requested`):
 * the person is created here with the same id, without district (no address known yet), and
 * `person.identity-changed` is recorded. Idempotent: the same id again does nothing. An identifier
 * that another person already has is logged and skipped – the same individual never exists twice.
 */
export const personRegistrationConsumer: EventConsumer<'allocation.person-registration-requested'> = {
  topic: 'allocation.person-registration-requested',
  name: 'person-registration-from-allocation',
  async handle(em: EntityManager, { payload }) {
    if (await em.findOne(PersonEntity, { id: payload.personId })) return;
    const identifiers = [
      ...(payload.personalIdentityNumber ? [{ personalIdentityNumber: payload.personalIdentityNumber }] : []),
      ...(payload.migIndividualNumber ? [{ migIndividualNumber: payload.migIndividualNumber }] : []),
    ];
    const taken = identifiers.length ? await em.findOne(PersonEntity, { $or: identifiers }) : null;
    if (taken) {
      console.warn(`[person] registrering från schablonimporten hoppades över: personnumret eller individnumret finns redan (person ${taken.id}, begärd ${payload.personId})`);
      return;
    }
    const parsed = payload.personalIdentityNumber ? parseIdentityNumber(payload.personalIdentityNumber) : null;
    const person = em.create(PersonEntity, {
      id: payload.personId, firstName: payload.firstName, lastName: payload.lastName, birthDate: payload.birthDate, personalIdentityNumber: payload.personalIdentityNumber,
      isCoordinationNumber: parsed?.ok ? parsed.isCoordinationNumber : false, migIndividualNumber: payload.migIndividualNumber, protectedIdentity: false, districtCode: null,
    });
    recordIdentityChanged(em, person, []);
    await em.flush();
  },
};
