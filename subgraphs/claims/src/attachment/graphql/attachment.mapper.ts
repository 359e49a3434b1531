import { ATTACHMENT_KIND_LABELS, isAttachmentKind, mediaTypeLabel, type AttachmentKind } from '../domain/attachment.js';
import type { ClaimAttachmentRow } from '../infra/attachment.entity.js';
import type { ClaimAttachment } from './attachment.type.js';

export function toClaimAttachment(row: ClaimAttachmentRow): ClaimAttachment {
  return {
    id: row.id,
    kind: row.kind as AttachmentKind,
    kindLabel: isAttachmentKind(row.kind) ? ATTACHMENT_KIND_LABELS[row.kind] : row.kind,
    fileName: row.fileName,
    mediaType: row.mediaType,
    mediaTypeLabel: mediaTypeLabel(row.mediaType),
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt,
    uploadedBy: row.uploadedBy,
    removedPages: row.removedPages ?? null,
    superseded: row.supersededAt != null,
    supplementRequestId: row.supplementRequestId ?? null,
    claimId: row.claimId,
    derivedFromId: row.derivedFromId ?? null,
    storedPageCount: row.pageCount ?? null,
  };
}
