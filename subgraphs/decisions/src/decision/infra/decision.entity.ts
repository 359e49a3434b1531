import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DECISION_OUTCOMES } from '../domain/decision.js';

/**
 * MiG's decision on an application. Money is integer öre (bigint columns read as JS numbers).
 * `finalAt` (laga kraft) and `purgeAt` are computed from the settings and stored, so they can be
 * filtered on; `purgeAtManual` keeps a hand-set purge date from being recomputed. The person's
 * identifiers and name are MiG's, kept as read so unmatched rows can be reviewed; they are
 * cleared when the person is purged.
 */
export const DecisionEntity = defineEntity({
  name: 'Decision',
  tableName: 'decision',
  properties: {
    id: p.uuid().primary(),
    claimId: p.uuid().nullable().index(),
    personId: p.uuid().nullable().index(),
    districtCode: p.string().nullable().index(),
    /** MiG:s diarienummer: text, searched exactly and by prefix. */
    migCaseNumber: p.string().length(64).index(),
    /** MiG's compensation code (Ersättning), e.g. FSKA; null for decisions registered before issue 5. */
    claimTypeCode: p.string().nullable(),
    periodFrom: p.date().nullable(),
    periodTo: p.date().nullable(),
    migIndividualNumber: p.string().nullable(),
    birthData: p.string().nullable(),
    personName: p.string().nullable(),
    reference: p.string().nullable(),
    outcome: p.enum(DECISION_OUTCOMES),
    decidedAt: p.date().index(),
    grantedAmount: p.bigint('number'),
    /** What MiG has paid against this decision so far (payment specifications). */
    paidAmount: p.bigint('number').default(0),
    paidOn: p.date().nullable(),
    finalAt: p.date().index(),
    appealed: p.boolean().default(false),
    purgeAt: p.date().nullable().index(),
    purgeAtManual: p.boolean().default(false),
    /** IMPORT, OCR or MANUAL. */
    source: p.string().default('MANUAL'),
    importId: p.uuid().nullable(),
    recordedBy: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()).nullable(),
  },
});
export type DecisionRow = InferEntity<typeof DecisionEntity>;
