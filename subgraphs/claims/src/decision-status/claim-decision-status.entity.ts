import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The last MiG decision event that set a claim's status (`decisions.decision-recorded`): an event
 * older than this one is delivered late and changes nothing.
 */
export const ClaimDecisionStatusEntity = defineEntity({
  name: 'ClaimDecisionStatus',
  tableName: 'claim_decision_status',
  properties: {
    claimId: p.uuid().primary(),
    decisionId: p.string(),
    /** The decision's state time (`at` of the event): later wins. */
    decisionAt: p.datetime(),
    /** The status the decision meant (the claim may since have been finished by hand). */
    status: p.string(),
  },
});
export type ClaimDecisionStatusRow = InferEntity<typeof ClaimDecisionStatusEntity>;
