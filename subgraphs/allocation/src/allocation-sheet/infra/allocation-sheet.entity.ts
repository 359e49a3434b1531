import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A saved version of a month's allocation sheet (fördelningsark). DRAFT → REVIEWED → APPROVED; an
 * approved version is locked and never changes. A correction is a new version of the same month
 * (`version` + 1, `previousId` the one it replaces) whose difference is shown.
 */
export const AllocationSheetEntity = defineEntity({
  name: 'AllocationSheet',
  tableName: 'allocation_sheet',
  uniques: [{ properties: ['month', 'version'] }],
  properties: {
    id: p.uuid().primary(),
    /** ÅÅÅÅ-MM. */
    month: p.string().length(7).index(),
    version: p.integer(),
    /** DRAFT, REVIEWED or APPROVED. */
    status: p.string(),
    previousId: p.uuid().nullable(),
    /** The computed sheet (lines, totals, unallocated items, reconciliation, persons) as saved. */
    content: p.json<Record<string, unknown>>(),
    /** Sum of all lines, öre (for lists). */
    total: p.bigint('number'),
    reconciled: p.boolean(),
    note: p.text().nullable(),
    createdBy: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
    reviewedBy: p.string().nullable(),
    reviewedAt: p.datetime().nullable(),
    approvedBy: p.string().nullable(),
    approvedAt: p.datetime().nullable(),
  },
});
export type AllocationSheetRow = InferEntity<typeof AllocationSheetEntity>;

/** A flat-rate payment the coordinator put on the list of unallocated funds (ej fördelade medel). */
export const UnallocatedMarkEntity = defineEntity({
  name: 'UnallocatedMark',
  tableName: 'unallocated_mark',
  properties: {
    flatRatePaymentId: p.uuid().primary(),
    /** ÅÅÅÅ-MM of the payment. */
    month: p.string().length(7).index(),
    reason: p.text(),
    savedBy: p.string(),
    savedAt: p.datetime(),
  },
});
export type UnallocatedMarkRow = InferEntity<typeof UnallocatedMarkEntity>;
