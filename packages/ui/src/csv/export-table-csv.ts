import { saveBlob } from '../file/download-file.js';
/** One column of a CSV export: its header and how a row turns into text. */
export interface CsvColumn<T> {
  label: string;
  value: (row: T) => string | number | null | undefined;
}

export const CSV_SEPARATOR = ';';
/** Byte order mark, so that Excel opens the file as UTF-8 (å, ä, ö). */
export const CSV_BOM = '\uFEFF';

function escapeCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text for Swedish Excel: `;` between cells, CRLF between lines, header first.
 * Without the BOM; `exportTableCsv` adds it to the file.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => escapeCell(c.label)).join(CSV_SEPARATOR)];
  for (const row of rows) lines.push(columns.map((c) => escapeCell(c.value(row))).join(CSV_SEPARATOR));
  return lines.join('\r\n') + '\r\n';
}

export interface ExportTableCsvOptions<T> {
  /** File name; ".csv" is added when missing. */
  filename: string;
  columns: readonly CsvColumn<T>[];
  rows: readonly T[];
}

/**
 * Downloads the rows as a CSV file that Excel opens directly ("Exportera till Excel").
 * Returns the file content (with BOM) so that callers and tests can see what was written.
 */
export function exportTableCsv<T>({ filename, columns, rows }: ExportTableCsvOptions<T>): string {
  const content = CSV_BOM + toCsv(columns, rows);
  const name = filename.toLowerCase().endsWith('.csv') ? filename : `${filename}.csv`;
  saveBlob(new Blob([content], { type: 'text/csv;charset=utf-8' }), name);
  return content;
}

/** Today's date for file names: "2025-01-31". */
export function todayForFilename(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
