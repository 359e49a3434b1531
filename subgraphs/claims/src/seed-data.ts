import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIM_TYPES, CLAIMS } from '@statsbidrag/demo-data';
import { stableUuid } from '@statsbidrag/domain/ids';
import { recordEventsOnce } from '@statsbidrag/events';
import { claimCaseState } from './events/case-state.js';
import { ClaimEntity, ClaimStatusChangeEntity, ClaimTypeEntity } from './claim/infra/claim.entity.js';

/** Idempotent demo data: claim types and ~320 claims in every status. */
export async function seedClaimsDemoData(em: EntityManager): Promise<void> {
  await em.upsertMany(ClaimTypeEntity, CLAIM_TYPES.map((t) => ({ code: t.code, name: t.name, groupName: t.group, active: true })));
  const created = new Date('2026-01-15T08:00:00Z').getTime();
  await em.upsertMany(
    ClaimEntity,
    CLAIMS.map((c, i) => ({
      id: c.id,
      personId: c.personId,
      districtCode: c.districtCode,
      unitCode: `${c.districtCode}_IFO`,
      officerUsername: null,
      claimTypeCode: c.claimTypeCode,
      status: c.status,
      amountOre: c.amountOre,
      periodFrom: c.periodFrom,
      periodTo: c.periodTo,
      initiatedBy: c.initiatedBy,
      question: null,
      createdBy: 'demodata',
      createdAt: new Date(created + i * 3_600_000),
      updatedAt: new Date(created + i * 3_600_000),
    })),
  );
  await em.upsertMany(
    ClaimStatusChangeEntity,
    CLAIMS.map((c, i) => ({
      id: stableUuid('claim-status', c.id),
      claimId: c.id,
      fromStatus: null,
      toStatus: c.status,
      changedBy: 'demodata',
      changedAt: new Date(created + i * 3_600_000),
      reason: 'Demodata',
    })),
  );
  // Tell the other subgraphs about every demo claim (once: the event ids are deterministic).
  await recordEventsOnce(
    em,
    'claims.case-state-changed',
    CLAIMS.map((c, i) => ({
      id: stableUuid('claim-state', `${c.id}:${c.status}`),
      payload: claimCaseState({ ...c, id: c.id }, new Date(created + i * 3_600_000)),
    })),
  );
}
