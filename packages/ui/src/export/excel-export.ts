import { saveBytes } from '../file/download-file.js';
import type { Workbook } from 'exceljs';

/** How a column's values are written: text, a plain number, or öre shown as kronor with 2 decimals. */
export type ExcelColumnFormat = 'text' | 'number' | 'kronorFromOre' | 'date';

/** One column of a sheet: its Swedish header and how a row turns into a cell. */
export interface ExcelColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Default 'text'. 'date' writes ÅÅÅÅ-MM-DD as text (no time zone surprises); 'kronorFromOre' divides by 100. */
  format?: ExcelColumnFormat;
  /** Column width in characters; default from the header and values (10–50). */
  width?: number;
}

export interface ExcelSheet<T = never> {
  /** Sheet name (Excel allows at most 31 characters and no []:*?/\). */
  name: string;
  columns: readonly ExcelColumn<T>[];
  rows: readonly T[];
}

/** A sheet of rows of any type (the array of sheets mixes row types). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExcelSheet = ExcelSheet<any>;

export const KRONOR_NUMBER_FORMAT = '#,##0.00';
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** exceljs is large: it is loaded when the first workbook is built, not with the page. */
async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  return mod.default ?? mod;
}

function safeSheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Blad';
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${(base = base.slice(0, 28))} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function cellValue(format: ExcelColumnFormat, value: string | number | null | undefined): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (format === 'kronorFromOre') return Number(value) / 100;
  if (format === 'number') return Number(value);
  return String(value);
}

/** Fills a workbook: one header row (bold, frozen, with a filter) per sheet, then one row per item. */
export function fillWorkbook(workbook: Workbook, sheets: readonly AnyExcelSheet[]): void {
  const used = new Set<string>();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(safeSheetName(sheet.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => {
      const longest = Math.max(c.header.length, ...sheet.rows.slice(0, 200).map((r) => String(c.value(r) ?? '').length));
      return {
        header: c.header,
        width: c.width ?? Math.min(50, Math.max(10, longest + 2)),
        ...(c.format === 'kronorFromOre' ? { style: { numFmt: KRONOR_NUMBER_FORMAT } } : {}),
      };
    });
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(sheet.columns.map((c) => cellValue(c.format ?? 'text', c.value(row))));
    if (sheet.columns.length && sheet.rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
}

/** The sheets as an .xlsx file. */
export async function buildWorkbook(sheets: readonly AnyExcelSheet[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Stockholms stad – statsbidrag';
  workbook.created = new Date();
  fillWorkbook(workbook, sheets);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Builds the workbook and downloads it as `fileName` (".xlsx" is added when missing). Returns the file. */
export async function downloadWorkbook(fileName: string, sheets: readonly AnyExcelSheet[]): Promise<Uint8Array> {
  const bytes = await buildWorkbook(sheets);
  const name = fileName.toLowerCase().endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  saveBytes(bytes, name, XLSX_MIME_TYPE);
  return bytes;
}
