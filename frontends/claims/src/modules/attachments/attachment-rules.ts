import { formatFileSize } from '@statsbidrag/ui';
import type { AttachmentKind } from './graphql/attachments.graphql.js';

/** Select options for what a file is (AttachmentKind). */
export const ATTACHMENT_KIND_OPTIONS: { id: AttachmentKind; label: string }[] = [
  { id: 'EKONOMISKT_UNDERLAG', label: 'Ekonomiskt underlag' },
  { id: 'INSATSBESLUT', label: 'Insatsbeslut' },
  { id: 'MEDICINSKT_UNDERLAG', label: 'Medicinskt underlag' },
  { id: 'KOMPLETTERING', label: 'Komplettering' },
  { id: 'OVRIGT', label: 'Övrigt' },
];
export const ATTACHMENT_KIND_LABELS = Object.fromEntries(ATTACHMENT_KIND_OPTIONS.map((o) => [o.id, o.label])) as Record<AttachmentKind, string>;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ALLOWED_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'docx', 'xlsx', 'doc', 'xls'];
/** For the file chooser's `accept`. */
export const ATTACHMENT_ACCEPT = ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',');
export const ATTACHMENT_HELP = 'PDF, JPEG, PNG, Word eller Excel, högst 10 MB.';

/**
 * What the browser can tell before sending: empty, too large, or a name that is not an allowed type.
 * (The server decides from the content; this only saves a wasted upload.) Null when fine.
 */
export function clientFileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `Filen ${file.name} är tom.`;
  if (file.size > MAX_ATTACHMENT_BYTES) return `Filen ${file.name} är ${formatFileSize(file.size)}. Största tillåtna storlek är 10 MB.`;
  const dot = file.name.lastIndexOf('.');
  const ext = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  if (!ALLOWED_EXTENSIONS.includes(ext)) return `Filen ${file.name} är inte en tillåten filtyp. Tillåtna är PDF, JPEG, PNG, Word och Excel.`;
  return null;
}

/**
 * Page numbers written like "2, 4-5" (also "4–5" and spaces): sorted, without duplicates. With
 * `pageCount`, pages outside the document and removing every page are refused.
 */
export function parsePageList(text: string, pageCount?: number | null): { ok: true; pages: number[] } | { ok: false; message: string } {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return { ok: false, message: 'Ange vilka sidor som ska tas bort, till exempel "2, 4-5".' };
  const pages = new Set<number>();
  for (const part of parts) {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part);
    const single = /^\d+$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (from > to) return { ok: false, message: `"${part}" är inget giltigt intervall: första sidan ska komma före den sista.` };
      if (to - from > 10_000) return { ok: false, message: `"${part}" är för många sidor.` };
      for (let p = from; p <= to; p++) pages.add(p);
    } else if (single) {
      pages.add(Number(part));
    } else {
      return { ok: false, message: `"${part}" är inget sidnummer. Skriv till exempel "2, 4-5".` };
    }
  }
  const sorted = [...pages].sort((a, b) => a - b);
  if (sorted[0] === 0) return { ok: false, message: 'Sidorna numreras från 1.' };
  if (pageCount != null) {
    const outside = sorted.filter((p) => p > pageCount);
    if (outside.length) return { ok: false, message: `Sidan ${outside.join(', ')} finns inte. Dokumentet har ${pageCount} ${pageCount === 1 ? 'sida' : 'sidor'}.` };
    if (sorted.length >= pageCount) return { ok: false, message: 'Alla sidor kan inte tas bort. Ta bort hela bilagan i stället.' };
  }
  return { ok: true, pages: sorted };
}

/** Downloads: base64 into bytes, and bytes saved as a file (one implementation, in the UI kit). */
export { base64ToBytes, saveBytes as saveFile } from '@statsbidrag/ui';
