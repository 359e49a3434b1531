import type { EventConsumer } from '@statsbidrag/events';
import { ClaimEditEntity, ClaimEntity, ClaimStatusChangeEntity, ClaimSupplementRequestEntity } from '../claim/infra/claim.entity.js';
import { ClaimMessageEntity } from '../message/infra/message.entity.js';
import { ClaimAttachmentEntity } from '../attachment/infra/attachment.entity.js';

/** Replaces free text that may describe the person; the fact that there was text stays visible. */
export const PURGED_TEXT = '(gallrad)';

/**
 * Gallring: the person's personal data is gone from the person subgraph; the claims keep their
 * amounts, periods and statuses (the money figures) but lose every free text, which may name the
 * person: the question, the rejection text, supplement requests and answers, history and edit
 * reasons, messages and notes.
 * Attachments (receipts, decisions, medical records) are personal data through and through: their
 * rows are deleted, content and names alike (ADR 0012).
 */
export const clearFreeTextOfPurgedPerson: EventConsumer<'person.purged'> = {
  topic: 'person.purged',
  name: 'person-purged',
  async handle(em, event) {
    const claims = await em.find(ClaimEntity, { personId: event.payload.personId }, { fields: ['id'] });
    if (!claims.length) return;
    const ids = claims.map((c) => c.id);
    await em.nativeUpdate(ClaimEntity, { id: { $in: ids } }, { question: null, rejectionReasonText: null });
    await em.nativeUpdate(ClaimStatusChangeEntity, { claimId: { $in: ids }, reason: { $ne: null } }, { reason: PURGED_TEXT });
    await em.nativeUpdate(ClaimSupplementRequestEntity, { claimId: { $in: ids } }, { description: PURGED_TEXT });
    await em.nativeUpdate(ClaimSupplementRequestEntity, { claimId: { $in: ids }, answer: { $ne: null } }, { answer: PURGED_TEXT });
    await em.nativeUpdate(ClaimEditEntity, { claimId: { $in: ids }, reason: { $ne: null } }, { reason: PURGED_TEXT });
    await em.nativeUpdate(ClaimMessageEntity, { claimId: { $in: ids } }, { body: PURGED_TEXT });
    await em.nativeDelete(ClaimAttachmentEntity, { claimId: { $in: ids } });
  },
};
