import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyEventConsumer, EventConsumer } from '@statsbidrag/events';
import { randomUUID } from 'node:crypto';
import { FlatRatePaymentEntity } from '../../flat-rate-payment/infra/flat-rate-payment.entity.js';
import { PaymentLineCopyEntity, PersonCopyEntity, RecoveryOffsetCopyEntity } from '../infra/copies.entity.js';

/**
 * The copies this subgraph keeps of other contexts' data. Each event carries the state as of `at`;
 * an older state than the copy's is ignored (events may come twice or out of order).
 */
export const personCopyConsumer: EventConsumer<'person.identity-changed'> = {
  topic: 'person.identity-changed',
  name: 'allocation-person-copy',
  async handle(em: EntityManager, { payload }) {
    const at = new Date(payload.at);
    const current = await em.findOne(PersonCopyEntity, { personId: payload.personId });
    if (current && current.stateAt > at) return;
    const values = {
      personalIdentityNumber: payload.personalIdentityNumber, migIndividualNumber: payload.migIndividualNumber, birthDate: payload.birthDate,
      registrations: [...payload.registrations].sort((a, b) => a.from.localeCompare(b.from)), movedOutOn: payload.movedOutOn ?? null,
      mergedInto: payload.mergedInto, purged: payload.purged, stateAt: at,
    };
    if (current) Object.assign(current, values);
    else em.create(PersonCopyEntity, { personId: payload.personId, ...values });
    await em.flush();
  },
};

/** A purged person: identifiers as read from MiG's files are removed; the money keeps the person id. */
export const purgePersonCopyConsumer: EventConsumer<'person.purged'> = {
  topic: 'person.purged',
  name: 'allocation-purge-person',
  async handle(em: EntityManager, { payload }) {
    await em.nativeUpdate(FlatRatePaymentEntity, { personId: payload.personId }, { personalIdentityNumber: null, migIndividualNumber: null, personName: null });
    await em.nativeUpdate(PersonCopyEntity, { personId: payload.personId }, { personalIdentityNumber: null, migIndividualNumber: null, birthDate: null, purged: true });
  },
};

export const paymentLineCopyConsumer: EventConsumer<'decisions.payment-line-recorded'> = {
  topic: 'decisions.payment-line-recorded',
  name: 'allocation-payment-line-copy',
  async handle(em: EntityManager, { payload }) {
    const at = new Date(payload.at);
    const current = await em.findOne(PaymentLineCopyEntity, { paymentLineId: payload.paymentLineId });
    if (current && current.stateAt > at) return;
    const values = {
      month: payload.month, account: payload.account, compensationCode: payload.compensationCode, amount: payload.amount, personId: payload.personId,
      decisionId: payload.decisionId, claimId: payload.claimId, districtCode: payload.districtCode, periodFrom: payload.periodFrom, periodTo: payload.periodTo, stateAt: at,
    };
    if (current) Object.assign(current, values);
    else em.create(PaymentLineCopyEntity, { paymentLineId: payload.paymentLineId, ...values });
    await em.flush();
  },
};

/** Only changes that are offsets at a payment matter here: each is booked once on its month. */
export const recoveryOffsetConsumer: EventConsumer<'decisions.recovery-changed'> = {
  topic: 'decisions.recovery-changed',
  name: 'allocation-recovery-offset',
  async handle(em: EntityManager, { payload }) {
    const offset = payload.offset;
    if (!offset || offset.amount === 0) return;
    const importKey = offset.importId ?? '';
    const existing = await em.findOne(RecoveryOffsetCopyEntity, { recoveryId: payload.recoveryId, month: offset.month, importKey });
    if (existing) return;
    em.create(RecoveryOffsetCopyEntity, {
      id: randomUUID(), recoveryId: payload.recoveryId, personId: payload.personId, districtCode: payload.districtCode, compensationCode: payload.compensationCode,
      month: offset.month, amount: offset.amount, importKey, at: new Date(payload.at),
    });
    await em.flush();
  },
};

export const COPY_CONSUMERS: readonly AnyEventConsumer[] = [personCopyConsumer, purgePersonCopyConsumer, paymentLineCopyConsumer, recoveryOffsetConsumer];
