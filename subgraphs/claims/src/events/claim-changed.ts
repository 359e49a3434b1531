import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type ClaimChanged } from '@statsbidrag/events';
import type { ClaimRow } from '../claim/infra/claim.entity.js';

/** What of a claim other contexts need to match MiG's decisions and payments to it. */
export type ClaimForMatching = Pick<ClaimRow, 'id' | 'personId' | 'districtCode' | 'claimTypeCode' | 'status' | 'periodFrom' | 'periodTo' | 'amountOre' | 'migCaseNumber' | 'officerUsername'>;

/** The claim as the decisions subgraph copies it (state as of `at`: later wins). */
export function claimChanged(claim: ClaimForMatching, at: Date): ClaimChanged {
  return {
    claimId: claim.id,
    personId: claim.personId ?? null,
    districtCode: claim.districtCode ?? null,
    claimTypeCode: claim.claimTypeCode,
    periodFrom: claim.periodFrom ?? null,
    periodTo: claim.periodTo ?? null,
    amount: claim.amountOre == null ? null : Number(claim.amountOre),
    migCaseNumber: claim.migCaseNumber ?? null,
    officerUsername: claim.officerUsername ?? null,
    status: claim.status,
    at: at.toISOString(),
  };
}

/** Records `claims.claim-changed` in the caller's unit of work (written by its next flush). */
export function recordClaimChanged(em: EntityManager, claim: ClaimForMatching, at: Date = new Date()): void {
  recordEvent(em, 'claims.claim-changed', claimChanged(claim, at));
}
