import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The rules the system administrator may change (one row, id 1). */
export const DecisionSettingsEntity = defineEntity({
  name: 'DecisionSettings',
  tableName: 'decision_settings',
  properties: {
    id: p.integer().primary(),
    /** Laga kraft = decision date + this many days unless appealed (FL 44 §: three weeks). */
    appealDays: p.integer().default(21),
    /** Purge date = laga kraft + this many days. */
    purgeDaysAfterFinal: p.integer().default(21),
    updatedBy: p.string().nullable(),
    updatedAt: p.datetime().nullable(),
  },
});
export type DecisionSettingsRow = InferEntity<typeof DecisionSettingsEntity>;
