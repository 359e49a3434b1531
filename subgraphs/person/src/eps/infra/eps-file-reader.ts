import ExcelJS from 'exceljs';
import { CsvSyntaxError, detectSeparator, parseCsv } from './csv.js';

/** The file as a whole cannot be read: nothing of it is applied. Swedish message for the user. */
export class EpsFileError extends Error {
  constructor(
    readonly reason: 'FILE_TYPE' | 'ENCODING' | 'EMPTY' | 'CORRUPT' | 'TOO_LARGE' | 'TOO_MANY_ROWS',
    message: string,
  ) {
    super(message);
  }
}

export interface EpsSheetRow {
  /** Row number as a spreadsheet program shows it (the header is row 1). */
  rowNumber: number;
  values: unknown[];
}

export interface EpsSheet {
  format: 'CSV' | 'XLSX';
  header: unknown[];
  rows: EpsSheetRow[];
}

export const MAX_EPS_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_EPS_ROWS = 200_000;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

function extensionOf(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * Reads an EPS extract: CSV (`;`, `,` or tab separated, UTF-8 with or without BOM) or Excel
 * (.xlsx, first worksheet with content). Row 1 is the header. Throws `EpsFileError` when the file
 * cannot be read at all.
 */
export async function readEpsFile(fileName: string, bytes: Uint8Array): Promise<EpsSheet> {
  if (bytes.length === 0) throw new EpsFileError('EMPTY', 'Filen är tom.');
  if (bytes.length > MAX_EPS_FILE_BYTES) throw new EpsFileError('TOO_LARGE', 'Filen är större än 10 MB. Dela upp uttaget i flera filer.');
  const ext = extensionOf(fileName);
  if (ext === 'xls') throw new EpsFileError('FILE_TYPE', 'Det äldre Excel-formatet (.xls) stöds inte. Spara filen som Excel-arbetsbok (.xlsx) eller CSV.');
  if (!['csv', 'txt', 'xlsx'].includes(ext)) {
    throw new EpsFileError('FILE_TYPE', `Filtypen ${ext ? `.${ext}` : 'utan filändelse'} stöds inte. Använd CSV (.csv) eller Excel (.xlsx).`);
  }
  if (ext === 'xlsx' || isZip(bytes)) {
    if (!isZip(bytes)) throw new EpsFileError('CORRUPT', 'Filen är ingen giltig Excel-arbetsbok (.xlsx). Den kan vara skadad eller ha fel filändelse.');
    return readXlsx(bytes);
  }
  return readCsv(bytes);
}

function readCsv(bytes: Uint8Array): EpsSheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // removes a BOM
  } catch {
    throw new EpsFileError('ENCODING', 'Filen är ingen läsbar text i UTF-8. Spara den som CSV (UTF-8) och försök igen.');
  }
  if (text.includes('\u0000')) throw new EpsFileError('ENCODING', 'Filen är ingen läsbar text i UTF-8. Spara den som CSV (UTF-8) och försök igen.');
  if (text.trim() === '') throw new EpsFileError('EMPTY', 'Filen är tom.');
  let records: string[][];
  try {
    records = parseCsv(text, detectSeparator(text));
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new EpsFileError('CORRUPT', `CSV-filen kunde inte läsas: ${err.message}`);
    throw err;
  }
  if (records.length - 1 > MAX_EPS_ROWS) throw new EpsFileError('TOO_MANY_ROWS', `Filen har fler än ${MAX_EPS_ROWS} rader. Dela upp uttaget i flera filer.`);
  return {
    format: 'CSV',
    header: records[0] ?? [],
    rows: records.slice(1).map((values, i) => ({ rowNumber: i + 2, values })),
  };
}

/** A cell of exceljs as a plain value: text, number, boolean or Date (formulas give their result). */
function xlsxValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return xlsxValue(v.result);
  if ('error' in v) return null;
  if (v.text !== undefined) return xlsxValue(v.text);
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<EpsSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new EpsFileError('CORRUPT', 'Excel-filen kunde inte läsas. Den kan vara skadad, lösenordsskyddad eller inte vara en .xlsx-fil.');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new EpsFileError('EMPTY', 'Filen är tom.');
  if (sheet.actualRowCount - 1 > MAX_EPS_ROWS) throw new EpsFileError('TOO_MANY_ROWS', `Filen har fler än ${MAX_EPS_ROWS} rader. Dela upp uttaget i flera filer.`);
  const valuesOf = (rowNumber: number): unknown[] => {
    const raw = sheet.getRow(rowNumber).values;
    return Array.isArray(raw) ? Array.from(raw.slice(1), xlsxValue) : [];
  };
  const rows: EpsSheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (_row, rowNumber) => {
    if (rowNumber > 1) rows.push({ rowNumber, values: valuesOf(rowNumber) });
  });
  return { format: 'XLSX', header: valuesOf(1), rows };
}
