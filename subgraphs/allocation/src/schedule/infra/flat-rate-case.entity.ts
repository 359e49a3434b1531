import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A person's generalschablon handling: registered at the first generalschablon payment with the
 * district of the current registration address, which carries the 24 months unless the person
 * leaves the city. Closed automatically (SCHABLONPERIOD_SLUT) when the last instalment is paid, or
 * by hand for another reason; planned amounts after `closedOn` are cleared.
 */
export const FlatRateCaseEntity = defineEntity({
  name: 'FlatRateCase',
  tableName: 'flat_rate_case',
  properties: {
    personId: p.uuid().primary(),
    /** Mottagningsdatum: the schedule's 24 months count from here. */
    receptionDate: p.date(),
    /** District at the first payment; null = no address then (AmF's own revenue). */
    districtCode: p.string().nullable().index(),
    /** Date of the first generalschablon payment (registration). */
    registeredOn: p.date(),
    /** The import that registered the person (null when registered by hand). */
    registeredByImportId: p.uuid().nullable(),
    /** OPEN or CLOSED. */
    status: p.string().default('OPEN').index(),
    closedOn: p.date().nullable(),
    /** SCHABLONPERIOD_SLUT, AVLIDIT, FLYTTAT, MEDBORGARSKAP, OVRIGT (schedule/domain ClosureReason). */
    closureReason: p.string().nullable(),
    closureNote: p.text().nullable(),
    closedBy: p.string().nullable(),
    /** Gallringsdatum of the flat-rate records: automatic from the closure, or set by hand. */
    purgeOn: p.date().nullable().index(),
    purgeOnSetManually: p.boolean().default(false),
    purgedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type FlatRateCaseRow = InferEntity<typeof FlatRateCaseEntity>;
