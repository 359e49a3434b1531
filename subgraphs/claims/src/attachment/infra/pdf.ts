import { PDFDocument } from 'pdf-lib';

/** Reads a PDF (encrypted ones too: only the page tree is needed); null when pdf-lib cannot read it. */
async function load(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    return await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    return null;
  }
}

/** Number of pages, or null when the PDF cannot be read. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number | null> {
  return (await load(bytes))?.getPageCount() ?? null;
}

/** A new PDF without the given 1-based pages (the original bytes are not touched); null when unreadable. */
export async function pdfWithoutPages(bytes: Uint8Array, pages: readonly number[]): Promise<Buffer | null> {
  const source = await load(bytes);
  if (!source) return null;
  const remove = new Set(pages);
  const keep = source.getPageIndices().filter((i) => !remove.has(i + 1));
  const target = await PDFDocument.create();
  const copied = await target.copyPages(source, keep);
  for (const page of copied) target.addPage(page);
  return Buffer.from(await target.save());
}
