import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIMS, type DemoClaim } from '@statsbidrag/demo-data';
import { ClaimStatus } from '@statsbidrag/domain';
import { stableUuid } from '@statsbidrag/domain/ids';
import { finalDateOf, type DecisionOutcome } from './decision/domain/decision.js';
import { recordEventsOnce } from '@statsbidrag/events';
import { decisionRecorded } from './events/decision-recorded.js';
import { addDays } from './decision/domain/decision-dates.js';
import { DecisionEntity } from './decision/infra/decision.entity.js';

/** Claim statuses that mean MiG has decided. */
export const DECIDED_STATUSES: readonly ClaimStatus[] = [ClaimStatus.BESLUTAD, ClaimStatus.DELVIS_BEVILJAT, ClaimStatus.UTBETALD, ClaimStatus.FARDIGBEHANDLAT];

/**
 * Outcome and granted amount consistent with the claim's status. Demo rule (the appeals seed relies
 * on it): DELVIS_BEVILJAT → partly granted; UTBETALD → granted in full; FARDIGBEHANDLAT → granted in
 * full, every fourth after a new review; BESLUTAD → by round: avslag, granted, granted, avvisad.
 */
export function demoOutcome(claim: DemoClaim, index: number): { outcome: DecisionOutcome; grantedAmount: number } {
  const round = Math.floor(index / 15);
  switch (claim.status) {
    case ClaimStatus.DELVIS_BEVILJAT:
      return { outcome: 'DELVIS_BEVILJAD', grantedAmount: Math.round((claim.amountOre * (50 + ((index * 7) % 41))) / 100) };
    case ClaimStatus.UTBETALD:
      return { outcome: 'BEVILJAD', grantedAmount: claim.amountOre };
    case ClaimStatus.FARDIGBEHANDLAT:
      return { outcome: round % 4 === 1 ? 'BEVILJAD_EFTER_NY_PROVNING' : 'BEVILJAD', grantedAmount: claim.amountOre };
    default:
      return [
        { outcome: 'AVSLAG' as const, grantedAmount: 0 },
        { outcome: 'BEVILJAD' as const, grantedAmount: claim.amountOre },
        { outcome: 'BEVILJAD' as const, grantedAmount: claim.amountOre },
        { outcome: 'AVVISAD' as const, grantedAmount: 0 },
      ][round % 4]!;
  }
}

/** Decision date: 60–89 days after the claim period (deterministic). */
export function demoDecidedAt(claim: DemoClaim, index: number): string {
  const [y, m, d] = claim.periodTo.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 60 + (index % 30))).toISOString().slice(0, 10);
}

export const demoDecisionId = (claimId: string) => stableUuid('decision', claimId);

export function demoDecisions() {
  return CLAIMS.flatMap((claim, index) => {
    if (!DECIDED_STATUSES.includes(claim.status)) return [];
    const decidedAt = demoDecidedAt(claim, index);
    return [
      {
        id: demoDecisionId(claim.id),
        claimId: claim.id,
        personId: claim.personId,
        districtCode: claim.districtCode,
        migCaseNumber: `1.1.3-${decidedAt.slice(0, 4)}-${10_000 + index}`,
        ...demoOutcome(claim, index),
        decidedAt,
        finalAt: finalDateOf(decidedAt),
        purgeAt: addDays(finalDateOf(decidedAt), 21),
        claimTypeCode: claim.claimTypeCode,
        periodFrom: claim.periodFrom,
        periodTo: claim.periodTo,
        paidAmount: claim.status === ClaimStatus.UTBETALD || claim.status === ClaimStatus.FARDIGBEHANDLAT ? demoOutcome(claim, index).grantedAmount : 0,
        source: 'IMPORT',
        createdAt: new Date(`${decidedAt}T09:00:00.000Z`),
      },
    ];
  });
}

/** Idempotent: one decision per decided demo claim, upserted by deterministic id. */
export async function seedDecisionsDemoData(em: EntityManager): Promise<void> {
  const decisions = demoDecisions();
  await em.upsertMany(DecisionEntity, decisions);
  await recordEventsOnce(em, 'decisions.decision-recorded', decisions.map((d) => ({ id: stableUuid('decision-recorded', d.id), payload: decisionRecorded(d) })));
}
