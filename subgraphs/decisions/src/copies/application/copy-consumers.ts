import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyEventConsumer, EventConsumer } from '@statsbidrag/events';
import { DecisionEntity } from '../../decision/infra/decision.entity.js';
import { PaymentLineEntity } from '../../payment/infra/payment-line.entity.js';
import { ClaimCopyEntity, PersonIdentityEntity } from '../infra/copies.entity.js';

/**
 * The copies this subgraph keeps of other contexts' data to match MiG's rows: claims and persons'
 * identifiers. Each event carries the state as of `at`; an older state than the copy's is ignored
 * (events may come twice or out of order).
 */
export const claimCopyConsumer: EventConsumer<'claims.claim-changed'> = {
  topic: 'claims.claim-changed',
  name: 'claim-copy',
  async handle(em: EntityManager, { payload }) {
    const at = new Date(payload.at);
    const current = await em.findOne(ClaimCopyEntity, { claimId: payload.claimId });
    if (current && current.stateAt > at) return;
    const values = {
      personId: payload.personId, districtCode: payload.districtCode, claimTypeCode: payload.claimTypeCode, periodFrom: payload.periodFrom, periodTo: payload.periodTo,
      amount: payload.amount, migCaseNumber: payload.migCaseNumber?.trim() || null, officerUsername: payload.officerUsername, status: payload.status, stateAt: at,
    };
    if (current) Object.assign(current, values);
    else em.create(ClaimCopyEntity, { claimId: payload.claimId, ...values });
    await em.flush();
  },
};

export const personIdentityConsumer: EventConsumer<'person.identity-changed'> = {
  topic: 'person.identity-changed',
  name: 'person-identity',
  async handle(em: EntityManager, { payload }) {
    const at = new Date(payload.at);
    const current = await em.findOne(PersonIdentityEntity, { personId: payload.personId });
    if (current && current.stateAt > at) return;
    const values = {
      personalIdentityNumber: payload.personalIdentityNumber, migIndividualNumber: payload.migIndividualNumber, birthDate: payload.birthDate,
      registrations: [...payload.registrations].sort((a, b) => a.from.localeCompare(b.from)), mergedInto: payload.mergedInto, purged: payload.purged, stateAt: at,
    };
    if (current) Object.assign(current, values);
    else em.create(PersonIdentityEntity, { personId: payload.personId, ...values });
    await em.flush();
  },
};

/** A purged person: MiG's identifiers and name as read are removed from decisions and payment lines. */
export const purgePersonDataConsumer: EventConsumer<'person.purged'> = {
  topic: 'person.purged',
  name: 'purge-person-data',
  async handle(em: EntityManager, { payload }) {
    await em.nativeUpdate(DecisionEntity, { personId: payload.personId }, { personName: null, birthData: null, migIndividualNumber: null });
    await em.nativeUpdate(PaymentLineEntity, { personId: payload.personId }, { migIndividualNumber: null });
    await em.nativeUpdate(PersonIdentityEntity, { personId: payload.personId }, { personalIdentityNumber: null, migIndividualNumber: null, birthDate: null, purged: true });
  },
};

export const COPY_CONSUMERS: readonly AnyEventConsumer[] = [claimCopyConsumer, personIdentityConsumer, purgePersonDataConsumer];
