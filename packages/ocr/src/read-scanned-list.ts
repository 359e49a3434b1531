import { checkCellText, type ScanField } from './fields.js';
import { recogniseWords, type OcrWord } from './ocr-engine.js';
import { cleanPage, decodePages, toPgm } from './page-images.js';
import { ScanError } from './scan-error.js';
import { buildRows, cleanWord, findHeader, groupLines, suspectWords, type Column } from './table.js';

export interface ScannedCell {
  field: string;
  text: string;
  /** 0–100: the lowest confidence of the cell's words; 0 for an empty cell that should have a value. */
  confidence: number;
  /** The user must confirm this cell: low confidence, missing, of the wrong form, changed by the reader, or not fitting the ink. */
  uncertain: boolean;
}

export interface ScannedRow {
  /** 1-based, counted over all pages. */
  rowNumber: number;
  /** 1-based page the row was read on. */
  page: number;
  cells: ScannedCell[];
}

export interface ScannedList {
  pages: number;
  rows: ScannedRow[];
  uncertainCount: number;
}

export interface ReadOptions {
  /** Cells with lower confidence are flagged (default 80). */
  uncertainBelow?: number;
}

const DEFAULT_UNCERTAIN_BELOW = 80;
/** A page with less ink than this is blank (or the scan is far too light). */
const MIN_INK = 0.0005;

/**
 * Reads a scanned MiG list: every page is cleaned and read with Tesseract, the table is found
 * by its headers, and each cell comes with a confidence and whether the user must confirm it.
 * Throws ScanError (with a Swedish message) for files that cannot be read as a list.
 */
export async function readScannedList(content: Buffer, fields: readonly ScanField[], options: ReadOptions = {}): Promise<ScannedList> {
  if (!fields.length) throw new Error('readScannedList: no fields given');
  const uncertainBelow = options.uncertainBelow ?? DEFAULT_UNCERTAIN_BELOW;
  const pages = await decodePages(content);
  const rows: ScannedRow[] = [];
  let anyInk = false;
  let anyHeader = false;
  let columns: Column[] | null = null;
  let columnsWidth = 0;

  for (const [pageIndex, raw] of pages.entries()) {
    const { page, ink } = cleanPage(raw);
    if (ink < MIN_INK) continue;
    anyInk = true;
    const words = await recogniseWords(toPgm(page));
    const suspect = suspectWords(words);
    const lines = groupLines(words.map((w) => (suspect.has(w) ? { ...w, suspect: true } : w)));
    const header = findHeader(lines, fields);
    let start = 0;
    if (header) {
      anyHeader = true;
      columns = header.columns;
      columnsWidth = page.width;
      start = header.index + 1;
    } else if (!columns || columnsWidth !== page.width) {
      // A page with no header of its own continues the previous page's table, if it has the same size.
      continue;
    }
    const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    const height = heights[Math.floor(heights.length / 2)] ?? 30;
    const pageRows = buildRows(lines.slice(start), columns, height);
    for (const row of pageRows) {
      rows.push({
        rowNumber: rows.length + 1,
        page: pageIndex + 1,
        cells: fields.map((field) => toCell(field, row.cells.get(field.key) ?? [], uncertainBelow, row.continued.has(field.key))),
      });
    }
  }

  if (!anyInk) throw new ScanError('UNREADABLE', 'Bilden är tom eller för ljus – ingen text kunde läsas. Skanna listan i 300 dpi, rakt och med normal kontrast, och ladda upp den igen.');
  if (!anyHeader || !rows.length) throw new ScanError('NO_TABLE');
  return { pages: pages.length, rows, uncertainCount: rows.reduce((n, r) => n + r.cells.filter((c) => c.uncertain).length, 0) };
}

function toCell(field: ScanField, words: readonly OcrWord[], uncertainBelow: number, wrapped: boolean): ScannedCell {
  // A word that lost characters at its edge (read ruling) or does not fit the ink must be confirmed.
  const parts = words
    .map((w) => ({ text: cleanWord(w.text), confidence: w.confidence, suspect: w.suspect === true || cleanWord(w.text) !== w.text.trim() }))
    .filter((w) => w.text);
  if (!parts.length) {
    return field.optional ? { field: field.key, text: '', confidence: 100, uncertain: false } : { field: field.key, text: '', confidence: 0, uncertain: true };
  }
  const confidence = Math.round(Math.min(...parts.map((p) => p.confidence)));
  const checked = checkCellText(parts.map((p) => p.text).join(' '), field.kind);
  const suspect = parts.some((p) => p.suspect);
  return { field: field.key, text: checked.text, confidence, uncertain: confidence < uncertainBelow || !checked.valid || checked.changed || suspect || wrapped };
}
