import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The person subgraph's identifiers and registration districts (`person.identity-changed`), kept
 * here to match MiG's flat-rate rows to persons and to find a person's district on a date.
 */
export const PersonCopyEntity = defineEntity({
  name: 'PersonCopy',
  tableName: 'person_copy',
  properties: {
    personId: p.uuid().primary(),
    personalIdentityNumber: p.string().nullable().index(),
    migIndividualNumber: p.string().nullable().index(),
    birthDate: p.date().nullable(),
    /** Oldest first: from this date the person belonged to this district (null = no address/district). */
    registrations: p.json<{ from: string; districtCode: string | null }[]>(),
    /** Utflyttningsdatum: moved out of the city (flat-rate payments stop). */
    movedOutOn: p.date().nullable(),
    mergedInto: p.uuid().nullable(),
    purged: p.boolean().default(false),
    stateAt: p.datetime(),
  },
});
export type PersonCopyRow = InferEntity<typeof PersonCopyEntity>;

/**
 * A line of MiG's payment specification as the decisions subgraph matched it
 * (`decisions.payment-line-recorded`): granted claim money for the allocation sheet, and what MiG
 * paid per code and month for the reconciliation.
 */
export const PaymentLineCopyEntity = defineEntity({
  name: 'PaymentLineCopy',
  tableName: 'payment_line_copy',
  properties: {
    paymentLineId: p.uuid().primary(),
    /** ÅÅÅÅ-MM. */
    month: p.string().length(7).index(),
    account: p.string().nullable(),
    compensationCode: p.string(),
    /** Integer öre; negative for recovery lines. */
    amount: p.bigint('number'),
    personId: p.uuid().nullable().index(),
    decisionId: p.uuid().nullable(),
    claimId: p.uuid().nullable(),
    /** Cost-bearing district (claim), else the person's district for the period. */
    districtCode: p.string().nullable(),
    periodFrom: p.date().nullable(),
    periodTo: p.date().nullable(),
    stateAt: p.datetime(),
  },
});
export type PaymentLineCopyRow = InferEntity<typeof PaymentLineCopyEntity>;

/** A recovery offset booked at a payment (`decisions.recovery-changed` with `offset`). */
export const RecoveryOffsetCopyEntity = defineEntity({
  name: 'RecoveryOffsetCopy',
  tableName: 'recovery_offset_copy',
  uniques: [{ properties: ['recoveryId', 'month', 'importKey'] }],
  properties: {
    id: p.uuid().primary(),
    recoveryId: p.uuid().index(),
    personId: p.uuid().nullable(),
    districtCode: p.string().nullable(),
    compensationCode: p.string(),
    /** ÅÅÅÅ-MM: the payment month the offset was booked on. */
    month: p.string().length(7).index(),
    /** Integer öre deducted (positive). */
    amount: p.bigint('number'),
    /** The payment import that offset it ('' when none): one offset per recovery, month and import. */
    importKey: p.string(),
    at: p.datetime(),
  },
});
export type RecoveryOffsetCopyRow = InferEntity<typeof RecoveryOffsetCopyEntity>;
