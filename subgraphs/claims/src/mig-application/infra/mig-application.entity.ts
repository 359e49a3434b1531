import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The applicant data printed on an application (the profile, possibly overridden for this one). */
export interface ApplicantSnapshot {
  municipalityName: string;
  municipalityCode: string;
  postalAddress: string;
  postalCode: string;
  city: string;
  contactName: string;
  phone: string;
  email: string;
  reference: string | null;
}

/**
 * Ansökan till MiG (step 5.1): claims compiled into one application – workbook, MiG form PDF and
 * attachment bundle are produced from this record.
 */
export const MigApplicationEntity = defineEntity({
  name: 'MigApplication',
  tableName: 'mig_application',
  properties: {
    id: p.uuid().primary(),
    /** Human reference, e.g. ANS-2026-0007. */
    reference: p.string().unique(),
    claimTypeCode: p.string(),
    periodFrom: p.date(),
    periodTo: p.date(),
    applicant: p.json<ApplicantSnapshot>(),
    /** Comment per cost-bearing district: { districtCode: text }. */
    districtComments: p.json<Record<string, string>>(),
    createdBy: p.string(),
    createdAt: p.datetime(),
  },
});
export type MigApplicationRow = InferEntity<typeof MigApplicationEntity>;

export const MigApplicationClaimEntity = defineEntity({
  name: 'MigApplicationClaim',
  tableName: 'mig_application_claim',
  properties: {
    applicationId: p.uuid().primary(),
    claimId: p.uuid().primary().index(),
    position: p.integer(),
  },
});
export type MigApplicationClaimRow = InferEntity<typeof MigApplicationClaimEntity>;
