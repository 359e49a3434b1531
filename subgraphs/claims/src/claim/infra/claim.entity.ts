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
    amountOre: p.bigint('number'),
    periodFrom: p.date(),
    periodTo: p.date(),
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
  },
});
export type ClaimTypeRow = InferEntity<typeof ClaimTypeEntity>;
