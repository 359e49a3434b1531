import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIM_STATUS_LABELS, isClaimOpen, type ClaimStatus } from '@statsbidrag/domain';
import { recordEvent, type CaseChangeNotice, type CaseStateChanged } from '@statsbidrag/events';
import type { ClaimRow } from '../claim/infra/claim.entity.js';

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
 * Records the claim's new state in the outbox; call it wherever a claim is created or changes
 * status. With `notice` (a user's change) the person subgraph notifies the district's contact
 * person and the claim's officer, in the app and by e-mail.
 */
export function recordClaimState(em: EntityManager, claim: ClaimState, at: Date = new Date(), notice?: CaseChangeNotice): void {
  recordEvent(em, 'claims.case-state-changed', { ...claimCaseState(claim, at), ...(notice ? { notify: notice } : {}) });
}
