import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { FLAT_RATE_KINDS } from '../domain/flat-rate-payment.js';

/**
 * Schablonersättning paid by MiG without application. `amount` is integer öre (bigint column,
 * read as a JS number); negative = återkrav. `personId` is null for payments no person matched.
 */
export const FlatRatePaymentEntity = defineEntity({
  name: 'FlatRatePayment',
  tableName: 'flat_rate_payment',
  properties: {
    id: p.uuid().primary(),
    personId: p.uuid().nullable().index(),
    /** District the money belongs to; null = ej fördelade medel. */
    districtCode: p.string().nullable().index(),
    compensationCode: p.string().length(16),
    kind: p.enum(FLAT_RATE_KINDS),
    amount: p.bigint('number'),
    paymentDate: p.date().index(),
    periodFrom: p.date().nullable(),
    periodTo: p.date().nullable(),
    migCaseNumber: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type FlatRatePaymentRow = InferEntity<typeof FlatRatePaymentEntity>;
