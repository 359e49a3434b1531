/**
 * A document attached to a recovery's message thread: what it is is decided from its bytes
 * (magic numbers), never from its name. Allowed: PDF, Word, Excel, PNG, JPEG, at most 10 MB.
 * (Same rules as the claims subgraph's attachments; kept here because subgraphs share no code.)
 */
export const RECOVERY_DOCUMENT_TYPES = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/msword': 'Word 97–2003',
  'application/vnd.ms-excel': 'Excel 97–2003',
} as const;
export type RecoveryDocumentType = keyof typeof RECOVERY_DOCUMENT_TYPES;

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
const contains = (bytes: Uint8Array, needle: Buffer) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;

/** The document's type from its first bytes, or null when it is none of the allowed ones. */
export function detectDocumentType(bytes: Uint8Array): RecoveryDocumentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(bytes, Buffer.from('word/', 'latin1'))) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (contains(bytes, Buffer.from('xl/', 'latin1'))) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (contains(bytes, Buffer.from('WordDocument', 'utf16le'))) return 'application/msword';
    if (contains(bytes, Buffer.from('Workbook', 'utf16le')) || contains(bytes, Buffer.from('Book', 'utf16le'))) return 'application/vnd.ms-excel';
    return null;
  }
  return null;
}

export interface DocumentProblem {
  field: 'fileName' | 'contentBase64';
  reason: 'REQUIRED' | 'TOO_LONG' | 'INVALID_NAME' | 'ENCODING' | 'EMPTY' | 'TOO_LARGE' | 'UNSUPPORTED_TYPE';
  message: string;
}

export interface CheckedDocument {
  fileName: string;
  contentType: RecoveryDocumentType;
  content: Buffer;
}

const ALLOWED = 'Tillåtna filtyper är PDF, Word, Excel, PNG och JPEG.';

/**
 * Checks an optional document: none given = null; a name without content (or the reverse), a name
 * with a path, a file that is not base64, empty, larger than 10 MB or of another type is refused.
 * The size is checked before decoding.
 */
export function checkDocument(fileName: string | null | undefined, contentBase64: string | null | undefined): { ok: true; document: CheckedDocument | null } | { ok: false; problem: DocumentProblem } {
  const name = fileName?.trim() ?? '';
  const raw = contentBase64 ?? '';
  if (!name && !raw) return { ok: true, document: null };
  if (!raw) return { ok: false, problem: { field: 'contentBase64', reason: 'REQUIRED', message: `Filen ${name} saknar innehåll. Bifoga filen igen.` } };
  if (!name) return { ok: false, problem: { field: 'fileName', reason: 'REQUIRED', message: 'Ange filens namn.' } };
  if (name.length > MAX_FILE_NAME_LENGTH) return { ok: false, problem: { field: 'fileName', reason: 'TOO_LONG', message: `Filnamnet får vara högst ${MAX_FILE_NAME_LENGTH} tecken.` } };
  // eslint-disable-next-line no-control-regex
  if (/[/\\]/.test(name) || /[\u0000-\u001f\u007f]/.test(name)) {
    return { ok: false, problem: { field: 'fileName', reason: 'INVALID_NAME', message: `Filnamnet ${name} får inte innehålla / eller \\ eller styrtecken.` } };
  }
  const text = raw.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    return { ok: false, problem: { field: 'contentBase64', reason: 'ENCODING', message: 'Filens innehåll är inte giltig base64.' } };
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (Math.floor((text.length * 3) / 4) - padding > MAX_DOCUMENT_BYTES) {
    return { ok: false, problem: { field: 'contentBase64', reason: 'TOO_LARGE', message: `Filen ${name} är större än 10 MB.` } };
  }
  const content = Buffer.from(text, 'base64');
  if (content.length === 0) return { ok: false, problem: { field: 'contentBase64', reason: 'EMPTY', message: `Filen ${name} är tom.` } };
  const contentType = detectDocumentType(content);
  if (!contentType) return { ok: false, problem: { field: 'contentBase64', reason: 'UNSUPPORTED_TYPE', message: `Filen ${name} kan inte bifogas. ${ALLOWED}` } };
  return { ok: true, document: { fileName: name, contentType, content } };
}
