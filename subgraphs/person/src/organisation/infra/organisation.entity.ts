import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The applicant (uppgiftslämnare / ansökande kommun) on every application: one row, id `DEFAULT`. */
export const ApplicantProfileEntity = defineEntity({
  name: 'ApplicantProfile',
  tableName: 'applicant_profile',
  properties: {
    id: p.string().primary(),
    municipalityName: p.string(),
    municipalityCode: p.string(),
    postalAddress: p.string(),
    postalCode: p.string(),
    city: p.string(),
    contactName: p.string(),
    phone: p.string(),
    email: p.string(),
    reference: p.string().nullable(),
    updatedAt: p.datetime(),
    updatedBy: p.string(),
  },
});
export type ApplicantProfileRow = InferEntity<typeof ApplicantProfileEntity>;
export const APPLICANT_PROFILE_ID = 'DEFAULT';

/** One change to the organisation (who, when, what, before and after): the history is append-only. */
export const OrganisationChangeEntity = defineEntity({
  name: 'OrganisationChange',
  tableName: 'organisation_change',
  properties: {
    id: p.uuid().primary(),
    at: p.datetime().index(),
    username: p.string(),
    entityType: p.string(),
    entityKey: p.string(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
  },
  indexes: [{ properties: ['entityType', 'entityKey'] }],
});
export type OrganisationChangeRow = InferEntity<typeof OrganisationChangeEntity>;
