import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIM_STATUS_LABELS, canSeeDistrict, ClaimStatus, isUuid, type Identity } from '@statsbidrag/domain';
import { DomainError, ErrorCode, ForbiddenError, NotFoundError, ValidationError, type FieldProblem } from '@statsbidrag/graphql-kit';
import { createHash, randomUUID } from 'node:crypto';
import { changeClaimStatus } from '../../claim/application/change-claim-status.js';
import { ClaimEditEntity, ClaimEntity, ClaimSupplementRequestEntity, ClaimTypeEntity, type ClaimRow } from '../../claim/infra/claim.entity.js';
import {
  attachmentSide,
  AUTO_DOCUMENTS_RECEIVED,
  AUTO_PREPARATION_STARTED,
  checkFileName,
  checkPagesToRemove,
  checkUpload,
  excerptName,
  isAttachmentKind,
  mayChangeAttachments,
  MediaType,
  missingKinds,
  nameForType,
  type AttachmentAction,
  type AttachmentKind,
} from '../domain/attachment.js';
import { ClaimAttachmentEntity, type ClaimAttachmentRow } from '../infra/attachment.entity.js';
import { pdfPageCount, pdfWithoutPages } from '../infra/pdf.js';

const MAX_REASON = 4000;

const NOT_FOUND_CLAIM = 'Återsökningen finns inte.';
const NOT_FOUND_ATTACHMENT = 'Bilagan finns inte.';

const ACTION_TEXT: Record<AttachmentAction, string> = {
  ADD: 'Bilagan kan inte läggas till',
  RENAME: 'Bilagan kan inte byta namn',
  REMOVE: 'Bilagan kan inte tas bort',
  REMOVE_PAGES: 'Sidor kan inte tas bort ur bilagan',
};

/** The refusal when the caller may see the claim but not change its attachments now. */
function refusal(identity: Identity, claim: ClaimRow, action: AttachmentAction, uploadedBy?: string): DomainError {
  const forClaim = { status: claim.status as ClaimStatus, districtCode: claim.districtCode };
  const side = attachmentSide(identity, forClaim);
  if (side === null) return new ForbiddenError(`${ACTION_TEXT[action]}: det får bara Statsbidragsgruppen eller stadsdelens handläggare göra.`);
  if (side === 'DISTRICT' && (action === 'RENAME' || action === 'REMOVE_PAGES')) {
    return new DomainError(ErrorCode.FORBIDDEN, `${ACTION_TEXT[action]}: det får bara Statsbidragsgruppen göra.`, { reason: 'FORBIDDEN_ROLE' });
  }
  if (side === 'DISTRICT' && action === 'REMOVE' && uploadedBy !== identity.sub && mayChangeAttachments(identity, forClaim, 'ADD')) {
    return new DomainError(ErrorCode.FORBIDDEN, `${ACTION_TEXT[action]}: stadsdelen kan bara ta bort filer som den själv har lagt till.`, { reason: 'NOT_OWN_UPLOAD' });
  }
  const label = CLAIM_STATUS_LABELS[forClaim.status] ?? claim.status;
  return new DomainError(ErrorCode.CONFLICT, `${ACTION_TEXT[action]}: återsökningen har status "${label}".`, { reason: 'WRONG_STATUS', status: claim.status });
}

