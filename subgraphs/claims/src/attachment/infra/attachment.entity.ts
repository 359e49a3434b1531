import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A file attached to a claim (ADR 0012: stored in PostgreSQL with the claim). The content column
 * is lazy: lists never read it. A PDF with pages removed is a new row pointing at its original
 * (`derivedFromId`); the original is kept but superseded and no longer goes to MiG.
 */
export const ClaimAttachmentEntity = defineEntity({
  name: 'ClaimAttachment',
  tableName: 'claim_attachment',
  properties: {
    id: p.uuid().primary(),
    claimId: p.uuid().index(),
    /** AttachmentKind: EKONOMISKT_UNDERLAG, INSATSBESLUT, MEDICINSKT_UNDERLAG, KOMPLETTERING, OVRIGT. */
    kind: p.string(),
    fileName: p.string(),
    /** Detected from the content, never from the name. */
    mediaType: p.string(),
    sizeBytes: p.integer(),
    /** SHA-256 of the content, hex. */
    sha256: p.string(),
    content: p.type('blob').lazy(),
    /** Pages of a PDF, counted when the file arrived (null: not a PDF, unreadable, or stored before the column existed). */
    pageCount: p.integer().nullable(),
    /** The supplement request this file answers, if any. */
    supplementRequestId: p.uuid().nullable(),
    /** The original this file was made from (pages removed). */
    derivedFromId: p.uuid().nullable(),
    /** 1-based page numbers removed from the original, when derived. */
    removedPages: p.json<number[]>().nullable(),
    /** Set when a newer version replaced this one (the original is kept). */
    supersededAt: p.datetime().nullable(),
    /** Set when a user removed the attachment from the claim (kept for the history). */
    removedAt: p.datetime().nullable(),
    removedBy: p.string().nullable(),
    uploadedBy: p.string(),
    uploadedAt: p.datetime(),
  },
});
export type ClaimAttachmentRow = InferEntity<typeof ClaimAttachmentEntity>;
