import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Real, minimal files for tests: a PDF of n pages (each says "Sida i"), image headers, an XLSX, a DOCX-like zip. */
export async function pdfOfPages(count: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= count; i++) doc.addPage([200, 200]).drawText(`Sida ${i}`, { x: 20, y: 100, size: 12, font });
  return Buffer.from(await doc.save());
}

/** The number of pages of a PDF, read back with pdf-lib. */
export async function pdfPageCountOf(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}

export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
export const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

export async function xlsxFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Kostnader').addRow(['Belopp', 1234]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A zip whose first local file header names "word/document.xml" (what a DOCX starts with). */
export function docxLikeFile(): Buffer {
  const name = Buffer.from('word/document.xml', 'latin1');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, Buffer.from('<w:document/>')]);
}

/** An OLE2 container with a directory entry named `stream` (UTF-16LE), as Office 97–2003 files have. */
export function ole2File(stream: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);
}
