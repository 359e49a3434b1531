import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A line of MiG's payment specification: one payment per month and account; positive amounts are
 * paid, negative ones are recoveries MiG deducted. Linked to its decision and person when matched.
 */
export const PaymentLineEntity = defineEntity({
  name: 'PaymentLine',
  tableName: 'payment_line',
  properties: {
    id: p.uuid().primary(),
    importId: p.uuid().index(),
    rowNumber: p.integer(),
    /** ÅÅÅÅ-MM. */
    month: p.string().length(7).index(),
    account: p.string().nullable(),
    compensationCode: p.string(),
    amount: p.bigint('number'),
    migCaseNumber: p.string().length(64),
    migIndividualNumber: p.string().nullable(),
    periodFrom: p.date().nullable(),
    periodTo: p.date().nullable(),
    reference: p.string().nullable(),
    decisionId: p.uuid().nullable().index(),
    claimId: p.uuid().nullable(),
    personId: p.uuid().nullable().index(),
    districtCode: p.string().nullable().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type PaymentLineRow = InferEntity<typeof PaymentLineEntity>;
