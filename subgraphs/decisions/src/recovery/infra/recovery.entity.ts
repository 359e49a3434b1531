import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Återkrav: MiG demands money back. Started by hand (an officer found a wrong payment) or from an
 * imported row whose code starts with Å. Offset at the following payments until settled.
 */
export const RecoveryEntity = defineEntity({
  name: 'Recovery',
  tableName: 'recovery',
  properties: {
    id: p.uuid().primary(),
    personId: p.uuid().nullable().index(),
    /** The person's district for the period (or the claim's cost-bearing district). */
    districtCode: p.string().nullable().index(),
    compensationCode: p.string(),
    periodFrom: p.date().nullable(),
    periodTo: p.date().nullable(),
    /** Demanded, integer öre, > 0. */
    amount: p.bigint('number'),
    /** Offset against payments so far. */
    offsetAmount: p.bigint('number').default(0),
    reason: p.text(),
    /** OPEN, APPEALED, OFFSET_PARTLY, SETTLED, CANCELLED. */
    status: p.string().index(),
    decisionId: p.uuid().nullable(),
    migCaseNumber: p.string().nullable(),
    /** The recovery decision's date and last day to appeal it. */
    decidedAt: p.date().nullable(),
    appealDeadline: p.date().nullable(),
    /** What AmF proposes the district does (shown to the contact person). */
    proposedAction: p.text().nullable(),
    /** APPEAL or ACCEPT, once decided; who and when. */
    appealDecision: p.string().nullable(),
    appealDecidedBy: p.string().nullable(),
    appealDecidedAt: p.datetime().nullable(),
    /** MANUAL or IMPORT. */
    source: p.string(),
    importId: p.uuid().nullable(),
    createdBy: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type RecoveryRow = InferEntity<typeof RecoveryEntity>;

/** One deduction of a recovery at a payment. */
export const RecoveryOffsetEntity = defineEntity({
  name: 'RecoveryOffset',
  tableName: 'recovery_offset',
  properties: {
    id: p.uuid().primary(),
    recoveryId: p.uuid().index(),
    /** The payment import it was deducted from, and its month. */
    importId: p.uuid().nullable(),
    month: p.string().length(7),
    amount: p.bigint('number'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type RecoveryOffsetRow = InferEntity<typeof RecoveryOffsetEntity>;

/** The thread between AmF and the district about a recovery (whether to appeal). */
export const RecoveryMessageEntity = defineEntity({
  name: 'RecoveryMessage',
  tableName: 'recovery_message',
  properties: {
    id: p.uuid().primary(),
    recoveryId: p.uuid().index(),
    /** AMF or DISTRICT. */
    side: p.string(),
    authorUsername: p.string(),
    body: p.text(),
    /** An attached document (kept small: PDF/Word up to 10 MB), optional. */
    fileName: p.string().nullable(),
    contentType: p.string().nullable(),
    content: p.type('blob').lazy().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type RecoveryMessageRow = InferEntity<typeof RecoveryMessageEntity>;
