import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIMS, CURRENT_DISTRICTS, type DemoClaim } from '@statsbidrag/demo-data';
import { ClaimStatus } from '@statsbidrag/domain';
import { stableUuid } from '@statsbidrag/domain/ids';
import type { AppealStatus } from './appeal/domain/appeal.js';
import { recordEventsOnce } from '@statsbidrag/events';
import { AppealEntity } from './appeal/infra/appeal.entity.js';
import { appealCaseState } from './events/case-state.js';

/*
 * The decisions subgraph seeds one decision per decided demo claim (subgraphs/decisions/src/seed-data.ts).
 * A subgraph does not read another's data, so the three rules it needs are repeated here:
 * decision id = stableUuid('decision', claim id); DELVIS_BEVILJAT → DELVIS_BEVILJAD, and BESLUTAD in
 * round (index / 15) % 4 === 0 → AVSLAG; decision date = claim period end + 60 + index % 30 days.
 */
const decisionIdOf = (claim: DemoClaim) => stableUuid('decision', claim.id);

function outcomeOf(claim: DemoClaim, index: number): 'DELVIS_BEVILJAD' | 'AVSLAG' | null {
  if (claim.status === ClaimStatus.DELVIS_BEVILJAT) return 'DELVIS_BEVILJAD';
  if (claim.status === ClaimStatus.BESLUTAD && Math.floor(index / 15) % 4 === 0) return 'AVSLAG';
  return null;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const STATUSES: readonly AppealStatus[] = ['APPEALED', 'AT_ADMINISTRATIVE_COURT', 'DECIDED', 'AT_COURT_OF_APPEAL', 'DRAFT', 'WITHDRAWN'];

/** One appeal for the first partly granted or rejected decision in each current district. */
export interface DemoAppeal {
  id: string;
  decisionId: string;
  districtCode: string;
  status: AppealStatus;
  appealedAt: string | null;
  administrativeCourtCaseNumber: string | null;
  amfCaseNumber: string;
  note: string;
  createdAt: Date;
}

export function demoAppeals(): DemoAppeal[] {
  const appeals: DemoAppeal[] = [];
  for (const district of CURRENT_DISTRICTS) {
    const index = CLAIMS.findIndex((c, i) => c.districtCode === district.code && outcomeOf(c, i) !== null);
    if (index < 0) continue;
    const claim = CLAIMS[index]!;
    const n = appeals.length;
    const status = STATUSES[n % STATUSES.length]!;
    const decidedAt = addDays(claim.periodTo, 60 + (index % 30));
    const appealedAt = status === 'DRAFT' ? null : addDays(decidedAt, 14);
    const year = (appealedAt ?? decidedAt).slice(2, 4);
    const atCourt = status === 'AT_ADMINISTRATIVE_COURT' || status === 'AT_COURT_OF_APPEAL' || status === 'DECIDED';
    appeals.push({
      id: stableUuid('appeal', claim.id),
      decisionId: decisionIdOf(claim),
      districtCode: claim.districtCode,
      status,
      appealedAt,
      administrativeCourtCaseNumber: atCourt ? `${1000 + index}-${year}` : null,
      amfCaseNumber: `AMN 20${year}/${100 + index}`,
      note: outcomeOf(claim, index) === 'AVSLAG' ? 'Avslaget överklagas i sin helhet.' : 'Överklagan avser den del av ansökan som inte beviljades.',
      createdAt: new Date(`${appealedAt ?? decidedAt}T10:00:00.000Z`),
    });
  }
  return appeals;
}

/** Idempotent: upserts by deterministic id. */
export async function seedAppealsDemoData(em: EntityManager): Promise<void> {
  const appeals = demoAppeals();
  await em.upsertMany(AppealEntity, appeals);
  await recordEventsOnce(em, 'appeals.case-state-changed', appeals.map((a) => ({ id: stableUuid('appeal-state', `${a.id}:${a.status}`), payload: appealCaseState(a, a.createdAt) })));
}
