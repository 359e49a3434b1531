import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIM_STATUS_LABELS, isClaimOpen, type ClaimStatus } from '@statsbidrag/domain';
import { recordEvent, type CaseChangeNotice, type CaseStateChanged } from '@statsbidrag/events';
import type { ClaimRow } from '../claim/infra/claim.entity.js';
import { recordClaimChanged, type ClaimForMatching } from './claim-changed.js';

type ClaimState = Pick<ClaimRow, 'id' | 'personId' | 'districtCode' | 'claimTypeCode' | 'status' | 'periodFrom' | 'periodTo'>;

/** What the person subgraph learns about a claim: open or not, and how to name it to a user. */
export function claimCaseState(claim: ClaimState, at: Date): CaseStateChanged {
  const status = claim.status as ClaimStatus;
  return {
    context: 'claims',
    caseId: claim.id,
    personId: claim.personId,
    decisionId: null,
    districtCode: claim.districtCode,
    label: claim.periodFrom && claim.periodTo ? `Återsökning ${claim.claimTypeCode} ${claim.periodFrom}–${claim.periodTo}` : `Återsökning ${claim.claimTypeCode}`,
    status,
    statusLabel: CLAIM_STATUS_LABELS[status] ?? status,
    open: isClaimOpen(status),
    at: at.toISOString(),
  };
}

/**
 * Records the claim's new state in the outbox; call it wherever a claim is created, changes status
 * or has its details edited. With `notice` (a user's change) the person subgraph notifies the
 * district's contact person and the claim's officer, in the app and by e-mail. Records
 * `claims.claim-changed` too (the decisions subgraph's copy for matching), so that every path that
 * tells the person subgraph about a claim also keeps that copy current.
 */
export function recordClaimState(em: EntityManager, claim: ClaimForMatching, at: Date = new Date(), notice?: CaseChangeNotice): void {
  recordEvent(em, 'claims.case-state-changed', { ...claimCaseState(claim, at), ...(notice ? { notify: notice } : {}) });
  recordClaimChanged(em, claim, at);
}
