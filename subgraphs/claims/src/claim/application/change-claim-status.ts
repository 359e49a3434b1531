import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeDistrict, isUuid, type ClaimStatus, type Identity } from '@statsbidrag/domain';
import { DomainError, ErrorCode, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { recordClaimState } from '../../events/case-state.js';
import { transition, type ClaimForTransition, type TransitionCommand, type TransitionRefused } from '../domain/claim-transitions.js';
import { ClaimEntity, ClaimStatusChangeEntity, ClaimSupplementRequestEntity, type ClaimRow } from '../infra/claim.entity.js';

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Stockholm (ÅÅÅÅ-MM-DD): what "today" means for reply-by dates. */
export function stockholmDate(at: Date = new Date()): string {
  return STOCKHOLM_DATE.format(at);
}

/** What the state machine needs to know about a stored claim. */
export function claimForTransition(claim: ClaimRow): ClaimForTransition {
  return {
    status: claim.status as ClaimStatus,
    districtCode: claim.districtCode,
    amountOre: claim.amountOre == null ? null : Number(claim.amountOre),
    periodFrom: claim.periodFrom ?? null,
    periodTo: claim.periodTo ?? null,
    unitCode: claim.unitCode ?? null,
    officerUsername: claim.officerUsername ?? null,
  };
}

/** A refusal of the state machine as the error a caller sees. */
export function refusalError(refusal: TransitionRefused): DomainError {
  switch (refusal.reason) {
    case 'INVALID_INPUT':
      return ValidationError.of(refusal.problems);
    case 'WRONG_STATUS':
      return new DomainError(ErrorCode.CONFLICT, refusal.message, { reason: 'WRONG_STATUS', status: refusal.status });
    case 'FORBIDDEN_ROLE':
      return new DomainError(ErrorCode.FORBIDDEN, refusal.message, { reason: 'FORBIDDEN_ROLE' });
    case 'OTHER_DISTRICT':
      return new NotFoundError('Återsökningen finns inte.');
  }
}

/**
 * Every guarded status change of a claim (steps 1a–5.2), in one transaction: the claim row is
 * locked, the state machine decides, and the new status, what the step carries, the history row
 * and the outbox event commit together – or nothing does.
 */
export async function changeClaimStatus(em: EntityManager, identity: Identity, claimId: string, command: TransitionCommand, now: Date = new Date()): Promise<ClaimRow> {
  return em.transactional(async (tx) => {
    const claim = isUuid(claimId) ? await tx.findOne(ClaimEntity, { id: claimId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!claim || !canSeeDistrict(identity, claim.districtCode)) throw new NotFoundError('Återsökningen finns inte.');

    const result = transition(claimForTransition(claim), command, identity, stockholmDate(now));
    if (!result.ok) throw refusalError(result);

    const { rejection, supplementRequest, supplementAnswer, sentToMig } = result.effects;
    if (rejection) {
      claim.rejectionReasonCode = rejection.code;
      claim.rejectionReasonText = rejection.text;
    }
    if (supplementRequest) {
      tx.create(ClaimSupplementRequestEntity, {
        id: randomUUID(), claimId: claim.id, description: supplementRequest.description, replyBy: supplementRequest.replyBy,
        requestedBy: identity.sub, requestedAt: now, answer: null, answeredBy: null, answeredAt: null,
      });
    }
    if (supplementAnswer) {
      const open = await tx.findOne(ClaimSupplementRequestEntity, { claimId: claim.id, answeredAt: null }, { orderBy: { requestedAt: 'desc' } });
      if (open) {
        open.answer = supplementAnswer.answer;
        open.answeredBy = identity.sub;
        open.answeredAt = now;
      }
    }
    if (sentToMig) {
      claim.migCaseNumber = sentToMig.migCaseNumber;
      claim.sentChannel = sentToMig.channel;
      claim.sentToMigAt = now;
    }
    claim.status = result.toStatus;
    tx.create(ClaimStatusChangeEntity, {
      id: randomUUID(), claimId: claim.id, fromStatus: result.fromStatus, toStatus: result.toStatus, changedBy: identity.sub, changedAt: now, reason: result.history.reason,
    });
    recordClaimState(tx, claim, now, { changedBy: identity.sub, officerUsername: claim.officerUsername ?? null, reason: result.history.reason ?? null });
    await tx.flush();
    return claim;
  });
}
