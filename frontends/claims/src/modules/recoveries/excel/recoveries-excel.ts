import type { AnyExcelSheet, ExcelSheet } from '@statsbidrag/ui';
import type { RecoveryDistrictSummary, RecoveryListNode } from '../graphql/recoveries.graphql.js';
import { districtText, sourceLabel } from '../recovery-rules.js';

/** A row of the district summary: one district, or the total ("Totalt") whose sums are the parts'. */
export interface SummaryRow {
  key: string;
  districtCode: string | null;
  name: string;
  count: number;
  openCount: number;
  amount: number;
  offsetAmount: number;
  remainingAmount: number;
  isTotal: boolean;
}

export const TOTAL_LABEL = 'Totalt';

/** The summary rows by district name, then the total row. */
export function summaryRows(summary: readonly RecoveryDistrictSummary[]): SummaryRow[] {
  const rows: SummaryRow[] = summary
    .map((s) => ({
      key: s.districtCode ?? '—',
      districtCode: s.districtCode,
      name: districtText(s),
      count: s.count,
      openCount: s.openCount,
      amount: s.amount,
      offsetAmount: s.offsetAmount,
      remainingAmount: s.remainingAmount,
      isTotal: false,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'));
  const sum = (field: 'count' | 'openCount' | 'amount' | 'offsetAmount' | 'remainingAmount') => rows.reduce((total, r) => total + r[field], 0);
  return [
    ...rows,
    {
      key: 'total',
      districtCode: null,
      name: TOTAL_LABEL,
      count: sum('count'),
      openCount: sum('openCount'),
      amount: sum('amount'),
      offsetAmount: sum('offsetAmount'),
      remainingAmount: sum('remainingAmount'),
      isTotal: true,
    },
  ];
}

export const SUMMARY_SHEET_COLUMNS: ExcelSheet<SummaryRow>['columns'] = [
  { header: 'Stadsdel', value: (r) => r.name },
  { header: 'Antal', value: (r) => r.count, format: 'number' },
  { header: 'Öppna', value: (r) => r.openCount, format: 'number' },
  { header: 'Återkrävt (kr)', value: (r) => r.amount, format: 'kronorFromOre' },
  { header: 'Kvittat (kr)', value: (r) => r.offsetAmount, format: 'kronorFromOre' },
  { header: 'Kvar (kr)', value: (r) => r.remainingAmount, format: 'kronorFromOre' },
];

export const LIST_SHEET_COLUMNS: ExcelSheet<RecoveryListNode>['columns'] = [
  { header: 'Person', value: (r) => r.person?.fullName ?? '' },
  { header: 'Stadsdel', value: (r) => districtText(r) },
  { header: 'Ersättning', value: (r) => r.compensationCode },
  { header: 'Period från', value: (r) => r.periodFrom, format: 'date' },
  { header: 'Period till', value: (r) => r.periodTo, format: 'date' },
  { header: 'Belopp (kr)', value: (r) => r.amount, format: 'kronorFromOre' },
  { header: 'Kvittat (kr)', value: (r) => r.offsetAmount, format: 'kronorFromOre' },
  { header: 'Kvar (kr)', value: (r) => r.remainingAmount, format: 'kronorFromOre' },
  { header: 'Status', value: (r) => r.statusLabel },
  { header: 'Överklagandefrist', value: (r) => r.appealDeadline, format: 'date' },
  { header: 'Källa', value: (r) => sourceLabel(r.source) },
];

/** The workbook "Återkrav": the summary per district and the recoveries of the current filter. */
export function recoverySheets(summary: readonly RecoveryDistrictSummary[], recoveries: readonly RecoveryListNode[]): AnyExcelSheet[] {
  return [
    { name: 'Per stadsdel', columns: SUMMARY_SHEET_COLUMNS, rows: summaryRows(summary) },
    { name: 'Återkrav', columns: LIST_SHEET_COLUMNS, rows: recoveries },
  ];
}
