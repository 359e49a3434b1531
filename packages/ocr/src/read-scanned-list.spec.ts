/**
 * The acceptance test: a known list rendered as a 300 dpi scan (ruled, turned 0.4°,
 * salt-and-pepper noise) is read back as PNG, PDF and TIFF. Every cell must be either exactly
 * right or flagged for review, and most cells must be right.
 */
import { createCanvas } from '@napi-rs/canvas';
import { closeOcr, readScannedList, ROSE_LIST_FIELDS, ScanError, type ScannedList } from './index.js';
import { fictitiousRows, pngToPdf, renderScan, rgbaToTiff, type ListRow } from './testing/render-list.js';

const rows = fictitiousRows(10);
const scan = renderScan(rows, { rotation: 0.4, noise: 0.005 });
// A list printed over two pages: the second has no headers of its own and the same columns.
const longList = fictitiousRows(13, 21);
const timings: string[] = [];

afterAll(async () => {
  await closeOcr();
  // Reported in the issue: how long a page takes on this machine.
  console.info(`OCR per sida: ${timings.join(', ')}`);
});

async function timed(label: string, content: Buffer, options?: { uncertainBelow?: number }): Promise<ScannedList> {
  const started = Date.now();
  const list = await readScannedList(content, ROSE_LIST_FIELDS, options);
  timings.push(`${label} ${((Date.now() - started) / 1000 / list.pages).toFixed(1)} s`);
  return list;
}

/** Cells exactly right, and cells wrong although not flagged (must be none). */
function score(list: ScannedList, expected: readonly ListRow[]) {
  let right = 0;
  const wrongAndConfident: string[] = [];
  list.rows.forEach((row, i) => {
    for (const cell of row.cells) {
      const want = expected[i]?.[cell.field];
      if (cell.text === want) right += 1;
      else if (!cell.uncertain) wrongAndConfident.push(`rad ${row.rowNumber} ${cell.field}: läst "${cell.text}", rätt "${want}"`);
    }
  });
  return { right, total: expected.length * ROSE_LIST_FIELDS.length, wrongAndConfident };
}

function expectReadBack(list: ScannedList, expected: readonly ListRow[] = rows, pages = 1) {
  expect(list.pages).toBe(pages);
  expect(list.rows.map((r) => r.rowNumber)).toEqual(expected.map((_, i) => i + 1));
  const { right, total, wrongAndConfident } = score(list, expected);
  expect(wrongAndConfident).toEqual([]);
  expect(right / total).toBeGreaterThanOrEqual(0.8);
  for (const row of list.rows) {
    expect(row.cells.map((c) => c.field)).toEqual(ROSE_LIST_FIELDS.map((f) => f.key));
    for (const cell of row.cells) {
      expect(cell.confidence).toBeGreaterThanOrEqual(0);
      expect(cell.confidence).toBeLessThanOrEqual(100);
    }
  }
  expect(list.uncertainCount).toBe(list.rows.flatMap((r) => r.cells).filter((c) => c.uncertain).length);
}

describe('readScannedList – a scanned MiG decision list', () => {
  it('reads a PNG scan: every cell right or flagged, most cells right', async () => {
    expectReadBack(await timed('PNG', scan.png));
  });

  it('reads every page of a PDF; a page without headers continues the table', async () => {
    // This print has its amounts flush right, under a header that starts left.
    const layout = { columnsFrom: longList, rotation: 0.3, rightAligned: ['amount'] };
    const first = renderScan(longList.slice(0, 10), { ...layout, pageLabel: 'Sida 1 av 2' });
    const second = renderScan(longList.slice(10), { ...layout, header: false, pageLabel: 'Sida 2 av 2', seed: 8 });
    const list = await timed('PDF', await pngToPdf([first, second]));
    expectReadBack(list, longList, 2);
    expect(list.rows.map((r) => r.page)).toEqual([...Array<number>(10).fill(1), 2, 2, 2]);
  });

  it('reads a greyscale TIFF, and flags every cell below a strict threshold', async () => {
    const short = fictitiousRows(5, 33);
    const tiff = renderScan(short, { rotation: -0.5, noise: 0.005, seed: 9 });
    const list = await timed('TIFF', rgbaToTiff(tiff.rgba, tiff.width, tiff.height), { uncertainBelow: 101 });
    expectReadBack(list, short);
    expect(list.uncertainCount).toBe(short.length * ROSE_LIST_FIELDS.length);
  });
});

describe('readScannedList – files that are not a readable list', () => {
  async function reason(content: Buffer): Promise<ScanError> {
    const error = await readScannedList(content, ROSE_LIST_FIELDS).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ScanError);
    return error as ScanError;
  }

  function png(width: number, height: number, draw?: (ctx: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void): Buffer {
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    draw?.(ctx);
    return canvas.encodeSync('png');
  }

  it('refuses bytes that are no PDF, PNG or TIFF', async () => {
    const error = await reason(Buffer.from('Diarienummer;Individnummer\n1234-26;98765432\n'));
    expect(error.reason).toBe('UNSUPPORTED');
    expect(error.message).toBe('Filen är ingen PDF-, PNG- eller TIFF-bild.');
    expect((await reason(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).reason).toBe('UNSUPPORTED'); // a JPEG
  });

  it('refuses an empty file', async () => {
    const error = await reason(Buffer.alloc(0));
    expect(error.reason).toBe('EMPTY');
    expect(error.message).toBe('Filen är tom.');
  });

  it('refuses a file over 10 MB before decoding it', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    scan.png.copy(big);
    const error = await reason(big);
    expect(error.reason).toBe('TOO_LARGE');
    expect(error.message).toMatch(/högst 10 MB/);
  });

  it('refuses an image too large to unpack, before unpacking it', async () => {
    const header = Buffer.from(scan.png.subarray(0, 64));
    header.writeUInt32BE(30_000, 16);
    header.writeUInt32BE(30_000, 20);
    const error = await reason(header);
    expect(error.reason).toBe('TOO_LARGE');
    expect(error.message).toMatch(/30000 × 30000.*300 dpi/);
  });

  it('says a broken PNG or PDF cannot be read', async () => {
    expect((await reason(scan.png.subarray(0, 2000))).reason).toBe('UNREADABLE');
    const error = await reason(Buffer.from('%PDF-1.7\nnot really a pdf'));
    expect(error.reason).toBe('UNREADABLE');
    expect(error.message).toMatch(/300 dpi/);
  });

  it('says a blank white page has nothing to read', async () => {
    const error = await reason(png(1240, 1754));
    expect(error.reason).toBe('UNREADABLE');
    expect(error.message).toMatch(/tom eller för ljus.*300 dpi/);
  });

  it('says so when a page has text but no list with MiG’s headers', async () => {
    const error = await reason(
      png(1600, 500, (ctx) => {
        ctx.fillStyle = '#000';
        ctx.font = '48px sans-serif';
        ctx.fillText('Kallelse till möte om budget', 100, 200);
        ctx.fillText('Tisdag 2026-12-01 kl 10.00', 100, 300);
      }),
    );
    expect(error.reason).toBe('NO_TABLE');
    expect(error.message).toMatch(/Diarienummer.*300 dpi/);
  });
});
