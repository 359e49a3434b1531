import { downloadWorkbook, todayForFilename, type ExcelColumn } from '@statsbidrag/ui';
import type { PaymentLineNode } from './graphql/payments.graphql.js';

export const PAYMENT_LINE_EXCEL_COLUMNS: ExcelColumn<PaymentLineNode>[] = [
  { header: 'Månad', value: (l) => l.month },
  { header: 'Konto', value: (l) => l.account },
  { header: 'Diarienummer', value: (l) => l.migCaseNumber },
  { header: 'Individnummer', value: (l) => l.migIndividualNumber },
  { header: 'Period från', value: (l) => l.periodFrom, format: 'date' },
  { header: 'Period till', value: (l) => l.periodTo, format: 'date' },
  { header: 'Ersättning', value: (l) => l.compensationCode },
  { header: 'Belopp (kr)', value: (l) => l.amount, format: 'kronorFromOre' },
  { header: 'Återkrav', value: (l) => (l.isRecovery ? 'Ja' : 'Nej') },
  { header: 'Referens', value: (l) => l.reference },
  { header: 'Kopplad till beslut', value: (l) => (l.decisionId ? 'Ja' : 'Nej') },
  { header: 'Stadsdel', value: (l) => l.district?.name ?? l.districtCode ?? '' },
];

/** "utbetalningar-2025-03-ÅÅÅÅ-MM-DD.xlsx" (the month, then the day of the export). */
export const paymentsFileName = (month: string, now: Date = new Date()): string => `utbetalningar-${month}-${todayForFilename(now)}.xlsx`;

/** Downloads the lines: sheet "Utbetalningsrader" and sheet "Filter". */
export function downloadPaymentLinesWorkbook(month: string, rows: readonly PaymentLineNode[], filters: [string, string][]): Promise<Uint8Array> {
  const filterRows: [string, string][] = [...filters, ['Antal rader', String(rows.length)], ['Exporterad', todayForFilename()]];
  return downloadWorkbook(paymentsFileName(month), [
    { name: 'Utbetalningsrader', columns: PAYMENT_LINE_EXCEL_COLUMNS, rows },
    { name: 'Filter', columns: [{ header: 'Filter', value: (r: [string, string]) => r[0] }, { header: 'Värde', value: (r: [string, string]) => r[1] }], rows: filterRows },
  ]);
}
