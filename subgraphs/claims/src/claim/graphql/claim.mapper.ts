import { CLAIM_STATUS_LABELS, type ClaimInitiator, type ClaimStatus } from '@statsbidrag/domain';
import type { ClaimRow } from '../infra/claim.entity.js';
import type { Claim } from './claim.type.js';

export function toClaim(row: ClaimRow): Claim {
  const status = row.status as ClaimStatus;
  return {
    id: row.id,
    status,
    statusLabel: CLAIM_STATUS_LABELS[status] ?? row.status,
    amount: Number(row.amountOre),
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    initiatedBy: row.initiatedBy as ClaimInitiator,
    question: row.question ?? null,
    createdAt: row.createdAt,
    personId: row.personId,
    districtCode: row.districtCode,
    claimTypeCode: row.claimTypeCode,
  };
}
