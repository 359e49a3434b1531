import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeDistrict, isCentral, isUuid, type Identity } from '@statsbidrag/domain';
import { recordEvent } from '@statsbidrag/events';
import { NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { claimCaseState } from '../../events/case-state.js';
import { ClaimEntity } from '../../claim/infra/claim.entity.js';
import { MessageSide, MessageVisibility, messageProblems } from '../domain/message.js';
import { ClaimMessageEntity, type ClaimMessageRow } from '../infra/message.entity.js';

/**
 * A question, answer or note on a claim (steps 1a and 4: "svara på frågor och dela anteckningar
 * med stadsdelen"). A shared message tells the other side (event → the person subgraph's inbox
 * and e-mail); an internal note tells no one.
 */
export async function postClaimMessage(em: EntityManager, identity: Identity, input: { claimId: string; body: string; internal?: boolean | null }): Promise<ClaimMessageRow> {
  const internal = input.internal ?? false;
  const problems = messageProblems(identity, input.body ?? '', internal);
  if (problems.length) throw ValidationError.of(problems);
  return em.transactional(async (tx) => {
    const claim = isUuid(input.claimId) ? await tx.findOne(ClaimEntity, { id: input.claimId }) : null;
    if (!claim || !canSeeDistrict(identity, claim.districtCode)) throw new NotFoundError('Återsökningen finns inte.');
    const fromSide = isCentral(identity) ? MessageSide.AMF : MessageSide.DISTRICT;
    const message = tx.create(ClaimMessageEntity, {
      id: randomUUID(),
      claimId: claim.id,
      visibility: internal ? MessageVisibility.INTERNAL : MessageVisibility.SHARED,
      authorSide: fromSide,
      authorUsername: identity.sub,
      body: input.body.trim(),
      createdAt: new Date(),
    });
    if (!internal) {
      recordEvent(tx, 'claims.message-posted', {
        claimId: claim.id,
        districtCode: claim.districtCode,
        label: claimCaseState(claim, new Date()).label,
        fromSide,
        authorUsername: identity.sub,
        officerUsername: claim.officerUsername ?? null,
        responsibleUsername: claim.responsibleUsername ?? null,
      });
    }
    await tx.flush();
    return message;
  });
}
