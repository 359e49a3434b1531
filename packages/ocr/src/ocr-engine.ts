/**
 * One Tesseract worker for the process, created on first use (that takes seconds) and reused.
 * Swedish language data comes from the @tesseract.js-data/swe package: nothing is downloaded.
 */
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';

/** A word Tesseract found, with its box in page pixels and its confidence (0–100). */
export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The slope of the text line the word is on (dy/dx), from its baseline. */
  slope: number;
  /** Each character's horizontal extent, to check the reading against the ink. */
  symbols: { text: string; x0: number; x1: number }[];
  /** Set when the characters do not fit the ink (see suspectWords): the reading must be confirmed. */
  suspect?: boolean;
}

/** The directory holding swe.traineddata.gz (LSTM-only, "best_int" data). */
export function swedishLangPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/swe/package.json')), '4.0.0_best_int');
}

let workerPromise: Promise<Worker> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function getWorker(): Promise<Worker> {
  workerPromise ??= createWorker('swe', OEM.LSTM_ONLY, {
    langPath: swedishLangPath(),
    gzip: true,
    // Never read or write a cache next to the process; the data is read from the package.
    cacheMethod: 'none',
    cachePath: tmpdir(),
  }).then(async (worker) => {
    await worker.setParameters({
      tessedit_pageseg_mode: PSM.SPARSE_TEXT,
      preserve_interword_spaces: '0',
      user_defined_dpi: '300',
    });
    return worker;
  });
  const current = workerPromise;
  current.catch(() => {
    if (workerPromise === current) workerPromise = null;
  });
  return current;
}

/** Reads the words of one page image (PNG, PGM, …). Pages are read one at a time. */
export function recogniseWords(image: Buffer): Promise<OcrWord[]> {
  const job = queue.then(async () => {
    const worker = await getWorker();
    const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
    const words: OcrWord[] = [];
    for (const block of data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          const { x0, y0, x1, y1 } = line.baseline;
          const slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0;
          for (const word of line.words) {
            if (!word.text.trim()) continue;
            const symbols = (word.symbols ?? []).map((sym) => ({ text: sym.text, x0: sym.bbox.x0, x1: sym.bbox.x1 }));
            words.push({ text: word.text, confidence: word.confidence, ...word.bbox, slope, symbols });
          }
        }
      }
    }
    return words;
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Ends the worker (tests, shutdown). The next read starts a new one. */
export async function closeOcr(): Promise<void> {
  const pending = workerPromise;
  workerPromise = null;
  if (!pending) return;
  const worker = await pending.catch(() => null);
  await worker?.terminate();
}
