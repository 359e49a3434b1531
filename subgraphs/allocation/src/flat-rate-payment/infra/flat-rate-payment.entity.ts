import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { FLAT_RATE_KINDS } from '../domain/flat-rate-payment.js';

/**
 * Schablonersättning paid by MiG without application. `amount` is integer öre (bigint column,
 * read as a JS number); negative = återkrav. `personId` is null for payments no person matched.
 */
export const FlatRatePaymentEntity = defineEntity({
  name: 'FlatRatePayment',
  tableName: 'flat_rate_payment',
  uniques: [{ properties: ['importId', 'rowNumber'] }],
  properties: {
    id: p.uuid().primary(),
    personId: p.uuid().nullable().index(),
    /**
     * District the money belongs to; null = AmF's own revenue (no address). For the generalschablon
     * it is the district registered at the person's first payment (it carries the 24 months).
     */
    districtCode: p.string().nullable().index(),
    compensationCode: p.string().length(16),
    kind: p.enum(FLAT_RATE_KINDS),
    amount: p.bigint('number'),
    paymentDate: p.date().index(),
    periodFrom: p.date().nullable(),
    periodTo: p.date().nullable(),
    migCaseNumber: p.string().nullable(),
    /** MANUAL (registered by hand), IMPORT (a file) or OCR (a scanned decision). */
    source: p.string().default('MANUAL'),
    /** The import (import_file) and row it came from; null for manual ones. */
    importId: p.uuid().nullable().index(),
    rowNumber: p.integer().nullable(),
    /** Identifiers and name as MiG's row gave them (removed when the person is purged). */
    personalIdentityNumber: p.string().nullable(),
    migIndividualNumber: p.string().nullable(),
    personName: p.string().nullable(),
    /** Mottagningsdatum (generalschablon) / anvisningsdatum as read. */
    receptionDate: p.date().nullable(),
    /** Generalschablon: which of the 9 instalments MiG says this is (null when not given). */
    instalmentNumber: p.integer().nullable(),
    /** Dygnsschablon: number of days paid. */
    days: p.integer().nullable(),
    /** The date that counts for district and age band (e.g. end of the month before payment). */
    countsOn: p.date().nullable(),
    /** Generalschablon: the person's age band when the row was read (0–19, 20–64, 65+). */
    ageBand: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type FlatRatePaymentRow = InferEntity<typeof FlatRatePaymentEntity>;
