import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * What an imported flat-rate file says MiG paid, per payment month and compensation code: every row
 * read, applied or not (deviations included). The reconciliation compares the allocation sheet
 * against these totals, so a row still in the deviation list shows as a difference.
 */
export const FlatRateImportTotalEntity = defineEntity({
  name: 'FlatRateImportTotal',
  tableName: 'flat_rate_import_total',
  uniques: [{ properties: ['importId', 'month', 'compensationCode'] }],
  properties: {
    id: p.uuid().primary(),
    importId: p.uuid().index(),
    /** ÅÅÅÅ-MM of the payment date. */
    month: p.string().length(7).index(),
    compensationCode: p.string(),
    /** Integer öre. */
    amount: p.bigint('number'),
    rows: p.integer(),
  },
});
export type FlatRateImportTotalRow = InferEntity<typeof FlatRateImportTotalEntity>;
