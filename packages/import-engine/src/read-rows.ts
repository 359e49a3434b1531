import ExcelJS from 'exceljs';
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

/** A file the engine cannot read at all; the message is for the user. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly reason: 'EMPTY' | 'CORRUPT' | 'PROTECTED_OR_OLD_FORMAT' | 'NO_SHEET' | 'TOO_LARGE',
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** A row as read: its 1-based number in the file and its cells as text. */
export interface RawRow {
  rowNumber: number;
  cells: string[];
  /** Fixed-width files: the whole line. */
  line?: string;
}

export type FileSource = { path: string } | { buffer: Buffer };

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from('PK\u0003\u0004', 'latin1');

async function head(source: FileSource, size: number): Promise<{ bytes: Buffer; total: number }> {
  if ('buffer' in source) return { bytes: source.buffer.subarray(0, size), total: source.buffer.length };
  const file = await open(source.path, 'r');
  try {
    const bytes = Buffer.alloc(size);
    const { bytesRead } = await file.read(bytes, 0, size, 0);
    return { bytes: bytes.subarray(0, bytesRead), total: (await file.stat()).size };
  } finally {
    await file.close();
  }
}

function stream(source: FileSource): Readable {
  return 'buffer' in source ? Readable.from([source.buffer]) : createReadStream(source.path);
}

/** A cell's value as the text a user sees: dates as ÅÅÅÅ-MM-DD, numbers as written, rich text joined. */
export function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if (v.error) return '';
  }
  return String(value);
}

/**
 * The first worksheet of an .xlsx file, row by row, streamed (bounded memory whatever the size).
 * A password-protected workbook or an old .xls (both OLE2 containers) and a corrupt file are refused
 * with a Swedish message.
 */
export async function* readXlsxRows(source: FileSource): AsyncGenerator<RawRow> {
  const { bytes, total } = await head(source, 8);
  if (total === 0) throw new ImportFileError('Filen är tom.', 'EMPTY');
  if (bytes.equals(OLE2)) {
    throw new ImportFileError('Filen är lösenordsskyddad eller sparad i det gamla Excel-formatet (.xls). Spara den som .xlsx utan lösenord och försök igen.', 'PROTECTED_OR_OLD_FORMAT');
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) throw new ImportFileError('Filen är inte en Excel-fil (.xlsx).', 'CORRUPT');
  // Styles are read (cached) because a date cell is a number with a date format; without them dates come out as serial numbers.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream(source), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets++;
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
        yield { rowNumber: row.number, cells };
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('Excel-filen kan inte läsas: den verkar vara skadad. Spara om den i Excel och försök igen.', 'CORRUPT');
  }
  if (sheets === 0) throw new ImportFileError('Excel-filen har inget kalkylblad.', 'NO_SHEET');
}

/** Splits one CSV record (RFC 4180 quotes: "a;b" and "" inside quotes). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/** Whether the quotes of a (partial) record are balanced: a quoted field may span lines. */
const quotesOpen = (text: string): boolean => (text.match(/"/g)?.length ?? 0) % 2 === 1;

/**
 * A CSV file (UTF-8, `;`, `,` or tab, detected from the first line unless the profile names it),
 * streamed record by record.
 */
export async function* readCsvRows(source: FileSource, fixedDelimiter?: string | null): AsyncGenerator<RawRow> {
  const { total } = await head(source, 1);
  if (total === 0) throw new ImportFileError('Filen är tom.', 'EMPTY');
  const lines = createInterface({ input: stream(source), crlfDelay: Infinity });
  let delimiter: string | null = fixedDelimiter || null;
  let record = '';
  let rowNumber = 0;
  let startLine = 0;
  for await (const raw of lines) {
    rowNumber++;
    const line = rowNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!record) startLine = rowNumber;
    record = record ? `${record}\n${line}` : line;
    if (quotesOpen(record)) continue;
    delimiter ??= [';', '\t', ','].map((d) => [d, record.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
    yield { rowNumber: startLine, cells: splitCsvLine(record, delimiter) };
    record = '';
  }
  if (record) yield { rowNumber: startLine, cells: splitCsvLine(record, delimiter ?? ';') };
}

/** A fixed-width text file, line by line. */
export async function* readFixedRows(source: FileSource): AsyncGenerator<RawRow> {
  const { total } = await head(source, 1);
  if (total === 0) throw new ImportFileError('Filen är tom.', 'EMPTY');
  const lines = createInterface({ input: stream(source), crlfDelay: Infinity });
  let rowNumber = 0;
  for await (const raw of lines) {
    rowNumber++;
    const line = rowNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    yield { rowNumber, cells: [], line };
  }
}
