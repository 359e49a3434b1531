import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The claims subgraph's claims as `claims.claim-changed` describes them (for matching MiG's rows). */
export const ClaimCopyEntity = defineEntity({
  name: 'ClaimCopy',
  tableName: 'claim_copy',
  properties: {
    claimId: p.uuid().primary(),
    personId: p.uuid().nullable().index(),
    districtCode: p.string().nullable(),
    claimTypeCode: p.string(),
    periodFrom: p.date().nullable(),
    periodTo: p.date().nullable(),
    amount: p.bigint('number').nullable(),
    migCaseNumber: p.string().nullable().index(),
    officerUsername: p.string().nullable(),
    status: p.string(),
    stateAt: p.datetime(),
  },
});
export type ClaimCopyRow = InferEntity<typeof ClaimCopyEntity>;

/** The person subgraph's identifiers and registration districts (`person.identity-changed`). */
export const PersonIdentityEntity = defineEntity({
  name: 'PersonIdentity',
  tableName: 'person_identity',
  properties: {
    personId: p.uuid().primary(),
    personalIdentityNumber: p.string().nullable().index(),
    migIndividualNumber: p.string().nullable().index(),
    birthDate: p.date().nullable(),
    registrations: p.json<{ from: string; districtCode: string | null }[]>(),
    mergedInto: p.uuid().nullable(),
    purged: p.boolean().default(false),
    stateAt: p.datetime(),
  },
});
export type PersonIdentityRow = InferEntity<typeof PersonIdentityEntity>;
