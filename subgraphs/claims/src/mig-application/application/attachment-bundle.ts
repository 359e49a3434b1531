import type { EntityManager } from '@mikro-orm/postgresql';
import { formatKronor } from '@statsbidrag/domain';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { ClaimAttachmentEntity } from '../../attachment/infra/attachment.entity.js';
import type { ClaimRow } from '../../claim/infra/claim.entity.js';
import { shortClaimRef } from '../domain/mig-application.js';

const KIND_LABELS: Record<string, string> = {
  EKONOMISKT_UNDERLAG: 'Ekonomiskt underlag',
  INSATSBESLUT: 'Insatsbeslut',
  MEDICINSKT_UNDERLAG: 'Medicinskt underlag',
  KOMPLETTERING: 'Komplettering',
  OVRIGT: 'Övrigt',
};
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const LINE = 15;

export interface BundleFile {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  contentBase64: string;
}

interface Section {
  claim: ClaimRow;
  items: { kind: string; fileName: string; pages: number; firstPage?: number; note?: string }[];
}

/** Only characters the standard fonts can draw (WinAnsi); anything else becomes "?". */
export function winAnsiSafe(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u2212/g, '-')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff\u20ac\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/g, '?');
}

/**
 * The attachment bundle to upload to MiG: a cover page with a table of contents, then every current
 * PDF's pages and every JPEG/PNG scaled onto an A4 page, in claim order. Files that cannot be merged
 * (Word, Excel, broken or encrypted PDFs) are listed on the cover page instead.
 */
export async function buildAttachmentBundle(em: EntityManager, application: { reference: string; claimTypeCode: string; periodFrom: string; periodTo: string }, claims: ClaimRow[]): Promise<BundleFile> {
  const claimIds = claims.map((c) => c.id);
  const attachments = claimIds.length
    ? await em.find(
        ClaimAttachmentEntity,
        { claimId: { $in: claimIds }, removedAt: null, supersededAt: null },
        { populate: ['content'] as never, orderBy: { uploadedAt: 'asc', id: 'asc' } },
      )
    : [];

  const body = await PDFDocument.create();
  const sections: Section[] = claims.map((claim) => ({ claim, items: [] }));
  const separate: string[] = [];
  const failed: string[] = [];
  for (const section of sections) {
    const ref = shortClaimRef(section.claim.id);
    for (const a of attachments.filter((x) => x.claimId === section.claim.id)) {
      const kind = KIND_LABELS[a.kind] ?? a.kind;
      const content = a.content as unknown as Uint8Array | null;
      const label = `${ref}: ${kind} – ${a.fileName}`;
      try {
        if (!content) throw new Error('no content');
        const firstPage = body.getPageCount() + 1;
        if (a.mediaType === 'application/pdf') {
          const src = await PDFDocument.load(content, { updateMetadata: false });
          const pages = await body.copyPages(src, src.getPageIndices());
          pages.forEach((p) => body.addPage(p));
          section.items.push({ kind, fileName: a.fileName, pages: pages.length, firstPage });
        } else if (a.mediaType === 'image/png' || a.mediaType === 'image/jpeg') {
          const image = a.mediaType === 'image/png' ? await body.embedPng(content) : await body.embedJpg(content);
          const page = body.addPage(A4);
          const scale = Math.min((A4[0] - 2 * MARGIN) / image.width, (A4[1] - 2 * MARGIN) / image.height, 1);
          const w = image.width * scale;
          const h = image.height * scale;
          page.drawImage(image, { x: (A4[0] - w) / 2, y: A4[1] - MARGIN - h, width: w, height: h });
          section.items.push({ kind, fileName: a.fileName, pages: 1, firstPage });
        } else {
          separate.push(label);
          section.items.push({ kind, fileName: a.fileName, pages: 0, note: 'bifogas separat' });
        }
      } catch {
        failed.push(label);
        section.items.push({ kind, fileName: a.fileName, pages: 0, note: 'kunde inte sammanfogas' });
      }
    }
  }

  // Cover: lay out the lines first to know how many cover pages shift the page numbers.
  type Line = { text: string; bold?: boolean; size?: number; indent?: number; page?: number };
  const lines: Line[] = [
    { text: `Bilagor till ansökan ${application.reference}`, bold: true, size: 16 },
    { text: `Ersättningstyp ${application.claimTypeCode}, period ${application.periodFrom} – ${application.periodTo}` },
    { text: '' },
    { text: 'Innehåll', bold: true, size: 13 },
  ];
  for (const s of sections) {
    const c = s.claim;
    lines.push({ text: `Återsökning ${shortClaimRef(c.id)} – stadsdel ${c.districtCode}, ${c.periodFrom ?? '–'} – ${c.periodTo ?? '–'}, ${c.amountOre == null ? '–' : formatKronor(Number(c.amountOre))}`, bold: true });
    if (!s.items.length) lines.push({ text: 'Inga bilagor.', indent: 15 });
    for (const it of s.items) {
      const pages = it.note ? `(${it.note})` : `${it.pages} ${it.pages === 1 ? 'sida' : 'sidor'}`;
      lines.push({ text: `${it.kind}: ${it.fileName} – ${pages}`, indent: 15, ...(it.firstPage ? { page: it.firstPage } : {}) });
    }
  }
  if (separate.length) {
    lines.push({ text: '' }, { text: 'Bifogas separat', bold: true, size: 13 });
    separate.forEach((t) => lines.push({ text: t, indent: 15 }));
  }
  if (failed.length) {
    lines.push({ text: '' }, { text: 'Kunde inte sammanfogas', bold: true, size: 13 });
    failed.forEach((t) => lines.push({ text: t, indent: 15 }));
  }
  const perPage = Math.floor((A4[1] - 2 * MARGIN) / LINE) - 6; // headings are taller than a line
  const coverPages = Math.max(1, Math.ceil(lines.length / perPage));

  const out = await PDFDocument.create();
  out.setTitle(winAnsiSafe(`Bilagor till ansökan ${application.reference}`));
  const font = await out.embedFont(StandardFonts.Helvetica);
  const bold = await out.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage | null = null;
  let y = 0;
  const fit = (text: string, f: PDFFont, size: number, width: number) => {
    let t = winAnsiSafe(text);
    while (t.length > 1 && f.widthOfTextAtSize(t, size) > width) t = t.slice(0, -2) + '…';
    return t;
  };
  lines.forEach((line, i) => {
    if (i % perPage === 0) {
      page = out.addPage(A4);
      y = A4[1] - MARGIN;
    }
    const f = line.bold ? bold : font;
    const size = line.size ?? 10;
    const x = MARGIN + (line.indent ?? 0);
    const pageLabel = line.page ? `sidan ${line.page + coverPages}` : '';
    const pageWidth = pageLabel ? font.widthOfTextAtSize(pageLabel, size) + 10 : 0;
    page!.drawText(fit(line.text, f, size, A4[0] - MARGIN - x - pageWidth), { x, y, size, font: f });
    if (pageLabel) page!.drawText(pageLabel, { x: A4[0] - MARGIN - font.widthOfTextAtSize(pageLabel, size), y, size, font });
    y -= line.size ? line.size + 8 : LINE;
  });
  for (let i = out.getPageCount(); i < coverPages; i++) out.addPage(A4);

  const copied = await out.copyPages(body, body.getPageIndices());
  copied.forEach((p) => out.addPage(p));
  const bytes = await out.save();
  return {
    fileName: `bilagor-${application.reference}.pdf`,
    mediaType: 'application/pdf',
    sizeBytes: bytes.length,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}
