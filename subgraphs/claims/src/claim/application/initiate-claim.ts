import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeDistrict, ClaimInitiator, isCentral, type Identity } from '@statsbidrag/domain';
import { ForbiddenError, ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { initialStatus, validateNewClaim, type NewClaimInput } from '../domain/claim.js';
import { recordClaimState } from '../../events/case-state.js';
import { ClaimTypeOfficerEntity } from '../../organisation/claim-type-officer.entity.js';
import { ClaimEntity, ClaimStatusChangeEntity, ClaimTypeEntity, type ClaimRow } from '../infra/claim.entity.js';

/** Step 1a: a district (or a coordinator on its behalf) starts a claim. */
export async function initiateClaim(em: EntityManager, identity: Identity, input: NewClaimInput): Promise<ClaimRow> {
  const problems = validateNewClaim(input);
  if (problems.length) throw ValidationError.of(problems);
  if (!canSeeDistrict(identity, input.districtCode)) {
    throw new ForbiddenError('Du kan bara starta återsökningar för din egen stadsdel.');
  }
  const type = await em.findOne(ClaimTypeEntity, { code: input.claimTypeCode, active: true });
  if (!type) throw new ValidationError('claimTypeCode', `Ersättningstypen ${input.claimTypeCode} finns inte.`, 'UNKNOWN_CLAIM_TYPE');

  const initiatedBy = isCentral(identity) ? ClaimInitiator.AMF : ClaimInitiator.DISTRICT;
  const status = initiatedBy === ClaimInitiator.AMF ? initialStatus(ClaimInitiator.AMF) : initialStatus(ClaimInitiator.DISTRICT);
  const now = new Date();
  const claim = em.create(ClaimEntity, {
    id: randomUUID(),
    personId: input.personId,
    districtCode: input.districtCode,
    unitCode: input.unitCode?.trim() || null,
    officerUsername: input.officerUsername?.trim() || (isCentral(identity) ? null : identity.sub),
    // New claims go to the claim type's default officer, or to Statsbidragsgruppen.
    responsibleUsername: (await em.findOne(ClaimTypeOfficerEntity, { claimTypeCode: type.code }))?.username ?? null,
    claimTypeCode: type.code,
    status,
    amountOre: input.amount,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    initiatedBy,
    question: input.question?.trim() || null,
    createdBy: identity.sub,
  });
  em.create(ClaimStatusChangeEntity, {
    id: randomUUID(),
    claimId: claim.id,
    fromStatus: null,
    toStatus: status,
    changedBy: identity.sub,
    changedAt: now,
    reason: null,
  });
  recordClaimState(em, claim, now, { changedBy: identity.sub, officerUsername: claim.officerUsername ?? null, reason: null });
  await em.flush();
  return claim;
}
