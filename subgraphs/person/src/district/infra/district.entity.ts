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

export const UnitEntity = defineEntity({
  name: 'Unit',
  tableName: 'unit',
  properties: {
    code: p.string().primary(),
    name: p.string(),
    districtCode: p.string().index(),
  },
});
export type UnitRow = InferEntity<typeof UnitEntity>;
