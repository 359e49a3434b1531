import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A message on a claim: the district's question, AmF's answer, a note. SHARED messages are seen by
 * the district and AmF; INTERNAL notes only by AmF.
 */
export const ClaimMessageEntity = defineEntity({
  name: 'ClaimMessage',
  tableName: 'claim_message',
  properties: {
    id: p.uuid().primary(),
    claimId: p.uuid().index(),
    /** SHARED or INTERNAL. */
    visibility: p.string(),
    /** DISTRICT or AMF: which side wrote it. */
    authorSide: p.string(),
    authorUsername: p.string(),
    body: p.text(),
    createdAt: p.datetime(),
  },
});
export type ClaimMessageRow = InferEntity<typeof ClaimMessageEntity>;
