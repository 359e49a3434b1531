import { ClaimStatus, hasAnyRole, Role, type Identity } from '@statsbidrag/domain';

/**
 * Claim attachments (ADR 0012), pure: what a file is (from its bytes, never its name), which files
 * and names are allowed, which pages may be removed, and who may change attachments in which status.
 */

export const AttachmentKind = {
  EKONOMISKT_UNDERLAG: 'EKONOMISKT_UNDERLAG',
  INSATSBESLUT: 'INSATSBESLUT',
  MEDICINSKT_UNDERLAG: 'MEDICINSKT_UNDERLAG',
  KOMPLETTERING: 'KOMPLETTERING',
  OVRIGT: 'OVRIGT',
} as const;
export type AttachmentKind = (typeof AttachmentKind)[keyof typeof AttachmentKind];
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  EKONOMISKT_UNDERLAG: 'Ekonomiskt underlag',
  INSATSBESLUT: 'Insatsbeslut',
  MEDICINSKT_UNDERLAG: 'Medicinskt underlag',
  KOMPLETTERING: 'Komplettering',
  OVRIGT: 'Övrigt',
};
export const ALL_ATTACHMENT_KINDS: readonly AttachmentKind[] = Object.values(AttachmentKind);
export function isAttachmentKind(value: unknown): value is AttachmentKind {
  return typeof value === 'string' && value in ATTACHMENT_KIND_LABELS;
}

/** What a file's content is. Stored as the IANA media type. */
export const MediaType = {
  PDF: 'application/pdf',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  DOC: 'application/msword',
  XLS: 'application/vnd.ms-excel',
} as const;
export type MediaType = (typeof MediaType)[keyof typeof MediaType];

interface MediaTypeInfo {
  label: string;
  /** Accepted file name extensions, the first is the one we add. */
  extensions: readonly string[];
}
export const MEDIA_TYPES: Record<MediaType, MediaTypeInfo> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  'image/png': { label: 'PNG', extensions: ['png'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word', extensions: ['docx'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'Excel', extensions: ['xlsx'] },
  'application/msword': { label: 'Word 97–2003', extensions: ['doc'] },
  'application/vnd.ms-excel': { label: 'Excel 97–2003', extensions: ['xls'] },
};
export function mediaTypeLabel(mediaType: string): string {
  return MEDIA_TYPES[mediaType as MediaType]?.label ?? mediaType;
}

/** 10 MB: the largest file (it travels base64-encoded inside a GraphQL request). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME = 200;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
const ascii = (text: string) => Buffer.from(text, 'latin1');
const utf16 = (text: string) => Buffer.from(text, 'utf16le');
const contains = (bytes: Uint8Array, needle: Buffer) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;

/**
 * The file's type from its first bytes (magic numbers), or null when it is none of the allowed ones.
 * Office Open XML files are ZIP archives whose entry names ("word/…", "xl/…") are in the local file
 * headers; Office 97–2003 files are OLE2 containers whose stream names are UTF-16 in the directory.
 */
export function detectMediaType(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return MediaType.PDF;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return MediaType.JPEG;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return MediaType.PNG;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(bytes, ascii('word/'))) return MediaType.DOCX;
    if (contains(bytes, ascii('xl/'))) return MediaType.XLSX;
    return null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (contains(bytes, utf16('WordDocument'))) return MediaType.DOC;
    if (contains(bytes, utf16('Workbook')) || contains(bytes, utf16('Book'))) return MediaType.XLS;
    return null;
  }
  return null;
}

export interface AttachmentProblem {
  field: 'fileName' | 'contentBase64';
  reason: 'REQUIRED' | 'TOO_LONG' | 'INVALID_NAME' | 'ENCODING' | 'EMPTY' | 'TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'TYPE_MISMATCH';
  message: string;
}

const ALLOWED_TEXT = 'Tillåtna är PDF, JPEG, PNG, Word och Excel.';

