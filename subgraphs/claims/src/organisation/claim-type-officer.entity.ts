import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The claims subgraph's copy of each claim type's default officer at AmF (owned by the person
 * subgraph's organisation, delivered by `person.default-officer-changed`). A missing row or a null
 * username means Statsbidragsgruppen.
 */
export const ClaimTypeOfficerEntity = defineEntity({
  name: 'ClaimTypeOfficer',
  tableName: 'claim_type_officer',
  properties: {
    claimTypeCode: p.string().primary(),
    username: p.string().nullable(),
    /** When the organisation set it: an older event never overwrites a newer setting. */
    setAt: p.datetime(),
  },
});
export type ClaimTypeOfficerRow = InferEntity<typeof ClaimTypeOfficerEntity>;
