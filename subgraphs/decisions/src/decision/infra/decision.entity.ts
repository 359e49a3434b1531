import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DECISION_OUTCOMES } from '../domain/decision.js';

/**
 * MiG's decision on an application. `grantedAmount` is integer öre (bigint column, read as a JS
 * number). `finalAt` (laga kraft) is computed by the domain and stored, so it can be filtered on.
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
    outcome: p.enum(DECISION_OUTCOMES),
    decidedAt: p.date().index(),
    grantedAmount: p.bigint('number'),
    finalAt: p.date(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type DecisionRow = InferEntity<typeof DecisionEntity>;
