import { CLAIM_STATUS_LABELS, type ClaimInitiator, type ClaimStatus } from '@statsbidrag/domain';
import { CLAIM_REJECTION_REASON_LABELS, isClaimRejectionReason, type ClaimSentChannel } from '../domain/claim-transitions.js';
import type { ClaimRow, ClaimStatusChangeRow, ClaimSupplementRequestRow } from '../infra/claim.entity.js';
import type { Claim, ClaimStatusChange, ClaimSupplementRequest } from './claim.type.js';

export function toClaim(row: ClaimRow): Claim {
  const status = row.status as ClaimStatus;
  return {
    id: row.id,
    status,
    statusLabel: CLAIM_STATUS_LABELS[status] ?? row.status,
    amount: row.amountOre == null ? null : Number(row.amountOre),
    periodFrom: row.periodFrom ?? null,
    periodTo: row.periodTo ?? null,
    initiatedBy: row.initiatedBy as ClaimInitiator,
    question: row.question ?? null,
    createdAt: row.createdAt,
    rejectionReason: isClaimRejectionReason(row.rejectionReasonCode) ? row.rejectionReasonCode : null,
    rejectionReasonLabel: isClaimRejectionReason(row.rejectionReasonCode) ? CLAIM_REJECTION_REASON_LABELS[row.rejectionReasonCode] : null,
    rejectionReasonText: row.rejectionReasonText ?? null,
    migCaseNumber: row.migCaseNumber ?? null,
    sentToMigAt: row.sentToMigAt ?? null,
    sentChannel: (row.sentChannel as ClaimSentChannel | null | undefined) ?? null,
    responsibleUsername: row.responsibleUsername ?? null,
    responsibleLabel: row.responsibleUsername ?? 'Statsbidragsgruppen',
    unitCode: row.unitCode ?? null,
    officerUsername: row.officerUsername ?? null,
    personId: row.personId,
    districtCode: row.districtCode,
    claimTypeCode: row.claimTypeCode,
  };
}

export function toStatusChange(row: ClaimStatusChangeRow): ClaimStatusChange {
  const toStatus = row.toStatus as ClaimStatus;
  return {
    at: row.changedAt,
    changedBy: row.changedBy,
    fromStatus: (row.fromStatus as ClaimStatus | null) ?? null,
    toStatus,
    toStatusLabel: CLAIM_STATUS_LABELS[toStatus] ?? row.toStatus,
    reason: row.reason ?? null,
  };
}

/** `today` is the Stockholm date: a request is overdue the day after its reply-by date. */
export function toSupplementRequest(row: ClaimSupplementRequestRow, today: string): ClaimSupplementRequest {
  return {
    id: row.id,
    description: row.description,
    replyBy: row.replyBy,
    requestedAt: row.requestedAt,
    answer: row.answer ?? null,
    answeredAt: row.answeredAt ?? null,
    overdue: !row.answeredAt && row.replyBy < today,
  };
}
