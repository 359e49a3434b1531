import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A person's case in another subgraph (claim, appeal), as its owner last reported it through an
 * event: the person subgraph's own copy, so closure and purge can check for open cases without
 * calling other subgraphs.
 */
export const PersonCaseEntity = defineEntity({
  name: 'PersonCase',
  tableName: 'person_case',
  properties: {
    context: p.string().primary(),
    caseId: p.uuid().primary(),
    /** Null for an appeal whose decision has not been reported yet. */
    personId: p.uuid().nullable().index(),
    decisionId: p.uuid().nullable().index(),
    districtCode: p.string().nullable(),
    label: p.string(),
    status: p.string(),
    statusLabel: p.string(),
    open: p.boolean(),
    /** When the case reached this state (from the event): an older event never overwrites a newer. */
    stateAt: p.datetime(),
  },
});
export type PersonCaseRow = InferEntity<typeof PersonCaseEntity>;

/** Which person a MiG decision concerns (from decisions.decision-recorded): links appeals to persons. */
export const DecisionPersonEntity = defineEntity({
  name: 'DecisionPerson',
  tableName: 'decision_person',
  properties: {
    decisionId: p.uuid().primary(),
    personId: p.uuid().nullable(),
    decidedOn: p.date(),
  },
});
export type DecisionPersonRow = InferEntity<typeof DecisionPersonEntity>;
