import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Återsökning: a claim for reimbursement of a district's cost, sent by AmF to MiG. */
export const ClaimEntity = defineEntity({
  name: 'Claim',
  tableName: 'claim',
  properties: {
    id: p.uuid().primary(),
    personId: p.uuid().index(),
    /** Cost-bearing district (kostnadsbärande SDF). */
    districtCode: p.string().index(),
    unitCode: p.string().nullable(),
    officerUsername: p.string().nullable(),
    /** Ansvarig handläggare at AmF: the claim type's default officer when the claim was created; null = Statsbidragsgruppen. */
    responsibleUsername: p.string().nullable(),
    claimTypeCode: p.string(),
    status: p.string().index(),
    /** Null while an AmF proposal (step 1b) waits for the district's officer to fill it in. */
    amountOre: p.bigint('number').nullable(),
    periodFrom: p.date().nullable(),
    periodTo: p.date().nullable(),
    initiatedBy: p.string(),
    question: p.text().nullable(),
    /** AmF's reason code (ClaimRejectionReason) when AmF rejected the claim; null for a district's decline. */
    rejectionReasonCode: p.string().nullable(),
    /** Why the district declined or AmF rejected the claim. */
    rejectionReasonText: p.text().nullable(),
    /** MiG:s diarienummer for the application (step 5.2). */
    migCaseNumber: p.string().nullable(),
    /** POST or E_TJANST. */
    sentChannel: p.string().nullable(),
    sentToMigAt: p.datetime().nullable(),
    /** The proposal import (step 1b, Excel) that created the claim, if any. */
    proposalImportId: p.uuid().nullable(),
    createdBy: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()).index(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type ClaimRow = InferEntity<typeof ClaimEntity>;

/** Every status change of a claim: who, when, from, to, why. */
export const ClaimStatusChangeEntity = defineEntity({
  name: 'ClaimStatusChange',
  tableName: 'claim_status_change',
  properties: {
    id: p.uuid().primary(),
    claimId: p.uuid().index(),
    fromStatus: p.string().nullable(),
    toStatus: p.string(),
    changedBy: p.string(),
    changedAt: p.datetime(),
    reason: p.text().nullable(),
  },
});
export type ClaimStatusChangeRow = InferEntity<typeof ClaimStatusChangeEntity>;

/** Komplettering: AmF asks the district for more (step 3); a claim can have several, answered in turn. */
export const ClaimSupplementRequestEntity = defineEntity({
  name: 'ClaimSupplementRequest',
  tableName: 'claim_supplement_request',
  properties: {
    id: p.uuid().primary(),
    claimId: p.uuid().index(),
    description: p.text(),
    replyBy: p.date(),
    requestedBy: p.string(),
    requestedAt: p.datetime(),
    answer: p.text().nullable(),
    answeredBy: p.string().nullable(),
    answeredAt: p.datetime().nullable(),
  },
});
export type ClaimSupplementRequestRow = InferEntity<typeof ClaimSupplementRequestEntity>;

/** Återsökningstyp: a compensation type paid after application. */
export const ClaimTypeEntity = defineEntity({
  name: 'ClaimType',
  tableName: 'claim_type',
  properties: {
    code: p.string().primary(),
    name: p.string(),
    groupName: p.string(),
    active: p.boolean().default(true),
    /** Attachment kinds (AttachmentKind) the claim type needs before AmF can send it to MiG. */
    requiredAttachmentKinds: p.array().default([]),
  },
});
export type ClaimTypeRow = InferEntity<typeof ClaimTypeEntity>;

/** An edit of a claim's details (not its status): who, when, which fields, before and after. */
export const ClaimEditEntity = defineEntity({
  name: 'ClaimEdit',
  tableName: 'claim_edit',
  properties: {
    id: p.uuid().primary(),
    claimId: p.uuid().index(),
    changedBy: p.string(),
    changedAt: p.datetime(),
    before: p.json<Record<string, unknown>>(),
    after: p.json<Record<string, unknown>>(),
    reason: p.text().nullable(),
  },
});
export type ClaimEditRow = InferEntity<typeof ClaimEditEntity>;

/** An Excel file of AmF's claim proposals (step 1b); the same file twice is the same import. */
export const ClaimProposalImportEntity = defineEntity({
  name: 'ClaimProposalImport',
  tableName: 'claim_proposal_import',
  properties: {
    id: p.uuid().primary(),
    contentHash: p.string().unique(),
    fileName: p.string(),
    importedBy: p.string(),
    importedAt: p.datetime(),
    rowCount: p.integer(),
    createdCount: p.integer(),
    rejectedRows: p.json<{ row: number; field: string; reason: string; message: string }[]>(),
  },
});
export type ClaimProposalImportRow = InferEntity<typeof ClaimProposalImportEntity>;
