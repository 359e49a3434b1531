import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Stadsdelsförvaltning with validity dates and successor (13 → 11 on 2023-07-01). */
export const DistrictEntity = defineEntity({
  name: 'District',
  tableName: 'district',
  properties: {
    code: p.string().primary(),
    name: p.string(),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    successorCode: p.string().nullable(),
    /** Username of the district's contact person (kontaktperson SDF). */
    contactUsername: p.string().nullable(),
  },
});
export type DistrictRow = InferEntity<typeof DistrictEntity>;

/** Enhet inside a district. Never deleted (claims and reports reference its code): deactivated instead. */
export const UnitEntity = defineEntity({
  name: 'Unit',
  tableName: 'unit',
  properties: {
    code: p.string().primary(),
    name: p.string(),
    districtCode: p.string().index(),
    /** False once the system administrator has deactivated the unit; it is then not offered for new cases. */
    active: p.boolean().default(true),
  },
});
export type UnitRow = InferEntity<typeof UnitEntity>;
