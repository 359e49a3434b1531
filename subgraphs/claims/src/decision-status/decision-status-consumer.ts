import { LockMode } from '@mikro-orm/core';
import { isUuid, type ClaimStatus } from '@statsbidrag/domain';
import type { EventConsumer } from '@statsbidrag/events';
import { randomUUID } from 'node:crypto';
import { ClaimEntity, ClaimStatusChangeEntity } from '../claim/infra/claim.entity.js';
import { recordClaimState } from '../events/case-state.js';
import { ClaimDecisionStatusEntity } from './claim-decision-status.entity.js';
import { nextStatusAfterDecision, statusForDecision } from './decision-status.js';

/** Who the history names when MiG's decision moved the claim and the event says nobody. */
export const DECISION_SYSTEM_USER = 'system';

/**
 * MiG's decision moves the claim (issue 5): BESLUTAD, DELVIS_BEVILJAT, or UTBETALD once paid. The
 * status change is recorded in the history and told to the other subgraphs without a notice (the
 * person subgraph notifies from the decision event itself). Redelivered and out-of-order events
 * are harmless: an event older than the last one applied to the claim changes nothing; events
 * from before issue 5 (no outcome), for no claim or for an unknown claim are ignored.
 */
export const decisionStatusConsumer: EventConsumer<'decisions.decision-recorded'> = {
  topic: 'decisions.decision-recorded',
  name: 'decision-status',
  async handle(em, event) {
    const decision = event.payload;
    const target = statusForDecision(decision);
    if (!target || !decision.claimId || !isUuid(decision.claimId)) return;
    const decisionAt = new Date(decision.at ?? `${decision.decidedOn}T00:00:00Z`);
    if (Number.isNaN(decisionAt.getTime())) return;

    const claim = await em.findOne(ClaimEntity, { id: decision.claimId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!claim) return;
    const last = await em.findOne(ClaimDecisionStatusEntity, { claimId: claim.id });
    if (last && (last.decisionAt.getTime() > decisionAt.getTime() || (last.decisionAt.getTime() === decisionAt.getTime() && last.decisionId === decision.decisionId))) return;

    const next = nextStatusAfterDecision(claim.status as ClaimStatus, decision);
    const current = claim.status as ClaimStatus;
    if (next === null && current !== target) return; // not sent to MiG yet, or finished by hand: left as it is
    if (last) em.assign(last, { decisionId: decision.decisionId, decisionAt, status: target });
    else em.create(ClaimDecisionStatusEntity, { claimId: claim.id, decisionId: decision.decisionId, decisionAt, status: target });

    if (next !== null) {
      const now = new Date();
      claim.status = next;
      const outcome = decision.outcomeLabel ?? decision.outcome ?? '';
      const paid = next === 'UTBETALD' ? ', utbetald' : '';
      em.create(ClaimStatusChangeEntity, {
        id: randomUUID(), claimId: claim.id, fromStatus: current, toStatus: next, changedBy: decision.notify?.recordedBy ?? DECISION_SYSTEM_USER, changedAt: now,
        reason: `MiG:s beslut: ${outcome}${paid}${decision.label ? ` (${decision.label})` : ''}`,
      });
      recordClaimState(em, claim, now);
    }
    await em.flush();
  },
};
