import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIM_TYPES, CLAIMS } from '@statsbidrag/demo-data';
import { stableUuid } from '@statsbidrag/domain/ids';
import { recordEventsOnce } from '@statsbidrag/events';
import { claimCaseState } from './events/case-state.js';
import { claimChanged } from './events/claim-changed.js';
import { ClaimEntity, ClaimStatusChangeEntity, ClaimTypeEntity } from './claim/infra/claim.entity.js';

/**
 * The attachment kinds each demo claim type requires: every type an economic basis (Ekonomiskt
 * underlag); placements and interventions also the decision (Insatsbeslut); care and illness also a
 * medical basis (Medicinskt underlag).
 */
export const DEMO_REQUIRED_ATTACHMENT_KINDS: Readonly<Record<string, readonly string[]>> = {
  FSKA: ['EKONOMISKT_UNDERLAG'],
  FSKL: ['EKONOMISKT_UNDERLAG'],
  GSKA: ['EKONOMISKT_UNDERLAG'],
  GYMN: ['EKONOMISKT_UNDERLAG'],
  BIF: ['EKONOMISKT_UNDERLAG', 'INSATSBESLUT'],
  HVBAS: ['EKONOMISKT_UNDERLAG', 'INSATSBESLUT'],
  STBAS: ['EKONOMISKT_UNDERLAG', 'INSATSBESLUT'],
  UTR: ['EKONOMISKT_UNDERLAG', 'INSATSBESLUT'],
  LSS: ['EKONOMISKT_UNDERLAG', 'INSATSBESLUT', 'MEDICINSKT_UNDERLAG'],
  EKBIS: ['EKONOMISKT_UNDERLAG', 'MEDICINSKT_UNDERLAG'],
};

/** Idempotent demo data: claim types and ~320 claims in every status. */
export async function seedClaimsDemoData(em: EntityManager): Promise<void> {
  await em.upsertMany(ClaimTypeEntity, CLAIM_TYPES.map((t) => ({
      code: t.code, name: t.name, groupName: t.group, active: true, requiredAttachmentKinds: [...(DEMO_REQUIRED_ATTACHMENT_KINDS[t.code] ?? ['EKONOMISKT_UNDERLAG'])],
    })),);
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
  // The decisions subgraph's copy of each demo claim (for matching MiG's rows): the stored state,
  // once per state (the id names the content, so a changed claim is told again).
  const stored = await em.find(ClaimEntity, { id: { $in: CLAIMS.map((c) => c.id) } });
  await recordEventsOnce(
    em,
    'claims.claim-changed',
    stored.map((c) => {
      const payload = claimChanged(c, c.updatedAt);
      const { at: _at, ...content } = payload;
      return { id: stableUuid('claim-changed', JSON.stringify(content)), payload };
    }),
  );
}
