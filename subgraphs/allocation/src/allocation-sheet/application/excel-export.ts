import ExcelJS from 'exceljs';
import type { SheetContent } from './sheet-content.js';
import { LINE_KIND_LABELS, STATUS_LABELS } from './sheet-labels.js';
import type { SheetStatus } from './sheet-versions.js';

/** Kronor with two decimals and a thousands separator; the cell value is kronor (öre / 100). */
export const KRONOR_FORMAT = '#,##0.00 "kr"';
const kr = (ore: number) => ore / 100;

export interface ExportedFileContent {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/**
 * The sheet as an Excel workbook: one worksheet per view (Fördelning, Avstämning, Ej fördelade
 * medel, Initiala kostnader) with Swedish headers, kronor cells and a sum row equal to the sheet.
 */
export async function exportSheetToExcel(meta: { month: string; version: number; status: SheetStatus }, content: SheetContent): Promise<ExportedFileContent> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Statsbidrag';

  const lines = wb.addWorksheet('Fördelning');
  lines.addRow([`Fördelningsark ${meta.month}, version ${meta.version} – ${STATUS_LABELS[meta.status]}`]).font = { bold: true };
  header(lines, ['Ersättningskod', 'Slag', 'Stadsdel', 'Utbetalt', 'Återkrävt', 'Belopp']);
  for (const l of content.lines) lines.addRow([l.compensationCode, LINE_KIND_LABELS[l.kind], l.districtCode ?? '', kr(l.paid), kr(l.recovered), kr(l.amount)]);
  sumRow(lines, ['Summa', '', '', sum(content.lines.map((l) => l.paid)), sum(content.lines.map((l) => l.recovered)), content.total]);
  money(lines, [4, 5, 6]);

  const rec = wb.addWorksheet('Avstämning');
  header(rec, ['Ersättningskod', 'Utbetalt av MiG', 'Fördelat', 'Ej fördelat', 'AmF:s intäkt', 'Återkrav', 'Differens']);
  for (const r of content.reconciliation.rows) rec.addRow([r.compensationCode, kr(r.migPaid), kr(r.allocated), kr(r.unallocated), kr(r.amfRevenue), kr(r.recoveries), kr(r.difference)]);
  const rows = content.reconciliation.rows;
  sumRow(rec, ['Summa', ...(['migPaid', 'allocated', 'unallocated', 'amfRevenue', 'recoveries', 'difference'] as const).map((k) => sum(rows.map((r) => r[k])))]);
  money(rec, [2, 3, 4, 5, 6, 7]);
  rec.addRow([]);
  rec.addRow([content.reconciliation.ok ? 'Arket stämmer mot MiG:s utbetalning.' : 'Arket stämmer inte:']);
  for (const d of content.reconciliation.deviations) rec.addRow([d.message]);

  const un = wb.addWorksheet('Ej fördelade medel');
  header(un, ['Ersättningskod', 'Utbetalning', 'Person', 'Skäl', 'Sparad', 'Belopp']);
  for (const u of content.unallocatedItems) un.addRow([u.compensationCode, u.rowId, u.personId ?? '', u.reason, u.saved ? 'Ja' : 'Nej', kr(u.amount)]);
  sumRow(un, ['Summa', '', '', '', '', sum(content.unallocatedItems.map((u) => u.amount))]);
  money(un, [6]);

  const ini = wb.addWorksheet('Initiala kostnader');
  header(ini, ['Ersättningskod', 'Stadsdel', 'Åldersgrupp', 'Personer', 'Belopp']);
  for (const s of content.initialCostSplit) ini.addRow([s.compensationCode, s.districtCode ?? 'AmF:s intäkt', s.band, s.persons, kr(s.amount)]);
  sumRow(ini, ['Summa', '', '', sum(content.initialCostSplit.map((s) => s.persons)), sum(content.initialCostSplit.map((s) => s.amount))], [4]);
  money(ini, [5]);

  const buffer = await wb.xlsx.writeBuffer();
  return {
    fileName: `fordelningsark-${meta.month}-v${meta.version}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function header(ws: ExcelJS.Worksheet, titles: string[]): void {
  const row = ws.addRow(titles);
  row.font = { bold: true };
  titles.forEach((t, i) => (ws.getColumn(i + 1).width = Math.max(ws.getColumn(i + 1).width ?? 10, t.length + 4, 14)));
}

/** A bold sum row; numbers are öre (converted to kronor) except the columns in `counts`. */
function sumRow(ws: ExcelJS.Worksheet, values: (string | number)[], counts: number[] = []): void {
  const row = ws.addRow(values.map((v, i) => (typeof v === 'number' && !counts.includes(i + 1) ? kr(v) : v)));
  row.font = { bold: true };
}

function money(ws: ExcelJS.Worksheet, columns: number[]): void {
  for (const c of columns) ws.getColumn(c).numFmt = KRONOR_FORMAT;
}
