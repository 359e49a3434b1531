import type { EntityManager } from '@mikro-orm/postgresql';
import { CLOSED_CLAIM_STATUSES, ClaimInitiator, ClaimStatus, type Identity } from '@statsbidrag/domain';
import { DomainError, ErrorCode, ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { recordClaimState } from '../../events/case-state.js';
import { ClaimTypeOfficerEntity } from '../../organisation/claim-type-officer.entity.js';
import { duplicateKey, proposalReason, validateProposal, type ClaimProposal } from '../domain/claim-proposal.js';
import { ClaimEntity, ClaimStatusChangeEntity, ClaimTypeEntity, type ClaimRow } from '../infra/claim.entity.js';

/** The codes of the active claim types. */
export async function activeClaimTypeCodes(em: EntityManager): Promise<Set<string>> {
  return new Set((await em.find(ClaimTypeEntity, { active: true })).map((t) => t.code));
}

/** The duplicate keys (person, type, period) of the open claims of these persons. */
export async function openClaimKeys(em: EntityManager, personIds: string[]): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const open = await em.find(ClaimEntity, { personId: { $in: personIds }, status: { $nin: [...CLOSED_CLAIM_STATUSES] } });
  return new Set(open.map((c) => duplicateKey(c)));
}

/**
 * Creates one proposal (INITIERAD_TILL_SDF, initiated by AmF) with its first history row and the
 * notifying event. The caller has validated it and runs the transaction.
 */
export async function createProposal(
  em: EntityManager,
  identity: Identity,
  proposal: ClaimProposal & { personId: string },
  now: Date,
  responsibleByType: Map<string, string | null>,
  proposalImportId: string | null,
): Promise<ClaimRow> {
  const claimTypeCode = proposal.claimTypeCode.trim();
  const status = ClaimStatus.INITIERAD_TILL_SDF;
  const reason = proposalReason(proposal.comment);
  const claim = em.create(ClaimEntity, {
    id: randomUUID(),
    personId: proposal.personId,
    districtCode: proposal.districtCode.trim(),
    unitCode: null,
    officerUsername: null,
    responsibleUsername: responsibleByType.get(claimTypeCode) ?? null,
    claimTypeCode,
    status,
    amountOre: proposal.amount ?? null,
    periodFrom: proposal.periodFrom || null,
    periodTo: proposal.periodTo || null,
    initiatedBy: ClaimInitiator.AMF,
    question: null,
    proposalImportId,
    createdBy: identity.sub,
  });
  em.create(ClaimStatusChangeEntity, { id: randomUUID(), claimId: claim.id, fromStatus: null, toStatus: status, changedBy: identity.sub, changedAt: now, reason });
  recordClaimState(em, claim, now, { changedBy: identity.sub, officerUsername: null, reason });
  return claim;
}

/** Each claim type's default officer at AmF (missing = Statsbidragsgruppen). */
export async function defaultResponsibles(em: EntityManager, claimTypeCodes: string[]): Promise<Map<string, string | null>> {
  const rows = claimTypeCodes.length ? await em.find(ClaimTypeOfficerEntity, { claimTypeCode: { $in: claimTypeCodes } }) : [];
  return new Map(rows.map((r) => [r.claimTypeCode, r.username ?? null]));
}

/**
 * Step 1b: AmF proposes a claim to the cost-bearing district (COORDINATOR; checked by the resolver).
 * Status INITIERAD_TILL_SDF; the district's contact person is notified. AmF's comment is the first
 * history reason ("Förslag från AmF: …").
 */
export async function proposeClaim(em: EntityManager, identity: Identity, proposal: ClaimProposal, now: Date = new Date()): Promise<ClaimRow> {
  return em.transactional(async (tx) => {
    const problems = validateProposal(proposal, await activeClaimTypeCodes(tx));
    if (problems.length) throw ValidationError.of(problems);
    const personId = proposal.personId!;
    if ((await openClaimKeys(tx, [personId])).has(duplicateKey(proposal))) {
      throw new DomainError(ErrorCode.CONFLICT, 'Det finns redan en öppen återsökning för personen med samma ersättningstyp och period.', { reason: 'DUPLICATE' });
    }
    const claim = await createProposal(tx, identity, { ...proposal, personId }, now, await defaultResponsibles(tx, [proposal.claimTypeCode.trim()]), null);
    await tx.flush();
    return claim;
  });
}
