/**
 * Rebuilds a table from OCR word boxes: words are grouped into lines by height on the page
 * (corrected for a slightly skewed scan), the header line is the one that names most of the
 * fields, and each later word goes to the column whose header is nearest.
 */
import { normaliseHeader, type ScanField } from './fields.js';
import type { OcrWord } from './ocr-engine.js';

export interface TableLine {
  words: OcrWord[];
  /** Skew-corrected vertical centre. */
  y: number;
}

export interface Column {
  field: ScanField;
  /** Left and right edge of the header on the page (skew-corrected). */
  x0: number;
  x1: number;
}

/** Characters Tesseract reads for remnants of ruling at a word's edge. */
const RULING = /^[|[\](){}_]+|[|[\](){}_]+$/g;

export function cleanWord(text: string): string {
  return text.replace(RULING, '').trim();
}

/** Groups words into text lines (top to bottom, words left to right), in skew-corrected coordinates. */
export function groupLines(words: readonly OcrWord[]): TableLine[] {
  const usable = words.filter((w) => cleanWord(w.text));
  if (!usable.length) return [];
  const slopes = usable.map((w) => w.slope).sort((a, b) => a - b);
  const slope = slopes[Math.floor(slopes.length / 2)]!;
  const heights = usable.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
  const height = Math.max(4, heights[Math.floor(heights.length / 2)]!);
  // Undo the skew: x' = x + s·y, y' = y − s·x (small angles), so columns stay straight.
  const placed = usable
    .map((w) => {
      const yc = (w.y0 + w.y1) / 2;
      const word = { ...w, x0: w.x0 + slope * yc, x1: w.x1 + slope * yc };
      return { word, y: yc - slope * ((w.x0 + w.x1) / 2) };
    })
    .sort((a, b) => a.y - b.y);
  const lines: { words: OcrWord[]; ys: number[] }[] = [];
  for (const { word, y } of placed) {
    const last = lines[lines.length - 1];
    const mean = last ? last.ys.reduce((s, v) => s + v, 0) / last.ys.length : 0;
    if (last && Math.abs(y - mean) <= height * 0.6) {
      last.words.push(word);
      last.ys.push(y);
    } else {
      lines.push({ words: [word], ys: [y] });
    }
  }
  return lines.map((l) => ({ words: l.words.sort((a, b) => a.x0 - b.x0), y: l.ys.reduce((s, v) => s + v, 0) / l.ys.length }));
}

/** Edit distance, for headers a letter off ("Fodelsedata"). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function headerMatches(text: string, header: string): boolean {
  if (!text) return false;
  if (text === header) return true;
  // Long headers may be a letter off; short ones ("tom", "dnr") must match exactly.
  return header.length >= 6 && Math.abs(text.length - header.length) <= 1 && distance(text, header) <= 1;
}

/**
 * The fields a line names as headers, with their left edges. Headers may span words ("Fr o m");
 * the longest match at each position wins and a field is used once.
 */
export function matchHeader(line: TableLine, fields: readonly ScanField[]): Column[] {
  const columns: Column[] = [];
  const used = new Set<string>();
  const words = line.words;
  let i = 0;
  while (i < words.length) {
    let best: { field: ScanField; span: number } | null = null;
    for (let span = Math.min(4, words.length - i); span >= 1 && !best; span -= 1) {
      const text = normaliseHeader(words.slice(i, i + span).map((w) => w.text).join(''));
      const field = fields.find((f) => !used.has(f.key) && f.headers.some((h) => headerMatches(text, normaliseHeader(h))));
      if (field) best = { field, span };
    }
    if (best) {
      used.add(best.field.key);
      columns.push({ field: best.field, x0: words[i]!.x0, x1: words[i + best.span - 1]!.x1 });
      i += best.span;
    } else {
      i += 1;
    }
  }
  return columns.sort((a, b) => a.x0 - b.x0);
}

/**
 * The header line: the line naming the most fields, at least a third of them and at least three
 * (a title like "Beslut om statlig ersättning" names two).
 */
