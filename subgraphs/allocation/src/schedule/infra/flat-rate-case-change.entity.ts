import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * History of a flat-rate case: every manual closure, purge-date change and purge, with who, when,
 * what it was before and after, and the note given.
 */
export const FlatRateCaseChangeEntity = defineEntity({
  name: 'FlatRateCaseChange',
  tableName: 'flat_rate_case_change',
  properties: {
    id: p.uuid().primary(),
    personId: p.uuid().index(),
    /** CLOSE, SET_PURGE_DATE or PURGE. */
    action: p.string(),
    before: p.json<Record<string, unknown>>(),
    after: p.json<Record<string, unknown>>(),
    note: p.text().nullable(),
    /** The user's id (`sub`), or `system` for the nightly purge. */
    changedBy: p.string(),
    changedAt: p.datetime().onCreate(() => new Date()),
  },
});
export type FlatRateCaseChangeRow = InferEntity<typeof FlatRateCaseChangeEntity>;