async function lockedClaim(tx: EntityManager, identity: Identity, claimId: string): Promise<ClaimRow> {
  const claim = isUuid(claimId) ? await tx.findOne(ClaimEntity, { id: claimId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!claim || !canSeeDistrict(identity, claim.districtCode)) throw new NotFoundError(NOT_FOUND_CLAIM);
  return claim;
}

/** A current attachment (not removed) of a claim the caller may see, with its claim locked. */
async function lockedAttachment(tx: EntityManager, identity: Identity, attachmentId: string): Promise<{ attachment: ClaimAttachmentRow; claim: ClaimRow }> {
  const attachment = isUuid(attachmentId) ? await tx.findOne(ClaimAttachmentEntity, { id: attachmentId, removedAt: null }) : null;
  if (!attachment) throw new NotFoundError(NOT_FOUND_ATTACHMENT);
  const claim = await tx.findOne(ClaimEntity, { id: attachment.claimId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!claim || !canSeeDistrict(identity, claim.districtCode)) throw new NotFoundError(NOT_FOUND_ATTACHMENT);
  await tx.refresh(attachment);
  if (attachment.removedAt) throw new NotFoundError(NOT_FOUND_ATTACHMENT);
  if (attachment.supersededAt) {
    throw new DomainError(ErrorCode.CONFLICT, 'Bilagan har ersatts av en nyare version. Ändra den nya versionen i stället.', { reason: 'SUPERSEDED' });
  }
  return { attachment, claim };
}

function ensureMay(identity: Identity, claim: ClaimRow, action: AttachmentAction, uploadedBy?: string): void {
  if (!mayChangeAttachments(identity, claim as { status: ClaimStatus; districtCode: string }, action, uploadedBy)) throw refusal(identity, claim, action, uploadedBy);
}

/** An attachment edit by AmF on an accepted claim starts the preparation (step 4, "sätts automatiskt"). */
async function startPreparationIfAccepted(tx: EntityManager, identity: Identity, claim: ClaimRow, now: Date): Promise<void> {
  if (claim.status !== ClaimStatus.ATERSOK_ACCEPTERAD_AMF || attachmentSide(identity, claim as { status: ClaimStatus; districtCode: string }) !== 'COORDINATOR') return;
  await tx.flush();
  await changeClaimStatus(tx, identity, claim.id, { command: 'START_PREPARING', comment: AUTO_PREPARATION_STARTED }, now);
}

/** Records who changed which attachment, and why, next to the claim's other edits. */
function recordEdit(tx: EntityManager, identity: Identity, claimId: string, before: Record<string, unknown>, after: Record<string, unknown>, reason: string | null, now: Date): void {
  tx.create(ClaimEditEntity, { id: randomUUID(), claimId, changedBy: identity.sub, changedAt: now, before, after, reason });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface AddAttachmentCommand {
  claimId: string;
  kind: string;
  fileName: string;
  contentBase64: string;
  supplementRequestId?: string | null;
}

/**
 * Attaches a file to a claim. A district upload that completes the kinds the claim type requires
 * moves a claim in INITIERAD_AV_SDF to UNDERLAG_FRAN_SDF_INKOMMEN; an AmF upload to an accepted
 * claim starts its preparation. Both are recorded in the history like a user's step.
 */
export async function addClaimAttachment(em: EntityManager, identity: Identity, command: AddAttachmentCommand, now: Date = new Date()): Promise<ClaimAttachmentRow> {
  const problems: FieldProblem[] = [];
  if (!isAttachmentKind(command.kind)) problems.push({ field: 'kind', reason: 'UNKNOWN_KIND', message: `Bilagetypen ${command.kind} finns inte.` });
  if (command.supplementRequestId != null && !isUuid(command.supplementRequestId)) {
    problems.push({ field: 'supplementRequestId', reason: 'FORMAT', message: 'Kompletteringen finns inte.' });
  }
  const checked = checkUpload(command.fileName, command.contentBase64);
  if (!checked.ok) problems.push(...checked.problems);
  if (problems.length || !checked.ok) throw ValidationError.of(problems);
  const file = checked.file;

  return em.transactional(async (tx) => {
    const claim = await lockedClaim(tx, identity, command.claimId);
    ensureMay(identity, claim, 'ADD');
    if (command.supplementRequestId) {
      const request = await tx.findOne(ClaimSupplementRequestEntity, { id: command.supplementRequestId, claimId: claim.id });
      if (!request) throw new ValidationError('supplementRequestId', 'Kompletteringen finns inte på den här återsökningen.', 'NOT_FOUND');
    }
    const attachment = tx.create(ClaimAttachmentEntity, {
      id: randomUUID(), claimId: claim.id, kind: command.kind, fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.content.length,
      sha256: sha256(file.content), content: file.content, pageCount: file.mediaType === MediaType.PDF ? await pdfPageCount(file.content) : null,
      supplementRequestId: command.supplementRequestId ?? null, derivedFromId: null, removedPages: null,
      supersededAt: null, removedAt: null, removedBy: null, uploadedBy: identity.sub, uploadedAt: now,
    });
    await tx.flush();

    const side = attachmentSide(identity, claim as { status: ClaimStatus; districtCode: string });
    if (side === 'DISTRICT' && claim.status === ClaimStatus.INITIERAD_AV_SDF) {
      const type = await tx.findOne(ClaimTypeEntity, { code: claim.claimTypeCode });
      const present = await tx.find(ClaimAttachmentEntity, { claimId: claim.id, removedAt: null, supersededAt: null }, { fields: ['kind'] });
      if (missingKinds(type?.requiredAttachmentKinds ?? [], present.map((a) => a.kind)).length === 0) {
        await changeClaimStatus(tx, identity, claim.id, { command: 'MARK_DOCUMENTS_RECEIVED', comment: AUTO_DOCUMENTS_RECEIVED }, now);
      }
    }
    await startPreparationIfAccepted(tx, identity, claim, now);
    return attachment;
  });
}

/** AmF renames a file; the extension must still fit the content. */
export async function renameClaimAttachment(em: EntityManager, identity: Identity, attachmentId: string, fileName: string, now: Date = new Date()): Promise<ClaimAttachmentRow> {
  const named = checkFileName(fileName);
  if (!named.ok) throw ValidationError.of([named.problem]);
  return em.transactional(async (tx) => {
    const { attachment, claim } = await lockedAttachment(tx, identity, attachmentId);
    ensureMay(identity, claim, 'RENAME');
    const fitted = nameForType(named.name, attachment.mediaType as MediaType);
    if (!fitted.ok) throw ValidationError.of([fitted.problem]);
    if (fitted.name !== attachment.fileName) {
      recordEdit(tx, identity, claim.id, { attachmentId: attachment.id, fileName: attachment.fileName }, { attachmentId: attachment.id, fileName: fitted.name }, 'Bilaga har bytt namn', now);
      attachment.fileName = fitted.name;
      await tx.flush();
      await startPreparationIfAccepted(tx, identity, claim, now);
    }
    return attachment;
  });
}

/** Takes a file off the claim; the row stays (removedAt/removedBy) for the record. */
export async function removeClaimAttachment(em: EntityManager, identity: Identity, attachmentId: string, reason: string | null | undefined, now: Date = new Date()): Promise<ClaimAttachmentRow> {
  const why = (reason ?? '').trim();
  if (why.length > MAX_REASON) throw new ValidationError('reason', 'Anledningen får vara högst 4 000 tecken.', 'TOO_LONG');
  return em.transactional(async (tx) => {
    const { attachment, claim } = await lockedAttachment(tx, identity, attachmentId);
    ensureMay(identity, claim, 'REMOVE', attachment.uploadedBy);
    attachment.removedAt = now;
    attachment.removedBy = identity.sub;
    recordEdit(tx, identity, claim.id, { attachmentId: attachment.id, fileName: attachment.fileName }, { attachmentId: attachment.id, removed: true }, why || 'Bilaga borttagen', now);
    await tx.flush();
    await startPreparationIfAccepted(tx, identity, claim, now);
    return attachment;
  });
}

/**
 * AmF removes pages from a PDF: a new attachment without them (derivedFromId, removedPages) replaces
 * the original, which is kept (supersededAt) and stays downloadable.
 */
export async function removeClaimAttachmentPages(em: EntityManager, identity: Identity, attachmentId: string, pages: readonly number[], now: Date = new Date()): Promise<ClaimAttachmentRow> {
  return em.transactional(async (tx) => {
    const { attachment, claim } = await lockedAttachment(tx, identity, attachmentId);
    ensureMay(identity, claim, 'REMOVE_PAGES');
    if (attachment.mediaType !== MediaType.PDF) throw new ValidationError('attachmentId', `Sidor kan bara tas bort ur PDF-filer. ${attachment.fileName} är inte en PDF.`, 'NOT_PDF');
    const content = await loadContent(tx, attachment.id);
    const pageCount = content ? await pdfPageCount(content) : null;
    if (!content || pageCount === null) throw new ValidationError('attachmentId', `PDF-filen ${attachment.fileName} kunde inte läsas, så sidor kan inte tas bort ur den.`, 'UNREADABLE_PDF');
    const checked = checkPagesToRemove(pages, pageCount);
    if (!checked.ok) throw new ValidationError('pages', checked.message, checked.reason);
    const excerpt = await pdfWithoutPages(content, checked.pages);
    if (!excerpt) throw new ValidationError('attachmentId', `PDF-filen ${attachment.fileName} kunde inte läsas, så sidor kan inte tas bort ur den.`, 'UNREADABLE_PDF');

    attachment.supersededAt = now;
    const derived = tx.create(ClaimAttachmentEntity, {
      id: randomUUID(), claimId: claim.id, kind: attachment.kind, fileName: excerptName(attachment.fileName), mediaType: MediaType.PDF, sizeBytes: excerpt.length,
      sha256: sha256(excerpt), content: excerpt, pageCount: pageCount - checked.pages.length,
      supplementRequestId: attachment.supplementRequestId ?? null, derivedFromId: attachment.id, removedPages: checked.pages,
      supersededAt: null, removedAt: null, removedBy: null, uploadedBy: identity.sub, uploadedAt: now,
    });
    recordEdit(tx, identity, claim.id, { attachmentId: attachment.id, fileName: attachment.fileName }, { attachmentId: derived.id, fileName: derived.fileName, removedPages: checked.pages }, `Sidor borttagna: ${checked.pages.join(', ')}`, now);
    await tx.flush();
    await startPreparationIfAccepted(tx, identity, claim, now);
    return derived;
  });
}

/** The content of attachments (the lazy column), one statement for all ids. */
export async function loadContents(em: EntityManager, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const rows = await em.find(ClaimAttachmentEntity, { id: { $in: [...ids] } }, { populate: ['content'] });
  return new Map(rows.map((r) => [r.id, Buffer.from(r.content as Uint8Array)]));
}

async function loadContent(em: EntityManager, id: string): Promise<Buffer | null> {
  return (await loadContents(em, [id])).get(id) ?? null;
}

/** Which attachments a claim has for the kinds its type requires. */
export function missingAttachmentKinds(required: readonly string[], attachments: readonly ClaimAttachmentRow[]): AttachmentKind[] {
  return missingKinds(required, attachments.filter((a) => !a.supersededAt && !a.removedAt).map((a) => a.kind));
}