export function findHeader(lines: readonly TableLine[], fields: readonly ScanField[]): { index: number; columns: Column[] } | null {
  let best: { index: number; columns: Column[] } | null = null;
  lines.forEach((line, index) => {
    const columns = matchHeader(line, fields);
    if (columns.length >= Math.max(3, Math.ceil(fields.length / 3)) && (!best || columns.length > best.columns.length)) best = { index, columns };
  });
  return best;
}

/**
 * Splits a line's words into the columns: a word belongs to the column whose header's centre is
 * nearest to its own, which holds for left-aligned text longer than its header as well as for
 * right-aligned amounts. Words wholly left of the first header (row numbers) are left out.
 */
export function splitLine(line: TableLine, columns: readonly Column[], tolerance: number): Map<string, OcrWord[]> {
  const centres = columns.map((c) => (c.x0 + c.x1) / 2);
  const cells = new Map<string, OcrWord[]>();
  for (const word of line.words) {
    if (word.x1 < columns[0]!.x0 - tolerance) continue;
    const centre = (word.x0 + word.x1) / 2;
    let index = 0;
    while (index < columns.length - 1 && centre >= (centres[index]! + centres[index + 1]!) / 2) index += 1;
    const key = columns[index]!.field.key;
    cells.set(key, [...(cells.get(key) ?? []), word]);
  }
  return cells;
}

/** A table row: its cells' words, and the cells whose text wrapped onto a further line. */
export interface PendingRow {
  y: number;
  cells: Map<string, OcrWord[]>;
  continued: Set<string>;
}

/**
 * The rows under the header. A line with words in two or more columns is a row; a line with words
 * in one column just under a row is that cell's text wrapped (a long name); anything else under
 * the table (page number, signature) is no row. `height` is the typical word height.
 */
export function buildRows(lines: readonly TableLine[], columns: readonly Column[], height: number): PendingRow[] {
  const rows: PendingRow[] = [];
  let previous: PendingRow | null = null;
  for (const line of lines) {
    const cells = splitLine(line, columns, height * 0.6);
    const filled = [...cells.values()].filter((list) => list.some((w) => cleanWord(w.text))).length;
    if (filled >= 2) {
      previous = { y: line.y, cells, continued: new Set() };
      rows.push(previous);
    } else if (filled === 1 && previous && line.y - previous.y < height * 1.8) {
      for (const [key, list] of cells) {
        previous.cells.set(key, [...(previous.cells.get(key) ?? []), ...list]);
        previous.continued.add(key);
      }
      previous.y = line.y;
    }
  }
  return rows;
}

/**
 * Words whose characters do not fit the ink: Tesseract's LSTM can read "72" as "172" with high
 * confidence, and then the boxes of its digits overlap or are too narrow (or a digit's box is
 * wide enough for two, when one was dropped). Digits are the same width in print, so each digit
 * is compared with the page's typical digit. Returns the words to flag.
 */
export function suspectWords(words: readonly OcrWord[]): Set<OcrWord> {
  const isDigit = (t: string) => /^\d$/.test(t);
  const widths = words
    .flatMap((w) => w.symbols.filter((s) => isDigit(s.text) && s.text !== '1').map((s) => s.x1 - s.x0))
    .sort((a, b) => a - b);
  const suspect = new Set<OcrWord>();
  if (widths.length < 5) return suspect;
  const typical = widths[Math.floor(widths.length / 2)]!;
  for (const word of words) {
    const symbols = word.symbols;
    for (let i = 0; i < symbols.length; i += 1) {
      const s = symbols[i]!;
      if (!isDigit(s.text)) continue;
      const width = s.x1 - s.x0;
      const next = symbols[i + 1];
      const previous = symbols[i - 1];
      const overlap = Math.max(next ? s.x1 - next.x0 : 0, previous ? previous.x1 - s.x0 : 0);
      const gap = next && isDigit(next.text) ? next.x0 - s.x1 : 0;
      if ((s.text !== '1' && width < typical * 0.7) || width > typical * 1.5 || overlap > typical * 0.2 || gap > typical * 0.8) {
        suspect.add(word);
        break;
      }
    }
  }
  return suspect;
}
