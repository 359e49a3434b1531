/**
 * Turns an uploaded scan (PDF, PNG or TIFF) into one greyscale image per page, cleaned for OCR:
 * binarised, specks removed and table ruling erased (grid lines confuse Tesseract's layout
 * analysis and come out as "|" or "I").
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import UTIF from 'utif';
import { ScanError } from './scan-error.js';

export type ScanFormat = 'pdf' | 'png' | 'tiff';

export const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_PAGES = 30;
/** PDFs are rendered at scanner resolution; larger pages are scaled down to this many pixels a side. */
const RENDER_DPI = 300;
const MAX_SIDE = 5000;
/** Larger images are refused before decoding (a 10 MB PNG can unpack to gigabytes). */
export const MAX_PIXELS = 80_000_000;

function tooManyPixels(width: number, height: number): ScanError | null {
  if (width * height <= MAX_PIXELS) return null;
  return new ScanError('TOO_LARGE', `Bilden är för stor (${width} × ${height} bildpunkter). Skanna i 300 dpi och ladda upp den igen.`);
}

/** The format by its first bytes; the file name and stated type are not trusted. */
export function detectFormat(content: Buffer): ScanFormat | null {
  if (content.length >= 5 && content.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (content.length >= 8 && content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (content.length >= 4) {
    const head = content.subarray(0, 4);
    if (head.equals(Buffer.from([0x49, 0x49, 0x2a, 0x00])) || head.equals(Buffer.from([0x4d, 0x4d, 0x00, 0x2a]))) return 'tiff';
  }
  return null;
}

/** A page as greyscale pixels (0 = black, 255 = white). */
export interface GreyPage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Checks size and format, then decodes every page. */
export async function decodePages(content: Buffer): Promise<GreyPage[]> {
  if (content.length === 0) throw new ScanError('EMPTY');
  if (content.length > MAX_BYTES) throw new ScanError('TOO_LARGE');
  const format = detectFormat(content);
  if (!format) throw new ScanError('UNSUPPORTED');
  try {
    if (format === 'png') {
      // IHDR: width and height are the first fields of the first chunk.
      if (content.length < 24) throw new ScanError('UNREADABLE');
      const tooLarge = tooManyPixels(content.readUInt32BE(16), content.readUInt32BE(20));
      if (tooLarge) throw tooLarge;
      return [canvasToGrey(await drawImage(content))];
    }
    if (format === 'tiff') return decodeTiff(content);
    return await renderPdf(content);
  } catch (error) {
    if (error instanceof ScanError) throw error;
    throw new ScanError('UNREADABLE', undefined, { cause: error });
  }
}

async function drawImage(content: Buffer): Promise<Canvas> {
  const image = await loadImage(content);
  if (!image.width || !image.height) throw new ScanError('UNREADABLE');
  const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
  const canvas = createCanvas(Math.round(image.width * scale), Math.round(image.height * scale));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

function canvasToGrey(canvas: Canvas): GreyPage {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  return { width, height, pixels: rgbaToGrey(rgba, width * height) };
}

function rgbaToGrey(rgba: Uint8Array | Uint8ClampedArray, count: number): Uint8Array {
  const grey = new Uint8Array(count);
  for (let i = 0, j = 0; i < count; i += 1, j += 4) {
    const alpha = rgba[j + 3]! / 255;
    const luma = 0.299 * rgba[j]! + 0.587 * rgba[j + 1]! + 0.114 * rgba[j + 2]!;
    grey[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return grey;
}

function decodeTiff(content: Buffer): GreyPage[] {
  const data = new Uint8Array(content.buffer, content.byteOffset, content.length);
  const ifds = UTIF.decode(data).filter((ifd) => ifd['t256'] && ifd['t257']);
  if (!ifds.length) throw new ScanError('UNREADABLE');
  if (ifds.length > MAX_PAGES) throw new ScanError('TOO_LARGE', `Filen har ${ifds.length} sidor; högst ${MAX_PAGES} sidor kan läsas åt gången. Dela upp listan i flera filer.`);
  for (const ifd of ifds) {
    const tooLarge = tooManyPixels(Number((ifd['t256'] as number[])[0]), Number((ifd['t257'] as number[])[0]));
    if (tooLarge) throw tooLarge;
  }
  return ifds.map((ifd) => {
    UTIF.decodeImage(data, ifd);
    const { width, height } = ifd;
    if (!width || !height) throw new ScanError('UNREADABLE');
    const page = { width, height, pixels: rgbaToGrey(UTIF.toRGBA8(ifd), width * height) };
    return Math.max(width, height) > MAX_SIDE ? scaleGrey(page) : page;
  });
}

function scaleGrey(page: GreyPage): GreyPage {
  const canvas = greyToCanvas(page);
  const scale = MAX_SIDE / Math.max(page.width, page.height);
  const small = createCanvas(Math.round(page.width * scale), Math.round(page.height * scale));
  small.getContext('2d').drawImage(canvas, 0, 0, small.width, small.height);
  return canvasToGrey(small);
}

function greyToCanvas(page: GreyPage): Canvas {
  const canvas = createCanvas(page.width, page.height);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(page.width, page.height);
  for (let i = 0, j = 0; i < page.pixels.length; i += 1, j += 4) {
    const v = page.pixels[i]!;
    image.data[j] = v;
    image.data[j + 1] = v;
    image.data[j + 2] = v;
    image.data[j + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

async function renderPdf(content: Buffer): Promise<GreyPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(content),
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    wasmUrl: join(root, 'wasm') + '/',
    iccUrl: join(root, 'iccs') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    if (document.numPages > MAX_PAGES) throw new ScanError('TOO_LARGE', `Filen har ${document.numPages} sidor; högst ${MAX_PAGES} sidor kan läsas åt gången. Dela upp listan i flera filer.`);
    const pages: GreyPage[] = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await document.getPage(n);
      const unit = page.getViewport({ scale: 1 });
      const scale = Math.min(RENDER_DPI / 72, MAX_SIDE / Math.max(unit.width, unit.height));
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      type Render = Parameters<typeof page.render>[0];
      await page.render({ canvas: canvas as unknown as Render['canvas'], canvasContext: ctx as unknown as Render['canvasContext'], viewport }).promise;
      pages.push(canvasToGrey(canvas));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Otsu's threshold over the page's histogram. */
function otsu(pixels: Uint8Array): number {
  const histogram = new Array<number>(256).fill(0);
  for (const v of pixels) histogram[v]! += 1;
  const total = pixels.length;
  let sum = 0;
  for (let i = 0; i < 256; i += 1) sum += i * histogram[i]!;
  let sumB = 0;
  let weightB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t += 1) {
    weightB += histogram[t]!;
    if (weightB === 0) continue;
    const weightF = total - weightB;
    if (weightF === 0) break;
    sumB += t * histogram[t]!;
    const meanB = sumB / weightB;
    const meanF = (sum - sumB) / weightF;
    const between = weightB * weightF * (meanB - meanF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * Binarises the page, erases long horizontal and vertical strokes (ruling) and removes specks
 * (salt-and-pepper noise) with a 3×3 majority filter. Returns black (0) on white (255) and how
 * much ink is left, as a share of the page.
 */
export function cleanPage(page: GreyPage): { page: GreyPage; ink: number } {
  const { width, height, pixels } = page;
  const threshold = Math.min(otsu(pixels), 200);
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i += 1) ink[i] = pixels[i]! <= threshold ? 1 : 0;

  // Ruling: runs far longer than any glyph (glyphs at 300 dpi are ~30–60 px). A run may have
  // gaps of a few pixels (noise, a worn ribbon) and still be one line.
  const minRun = Math.max(60, Math.round(Math.min(width, height) / 25));
  const maxGap = 2;
  const line = new Uint8Array(width * height);
  const markRuns = (count: number, length: number, at: (i: number, k: number) => number) => {
    for (let i = 0; i < count; i += 1) {
      let start = -1;
      let lastOn = -1;
      for (let k = 0; k <= length; k += 1) {
        const on = k < length && ink[at(i, k)] === 1;
        if (on) {
          if (start < 0) start = k;
          lastOn = k;
        } else if (start >= 0 && k - lastOn > maxGap) {
          if (lastOn + 1 - start >= minRun) for (let j = start; j <= lastOn; j += 1) line[at(i, j)] = 1;
          start = -1;
        }
      }
      if (start >= 0 && lastOn + 1 - start >= minRun) for (let j = start; j <= lastOn; j += 1) line[at(i, j)] = 1;
    }
  };
  markRuns(height, width, (y, x) => y * width + x);
  markRuns(width, height, (x, y) => y * width + x);
  // Erase the ruling with a one-pixel margin (its anti-aliased edges).
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (line[y * width + x] !== 1) continue;
      for (let dy = -1; dy <= 1; dy += 1) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx += 1) {
          const xx = x + dx;
          if (xx >= 0 && xx < width) ink[yy * width + xx] = 0;
        }
      }
    }
  }

  const out = new Uint8Array(width * height).fill(255);
  let inkCount = 0;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      const around = ink[i - width - 1]! + ink[i - width]! + ink[i - width + 1]! + ink[i - 1]! + ink[i + 1]! + ink[i + width - 1]! + ink[i + width]! + ink[i + width + 1]!;
      const on = ink[i] === 1 ? around >= 2 : around >= 6;
      if (on) {
        out[i] = 0;
        inkCount += 1;
      }
    }
  }
  return { page: { width, height, pixels: out }, ink: inkCount / (width * height) };
}

/** The page as a binary PGM (P5): Tesseract's image reader takes it as is, and it costs nothing to write. */
export function toPgm(page: GreyPage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${page.width} ${page.height}\n255\n`, 'latin1'), Buffer.from(page.pixels.buffer, page.pixels.byteOffset, page.pixels.length)]);
}