/** "12,3" – megabytes with one decimal, Swedish style. */
export function megabytes(bytes: number): string {
  return (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function extensionOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : null;
}

/** The media type a known extension stands for. */
function mediaTypeOfExtension(ext: string): MediaType | null {
  return (Object.keys(MEDIA_TYPES) as MediaType[]).find((t) => MEDIA_TYPES[t].extensions.includes(ext)) ?? null;
}

/** Checks a file name on its own: required, at most 200 characters, no path or control characters. Returns the trimmed name. */
export function checkFileName(raw: string | null | undefined): { ok: true; name: string } | { ok: false; problem: AttachmentProblem } {
  const name = (raw ?? '').trim();
  if (!name) return { ok: false, problem: { field: 'fileName', reason: 'REQUIRED', message: 'Ange filens namn.' } };
  if (name.length > MAX_FILE_NAME) return { ok: false, problem: { field: 'fileName', reason: 'TOO_LONG', message: `Filnamnet får vara högst ${MAX_FILE_NAME} tecken.` } };
  // eslint-disable-next-line no-control-regex
  if (/[/\\]/.test(name) || /[\u0000-\u001f\u007f]/.test(name) || name === '.' || name === '..') {
    return { ok: false, problem: { field: 'fileName', reason: 'INVALID_NAME', message: `Filnamnet ${name} får inte innehålla / eller \\ eller styrtecken.` } };
  }
  return { ok: true, name };
}

/**
 * The name fits the content: a name without extension gets the type's extension; an extension of
 * another type (or an unknown one) is refused with TYPE_MISMATCH. Returns the name to store.
 */
export function nameForType(name: string, mediaType: MediaType): { ok: true; name: string } | { ok: false; problem: AttachmentProblem } {
  const info = MEDIA_TYPES[mediaType];
  const ext = extensionOf(name);
  if (ext === null) {
    const withExt = `${name}.${info.extensions[0]}`;
    return withExt.length > MAX_FILE_NAME
      ? { ok: false, problem: { field: 'fileName', reason: 'TOO_LONG', message: `Filnamnet får vara högst ${MAX_FILE_NAME} tecken.` } }
      : { ok: true, name: withExt };
  }
  if (info.extensions.includes(ext)) return { ok: true, name };
  const claimed = mediaTypeOfExtension(ext);
  const message = claimed
    ? `Filen ${name} är inte en ${MEDIA_TYPES[claimed].label} – innehållet är ${info.label}.`
    : `Filen ${name} har filändelsen .${ext}, men innehållet är ${info.label}. Använd filändelsen .${info.extensions[0]}.`;
  return { ok: false, problem: { field: 'fileName', reason: 'TYPE_MISMATCH', message } };
}

/** Decodes base64 (also data: URLs and URL-safe base64); null when it is not base64. */
export function decodeBase64(contentBase64: string): Buffer | null {
  const text = contentBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return null;
  return Buffer.from(text, 'base64');
}

/** The decoded size of base64 text without decoding it (to refuse a too large file early). */
export function base64DecodedSize(contentBase64: string): number {
  const text = contentBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

export interface CheckedFile {
  fileName: string;
  mediaType: MediaType;
  content: Buffer;
}

/** Every check of an uploaded file, in the order a user needs them. */
export function checkUpload(fileName: string | null | undefined, contentBase64: string | null | undefined): { ok: true; file: CheckedFile } | { ok: false; problems: AttachmentProblem[] } {
  const named = checkFileName(fileName);
  if (!named.ok) return { ok: false, problems: [named.problem] };
  const name = named.name;
  const base64 = contentBase64 ?? '';
  const estimated = base64DecodedSize(base64);
  if (estimated > MAX_ATTACHMENT_BYTES) {
    return { ok: false, problems: [{ field: 'contentBase64', reason: 'TOO_LARGE', message: `Filen ${name} är ${megabytes(estimated)} MB. Största tillåtna storlek är 10 MB.` }] };
  }
  const content = decodeBase64(base64);
  if (!content) return { ok: false, problems: [{ field: 'contentBase64', reason: 'ENCODING', message: `Innehållet i filen ${name} är inte giltig base64.` }] };
  if (content.length === 0) return { ok: false, problems: [{ field: 'contentBase64', reason: 'EMPTY', message: `Filen ${name} är tom.` }] };
  if (content.length > MAX_ATTACHMENT_BYTES) {
    return { ok: false, problems: [{ field: 'contentBase64', reason: 'TOO_LARGE', message: `Filen ${name} är ${megabytes(content.length)} MB. Största tillåtna storlek är 10 MB.` }] };
  }
  const mediaType = detectMediaType(content);
  if (!mediaType) {
    return { ok: false, problems: [{ field: 'contentBase64', reason: 'UNSUPPORTED_TYPE', message: `Filen ${name} är inte en tillåten filtyp. ${ALLOWED_TEXT}` }] };
  }
  const fitted = nameForType(name, mediaType);
  if (!fitted.ok) return { ok: false, problems: [fitted.problem] };
  return { ok: true, file: { fileName: fitted.name, mediaType, content } };
}

/**
 * Page numbers to remove from a PDF of `pageCount` pages: 1-based, in range, not all of them.
 * Returns them sorted without duplicates.
 */
export function checkPagesToRemove(pages: readonly number[], pageCount: number): { ok: true; pages: number[] } | { ok: false; reason: string; message: string } {
  if (!pages.length) return { ok: false, reason: 'REQUIRED', message: 'Ange vilka sidor som ska tas bort.' };
  const bad = pages.filter((p) => !Number.isInteger(p) || p < 1 || p > pageCount);
  if (bad.length) {
    return { ok: false, reason: 'OUT_OF_RANGE', message: `Sidan ${bad.join(', ')} finns inte. Dokumentet har ${pageCount} ${pageCount === 1 ? 'sida' : 'sidor'}.` };
  }
  const unique = [...new Set(pages)].sort((a, b) => a - b);
  if (unique.length >= pageCount) return { ok: false, reason: 'ALL_PAGES', message: 'Alla sidor kan inte tas bort. Ta bort hela bilagan i stället.' };
  return { ok: true, pages: unique };
}

/** The name of a file made from `fileName` with pages removed: "kvitto.pdf" → "kvitto (utdrag).pdf". */
export function excerptName(fileName: string): string {
  const base = fileName.replace(/\.pdf$/i, '').replace(/ \(utdrag\)$/, '');
  return `${base} (utdrag).pdf`.slice(-MAX_FILE_NAME);
}

const S = ClaimStatus;
/** While the claim is with the district or waits for AmF: the district may add and remove its own files. */
export const DISTRICT_EDIT_STATUSES: readonly ClaimStatus[] = [S.INITIERAD_AV_SDF, S.UNDERLAG_FRAN_SDF_INKOMMEN, S.INITIERAD_TILL_SDF, S.ATERSOKNING_BEKRAFTAD_SDF, S.KOMPLETTERING_FRAN_SDF_BEGARD];
/** Every open status before the application goes to MiG: AmF may change attachments. */
export const COORDINATOR_EDIT_STATUSES: readonly ClaimStatus[] = [
  S.INITIERAD_AV_SDF, S.UNDERLAG_FRAN_SDF_INKOMMEN, S.INITIERAD_TILL_SDF, S.ATERSOKNING_BEKRAFTAD_SDF, S.ATERSOK_ACCEPTERAD_AMF, S.ATERSOK_FORBEREDS_AMF,
  S.KOMPLETTERING_FRAN_SDF_BEGARD, S.KOMPLETTERING_FRAN_SDF_INKOMMEN,
];

const DISTRICT_ROLES: readonly Role[] = [Role.DISTRICT_OFFICER, Role.DISTRICT_CONTACT];
const COORDINATOR_ROLES: readonly Role[] = [Role.COORDINATOR];

export interface ClaimForAttachments {
  status: ClaimStatus;
  districtCode: string;
}

/** Who acts on the claim's attachments: AmF (coordinator), the claim's own district, or neither. */
export function attachmentSide(identity: Identity, claim: ClaimForAttachments): 'COORDINATOR' | 'DISTRICT' | null {
  if (hasAnyRole(identity, COORDINATOR_ROLES)) return 'COORDINATOR';
  if (hasAnyRole(identity, DISTRICT_ROLES) && identity.districtCodes.includes(claim.districtCode)) return 'DISTRICT';
  return null;
}

export type AttachmentAction = 'ADD' | 'RENAME' | 'REMOVE' | 'REMOVE_PAGES';

/** Whether the caller may do `action` now; for REMOVE by the district the file must be their own upload. */
export function mayChangeAttachments(identity: Identity, claim: ClaimForAttachments, action: AttachmentAction, uploadedBy?: string): boolean {
  const side = attachmentSide(identity, claim);
  if (side === 'COORDINATOR') return COORDINATOR_EDIT_STATUSES.includes(claim.status);
  if (side === 'DISTRICT') {
    if (!DISTRICT_EDIT_STATUSES.includes(claim.status)) return false;
    if (action === 'ADD') return true;
    if (action === 'REMOVE') return uploadedBy === identity.sub;
  }
  return false;
}

/** The kinds the claim type requires that are not among `present`. */
export function missingKinds(required: readonly string[], present: readonly string[]): AttachmentKind[] {
  const have = new Set(present);
  return required.filter((k): k is AttachmentKind => isAttachmentKind(k) && !have.has(k));
}

export const AUTO_DOCUMENTS_RECEIVED = 'Automatiskt: underlag inkommet';
export const AUTO_PREPARATION_STARTED = 'Automatiskt: förberedelse påbörjad (bilagor ändrade)';
