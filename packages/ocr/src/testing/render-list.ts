/**
 * Test support: renders a known MiG decision list as a "scan" (300 dpi, A4 landscape, ruled
 * table, slightly rotated, salt-and-pepper noise) in PNG, one-page PDF and greyscale TIFF.
 * Values are fictitious; birth data are in the coordination-number range (day + 60).
 */
import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

export type ListRow = Record<string, string>;

export const LIST_HEADERS: readonly [key: string, header: string][] = [
  ['caseNumber', 'Diarienummer'],
  ['individualNumber', 'Individnummer'],
  ['birthData', 'Födelsedata'],
  ['firstName', 'Förnamn'],
  ['lastName', 'Efternamn'],
  ['periodFrom', 'Fr o m'],
  ['periodTo', 'T o m'],
  ['amount', 'Belopp'],
  ['reference', 'Referens'],
  ['compensation', 'Ersättning'],
  ['outcome', 'Beslut'],
];

/** A small deterministic random source (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Amira', 'Björn', 'Åsa', 'Märta', 'Yusuf', 'Leyla', 'Örjan', 'Hanna', 'Karim', 'Sofia', 'Dawit', 'Ebba'];
const LAST = ['Testsson', 'Östlund', 'Provare', 'Exempelsdotter', 'Lindqvist', 'Ahmadi', 'Håkansson', 'Berglöf', 'Nilsson', 'Fiktiv', 'Jönsson', 'Demoberg'];
const CODES = ['FSKA', 'GSKA', 'GYSKA', 'DAG', 'Å-FSK', 'SFIA'];
const OUTCOMES = ['Bevilja', 'Avslag', 'Bevilja'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `count` fictitious decision rows. */
export function fictitiousRows(count: number, seed = 5): ListRow[] {
  const rnd = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  return Array.from({ length: count }, (_, i) => {
    const month = int(1, 11);
    const kronor = int(800, 95_000);
    return {
      caseNumber: `8.3.1-2026-${int(10_000, 99_999)}`,
      individualNumber: String(int(10_000_000, 99_999_999)),
      birthData: `${int(1960, 2015)}${pad(int(1, 12))}${pad(int(1, 28) + 60)}`,
      firstName: FIRST[i % FIRST.length]!,
      lastName: LAST[(i * 5) % LAST.length]!,
      periodFrom: `2026-${pad(month)}-01`,
      periodTo: `2026-${pad(month + 1)}-${month + 1 === 2 ? '28' : '30'}`,
      amount: `${kronor >= 1000 ? `${Math.floor(kronor / 1000)} ${pad(kronor % 1000, 3)}` : kronor},${pad(int(0, 1) * 50)}`,
      reference: `SDF${pad(int(1, 14))}-${int(100, 999)}`,
      compensation: CODES[i % CODES.length]!,
      outcome: OUTCOMES[i % OUTCOMES.length]!,
    };
  });
}

export interface ScanOptions {
  /** Degrees; a scan is never quite straight. */
  rotation?: number;
  /** Share of pixels flipped to black or white. */
  noise?: number;
  seed?: number;
  /** Column widths fitted to these rows (a list printed over several pages keeps its columns). */
  columnsFrom?: readonly ListRow[];
  /** Whether the page starts with the title and column headers (false: a continuation page). */
  header?: boolean;
  pageLabel?: string;
  /** Columns whose values are printed flush right (amounts often are); headers stay left. */
  rightAligned?: readonly string[];
  /** The columns and their headers (default: MiG's decision list, LIST_HEADERS). */
  headers?: readonly [key: string, header: string][];
}

const FONT = (() => {
  const path = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  const bold = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
  if (existsSync(path)) GlobalFonts.registerFromPath(path, 'ListSans');
  if (existsSync(bold)) GlobalFonts.registerFromPath(bold, 'ListSans');
  return 'ListSans, sans-serif';
})();

