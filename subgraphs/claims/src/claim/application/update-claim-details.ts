import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeDistrict, ClaimStatus, isUuid, type Identity } from '@statsbidrag/domain';
import { DomainError, ErrorCode, ForbiddenError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { recordClaimState } from '../../events/case-state.js';
import { CLAIM_DETAIL_FIELD_LABELS, editDetails, validateResponsible, type ClaimDetailsChange } from '../domain/claim-details.js';
import { ClaimEditEntity, ClaimEntity, ClaimTypeEntity, type ClaimRow } from '../infra/claim.entity.js';
import { changeClaimStatus } from './change-claim-status.js';

/** The history reason when a coordinator's edit starts the preparation. */
export const AUTO_PREPARING_REASON = 'Automatiskt: förberedelse påbörjad';

async function lockVisibleClaim(tx: EntityManager, identity: Identity, claimId: string): Promise<ClaimRow> {
  const claim = isUuid(claimId) ? await tx.findOne(ClaimEntity, { id: claimId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!claim || !canSeeDistrict(identity, claim.districtCode)) throw new NotFoundError('Återsökningen finns inte.');
  return claim;
}

/**
 * Changes a claim's details (who may change what when: see `editableDetails`). Records the edit
 * (before/after of the changed details only) and notifies; a coordinator's edit of an accepted
 * claim moves it on to ATERSOK_FORBEREDS_AMF in the same transaction.
 */
export async function updateClaimDetails(em: EntityManager, identity: Identity, claimId: string, change: ClaimDetailsChange, now: Date = new Date()): Promise<ClaimRow> {
  return em.transactional(async (tx) => {
    const claim = await lockVisibleClaim(tx, identity, claimId);
    const result = editDetails(
      {
        status: claim.status as ClaimStatus, districtCode: claim.districtCode, unitCode: claim.unitCode ?? null, officerUsername: claim.officerUsername ?? null,
        amountOre: claim.amountOre == null ? null : Number(claim.amountOre), periodFrom: claim.periodFrom ?? null, periodTo: claim.periodTo ?? null,
        claimTypeCode: claim.claimTypeCode, personId: claim.personId,
      },
      change,
      identity,
    );
    if (!result.ok) {
      if (result.reason === 'FORBIDDEN_FIELD') throw new ForbiddenError(result.message);
      if (result.reason === 'WRONG_STATUS') throw new DomainError(ErrorCode.CONFLICT, result.message, { reason: 'WRONG_STATUS', status: claim.status });
      throw ValidationError.of(result.problems);
    }
    if (result.changed.includes('CLAIM_TYPE') && !(await tx.findOne(ClaimTypeEntity, { code: result.after.claimTypeCode, active: true }))) {
      throw new ValidationError('claimTypeCode', `Ersättningstypen ${result.after.claimTypeCode} finns inte.`, 'UNKNOWN_CLAIM_TYPE');
    }
    Object.assign(claim, result.after);
    tx.create(ClaimEditEntity, { id: randomUUID(), claimId: claim.id, changedBy: identity.sub, changedAt: now, before: result.before, after: result.afterChanged, reason: result.reason });
    recordClaimState(tx, claim, now, { changedBy: identity.sub, officerUsername: claim.officerUsername ?? null, reason: result.reason ?? `Ändrade uppgifter: ${result.changed.map((f) => CLAIM_DETAIL_FIELD_LABELS[f].toLowerCase()).join(', ')}` });
    await tx.flush();
    if (claim.status === ClaimStatus.ATERSOK_ACCEPTERAD_AMF && identity.roles.includes('COORDINATOR')) {
      return changeClaimStatus(tx, identity, claim.id, { command: 'START_PREPARING', comment: AUTO_PREPARING_REASON }, now);
    }
    return claim;
  });
}

/**
 * Ansvarig handläggare at AmF (COORDINATOR, any status): a username, or null for
 * Statsbidragsgruppen ("Lämna tillbaka till Statsbidragsgruppen"). Recorded as an edit; notifies.
 */
export async function assignClaimResponsible(
  em: EntityManager, identity: Identity, claimId: string, username: string | null | undefined, reason?: string | null, now: Date = new Date(),
): Promise<ClaimRow> {
  return em.transactional(async (tx) => {
    const claim = await lockVisibleClaim(tx, identity, claimId);
    const problems = validateResponsible(username);
    if ((reason?.trim().length ?? 0) > 4000) problems.push({ field: 'reason', reason: 'TOO_LONG', message: 'Anledningen får vara högst 4 000 tecken.' });
    if (problems.length) throw ValidationError.of(problems);
    const next = username?.trim() || null;
    const before = claim.responsibleUsername ?? null;
    if (next === before) throw new ValidationError('username', 'Inga ändringar att spara.', 'NO_CHANGES');
    claim.responsibleUsername = next;
    const text = reason?.trim() || null;
    tx.create(ClaimEditEntity, { id: randomUUID(), claimId: claim.id, changedBy: identity.sub, changedAt: now, before: { RESPONSIBLE: before }, after: { RESPONSIBLE: next }, reason: text });
    recordClaimState(tx, claim, now, {
      changedBy: identity.sub, officerUsername: claim.officerUsername ?? null, reason: text ?? `Ansvarig AmF: ${next ?? 'Statsbidragsgruppen'}`,
    });
    await tx.flush();
    return claim;
  });
}
