import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** MiG's compensation code table (ersättningskoder), editable reference data with validity dates. */
export const CompensationTypeEntity = defineEntity({
  name: 'CompensationType',
  tableName: 'compensation_type',
  properties: {
    code: p.string().primary(),
    /** Group code (GRUPP), e.g. SKOLA. */
    groupCode: p.string().index(),
    groupName: p.string(),
    /** Plain text (KLARTEXT). */
    name: p.string(),
    /** True: paid after an application (återsökning); false: paid without one (schablon). */
    paidWithApplication: p.boolean(),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    updatedAt: p.datetime(),
    updatedBy: p.string(),
  },
});
export type CompensationTypeRow = InferEntity<typeof CompensationTypeEntity>;