/** The list as a greyscale page: width, height and RGBA pixels, plus a PNG. */
export function renderScan(rows: readonly ListRow[], options: ScanOptions = {}): { png: Buffer; width: number; height: number; rgba: Uint8ClampedArray } {
  const { rotation = 0.4, noise = 0.004, seed = 7, columnsFrom = rows, header: withHeader = true, pageLabel = 'Sida 1 av 1', rightAligned = [], headers = LIST_HEADERS } = options;
  const width = 3508; // A4 landscape at 300 dpi
  const height = 2480;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate((rotation * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  ctx.fillStyle = '#000';
  ctx.strokeStyle = '#000';

  const size = 36; // ≈ 8.6 pt at 300 dpi
  const padding = 18;
  ctx.font = `bold ${size}px ${FONT}`;
  const widths = headers.map(([key, header]) => {
    ctx.font = `bold ${size}px ${FONT}`;
    let w = ctx.measureText(header).width;
    ctx.font = `${size}px ${FONT}`;
    for (const row of columnsFrom) w = Math.max(w, ctx.measureText(row[key] ?? '').width);
    return Math.ceil(w) + padding * 2;
  });
  const tableWidth = widths.reduce((s, w) => s + w, 0);
  const left = Math.max(60, Math.round((width - tableWidth) / 2));
  const top = 260;
  const rowHeight = 78;

  if (withHeader) {
    ctx.font = `bold 48px ${FONT}`;
    ctx.fillText('Migrationsverket – Beslut om statlig ersättning', left, 140);
    ctx.font = `${size}px ${FONT}`;
    ctx.fillText('Stockholms kommun · Utskrift 2026-11-20', left, 200);
  }
  const headerRows = withHeader ? 1 : 0;
  const bottom = top + rowHeight * (rows.length + headerRows);
  ctx.lineWidth = 3;
  for (let r = 0; r <= rows.length + headerRows; r += 1) {
    ctx.beginPath();
    ctx.moveTo(left, top + r * rowHeight);
    ctx.lineTo(left + tableWidth, top + r * rowHeight);
    ctx.stroke();
  }
  let x = left;
  for (let c = 0; c <= widths.length; c += 1) {
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    x += widths[c] ?? 0;
  }
  const baseline = (r: number) => top + r * rowHeight + rowHeight / 2 + size * 0.35;
  x = left;
  headers.forEach(([key, header], c) => {
    ctx.font = `bold ${size}px ${FONT}`;
    if (withHeader) ctx.fillText(header, x + padding, baseline(0));
    ctx.font = `${size}px ${FONT}`;
    rows.forEach((row, r) => {
      const text = row[key] ?? '';
      const at = rightAligned.includes(key) ? x + widths[c]! - padding - ctx.measureText(text).width : x + padding;
      ctx.fillText(text, at, baseline(r + headerRows));
    });
    x += widths[c]!;
  });
  ctx.fillText(pageLabel, left, bottom + 120);

  // Salt and pepper: single pixels turned black or white, drawn straight (a per-pixel loop over
  // the canvas's own buffer is slow under jest's module sandbox).
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const rnd = random(seed);
  const specks = Math.round(width * height * noise);
  for (let i = 0; i < specks; i += 1) {
    ctx.fillStyle = rnd() < 0.5 ? '#000' : '#fff';
    ctx.fillRect(Math.floor(rnd() * width), Math.floor(rnd() * height), 1, 1);
  }
  const rgba = new Uint8ClampedArray(ctx.getImageData(0, 0, width, height).data);
  return { png: canvas.encodeSync('png'), width, height, rgba };
}

/** Scanned pages (PNG, 300 dpi) as a PDF, one image a page, as a scanner stores them. */
export async function pngToPdf(pages: readonly { png: Buffer; width: number; height: number }[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (const { png, width, height } of pages) {
    const image = await pdf.embedPng(png);
    const page = pdf.addPage([(width * 72) / 300, (height * 72) / 300]);
    page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  }
  return Buffer.from(await pdf.save());
}

/** An uncompressed 8-bit greyscale TIFF (little-endian), as simple scanners write. */
export function rgbaToTiff(rgba: Uint8ClampedArray, width: number, height: number): Buffer {
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = Math.round(0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!);
  const entries: [tag: number, type: number, value: number][] = [
    [256, 4, width], // ImageWidth
    [257, 4, height], // ImageLength
    [258, 3, 8], // BitsPerSample
    [259, 3, 1], // Compression: none
    [262, 3, 1], // Photometric: black is zero
    [273, 4, 0], // StripOffsets (set below)
    [277, 3, 1], // SamplesPerPixel
    [278, 4, height], // RowsPerStrip
    [279, 4, pixels.length], // StripByteCounts
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  const dataOffset = 8 + ifdSize;
  const header = Buffer.alloc(dataOffset);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(8, 4);
  header.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    header.writeUInt16LE(tag, at);
    header.writeUInt16LE(type, at + 2);
    header.writeUInt32LE(1, at + 4);
    const v = tag === 273 ? dataOffset : value;
    if (type === 3) header.writeUInt16LE(v, at + 8);
    else header.writeUInt32LE(v, at + 8);
  });
  header.writeUInt32LE(0, 10 + entries.length * 12);
  return Buffer.concat([header, Buffer.from(pixels.buffer)]);
}
