import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The officer a new claim of a claim type (återsökningstyp) is assigned to. No officer
 * (`officerUsername` null) means Statsbidragsgruppen, the grants team as a whole; so does a claim
 * type without a row.
 */
export const DefaultOfficerEntity = defineEntity({
  name: 'DefaultOfficer',
  tableName: 'default_officer',
  properties: {
    claimTypeCode: p.string().primary(),
    officerUsername: p.string().nullable().index(),
    updatedAt: p.datetime(),
    updatedBy: p.string(),
  },
});
export type DefaultOfficerRow = InferEntity<typeof DefaultOfficerEntity>;
