import { recordEvent, type DecisionRecorded } from '@statsbidrag/events';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DecisionRow } from '../decision/infra/decision.entity.js';

type DecisionFacts = Pick<DecisionRow, 'id' | 'claimId' | 'personId' | 'districtCode' | 'decidedAt'>;

/** Who a decision concerns: lets the person subgraph link appeals (which name the decision) to persons. */
export function decisionRecorded(decision: DecisionFacts): DecisionRecorded {
  const decidedOn = String(decision.decidedAt).slice(0, 10);
  return { decisionId: decision.id, claimId: decision.claimId ?? null, personId: decision.personId ?? null, districtCode: decision.districtCode ?? null, decidedOn };
}

export function recordDecisionRecorded(em: EntityManager, decision: DecisionFacts): void {
  recordEvent(em, 'decisions.decision-recorded', decisionRecorded(decision));
}
