import { downloadWorkbook, todayForFilename, type ExcelColumn } from '@statsbidrag/ui';
import { finalityText } from './decision-labels.js';
import type { DecisionListNode } from './graphql/decisions.graphql.js';

/** The decisions sheet; "Stadsdel" only for central roles (a district sees its own only). */
export function decisionExcelColumns(withDistrict: boolean): ExcelColumn<DecisionListNode>[] {
  return [
    { header: 'Diarienummer', value: (d) => d.migCaseNumber },
    { header: 'Ersättning', value: (d) => d.claimTypeCode },
    { header: 'Period från', value: (d) => d.periodFrom, format: 'date' },
    { header: 'Period till', value: (d) => d.periodTo, format: 'date' },
    { header: 'Utfall', value: (d) => d.outcomeLabel },
    { header: 'Beslutsdatum', value: (d) => d.decidedAt, format: 'date' },
    { header: 'Beviljat (kr)', value: (d) => d.grantedAmount, format: 'kronorFromOre' },
    { header: 'Utbetalt (kr)', value: (d) => d.paidAmount, format: 'kronorFromOre' },
    { header: 'Laga kraft', value: (d) => d.finalAt, format: 'date' },
    { header: 'Laga kraft-status', value: (d) => finalityText(d) || 'Ej laga kraft än' },
    ...(withDistrict ? [{ header: 'Stadsdel', value: (d: DecisionListNode) => d.district?.name ?? '' }] : []),
    { header: 'Källa', value: (d) => d.sourceLabel },
  ];
}

export const decisionsFileName = (now: Date = new Date()): string => `beslut-${todayForFilename(now)}.xlsx`;

/** Downloads "beslut-ÅÅÅÅ-MM-DD.xlsx": sheet "Beslut" and sheet "Filter" (the filter used and the row count). */
export function downloadDecisionsWorkbook(rows: readonly DecisionListNode[], filters: [string, string][], withDistrict: boolean): Promise<Uint8Array> {
  const filterRows: [string, string][] = [
    ...(filters.length ? filters : [['Filter', 'Inga (alla beslut du får se)'] as [string, string]]),
    ['Antal rader', String(rows.length)],
    ['Exporterad', todayForFilename()],
  ];
  return downloadWorkbook(decisionsFileName(), [
    { name: 'Beslut', columns: decisionExcelColumns(withDistrict), rows },
    { name: 'Filter', columns: [{ header: 'Filter', value: (r: [string, string]) => r[0] }, { header: 'Värde', value: (r: [string, string]) => r[1] }], rows: filterRows },
  ]);
}
