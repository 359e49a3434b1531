import { compare } from '../domain/allocation-sheet.js';
import { readAllocationSheetEnvironment, type AllocationSheetEnvironment } from '../../environment.js';
import type { ExportedFileContent } from './excel-export.js';
import type { SheetContent } from './sheet-content.js';

/**
 * Agresso payment file (issue 6 point 9, ADR 0019): one line per district cost centre with the sum
 * of the district's lines of an approved sheet. Layout from the environment:
 * - AGRESSO_LAYOUT: JSON, any of { delimiter, columns, account, decimalSeparator, header, text }
 * - AGRESSO_COST_CENTRES: JSON { "<district code>": "<cost centre>" }; a district not listed gets
 *   the default `SDF-<district code>`.
 * AmF's own revenue and unallocated funds are not paid out to a district and are not in the file.
 */

export const AGRESSO_COLUMNS = ['costCentre', 'account', 'period', 'amount', 'text', 'districtCode'] as const;
export type AgressoColumn = (typeof AGRESSO_COLUMNS)[number];

export interface AgressoLayout {
  delimiter: string;
  columns: AgressoColumn[];
  /** The account (konto) every line is booked on. */
  account: string;
  decimalSeparator: '.' | ',';
  /** A first line with the column names. */
  header: boolean;
  /** The line text; `{month}` is replaced by ÅÅÅÅ-MM, `{version}` by the version. */
  text: string;
  costCentres: Record<string, string>;
}

export const DEFAULT_AGRESSO_LAYOUT: AgressoLayout = {
  delimiter: ';',
  columns: ['costCentre', 'account', 'period', 'amount', 'text'],
  account: '3510',
  decimalSeparator: ',',
  header: false,
  text: 'Statsbidrag flykting {month} v{version}',
  costCentres: {},
};

export function agressoLayout(env: AllocationSheetEnvironment = readAllocationSheetEnvironment()): AgressoLayout {
  const layout: AgressoLayout = { ...DEFAULT_AGRESSO_LAYOUT, ...(env.AGRESSO_LAYOUT ? (JSON.parse(env.AGRESSO_LAYOUT) as Partial<AgressoLayout>) : {}) };
  if (env.AGRESSO_COST_CENTRES) layout.costCentres = { ...layout.costCentres, ...(JSON.parse(env.AGRESSO_COST_CENTRES) as Record<string, string>) };
  const unknown = layout.columns.filter((c) => !(AGRESSO_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw new Error(`AGRESSO_LAYOUT har okända kolumner: ${unknown.join(', ')}`);
  return layout;
}

export function costCentreFor(districtCode: string, layout: AgressoLayout): string {
  return layout.costCentres[districtCode] ?? `SDF-${districtCode}`;
}

export interface AgressoLine {
  districtCode: string;
  costCentre: string;
  amount: number;
}

/** One line per district cost centre (districts sharing a cost centre are summed together). */
export function agressoLines(content: SheetContent, layout: AgressoLayout): AgressoLine[] {
  const byCentre = new Map<string, AgressoLine>();
  for (const l of content.lines) {
    if (l.kind !== 'DISTRICT' || !l.districtCode) continue;
    const costCentre = costCentreFor(l.districtCode, layout);
    const line = byCentre.get(costCentre) ?? { districtCode: l.districtCode, costCentre, amount: 0 };
    line.amount += l.amount;
    byCentre.set(costCentre, line);
  }
  return [...byCentre.values()].filter((l) => l.amount !== 0).sort((a, b) => compare(a.costCentre, b.costCentre));
}

function formatAmount(ore: number, decimalSeparator: string): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.trunc(abs / 100)}${decimalSeparator}${String(abs % 100).padStart(2, '0')}`;
}

export function agressoFile(meta: { month: string; version: number }, content: SheetContent, layout: AgressoLayout = agressoLayout()): ExportedFileContent {
  const period = meta.month.replace('-', '');
  const text = layout.text.replace('{month}', meta.month).replace('{version}', String(meta.version));
  const cell = (line: AgressoLine, column: AgressoColumn): string =>
    ({ costCentre: line.costCentre, account: layout.account, period, amount: formatAmount(line.amount, layout.decimalSeparator), text, districtCode: line.districtCode })[column];
  const rows = agressoLines(content, layout).map((line) => layout.columns.map((c) => cell(line, c)).join(layout.delimiter));
  const all = layout.header ? [layout.columns.join(layout.delimiter), ...rows] : rows;
  return {
    fileName: `agresso-${meta.month}-v${meta.version}.txt`,
    contentType: 'text/plain; charset=utf-8',
    contentBase64: Buffer.from(`${all.join('\r\n')}\r\n`, 'utf8').toString('base64'),
  };
}
