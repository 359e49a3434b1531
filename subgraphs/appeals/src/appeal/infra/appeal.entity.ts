import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { APPEAL_STATUSES } from '../domain/appeal.js';

/** Överklagan of a MiG decision (the decision itself lives in the decisions subgraph). */
export const AppealEntity = defineEntity({
  name: 'Appeal',
  tableName: 'appeal',
  properties: {
    id: p.uuid().primary(),
    decisionId: p.uuid().index(),
    districtCode: p.string().nullable().index(),
    status: p.enum(APPEAL_STATUSES),
    appealedAt: p.date().nullable(),
    /** Förvaltningsrättens mål nr. */
    administrativeCourtCaseNumber: p.string().length(64).nullable(),
    /** AmF:s diarienummer. */
    amfCaseNumber: p.string().length(64).nullable(),
    note: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type AppealRow = InferEntity<typeof AppealEntity>;
