import { ValidationError } from '@statsbidrag/graphql-kit';
import { readScannedList, ROSE_LIST_FIELDS, ScanError, type ScannedList as Read } from '@statsbidrag/ocr';
import { FIELDS_BY_KIND } from '../domain/mig-fields.js';

export interface ScannedListResult extends Read {
  fileName: string;
  fields: { key: string; label: string; required: boolean }[];
}

/** The scan's columns, as the decisions import names them (the reviewed rows are imported as MIG_BESLUT). */
export const SCANNED_LIST_FIELDS = ROSE_LIST_FIELDS.map((f) => ({ key: f.key, label: f.label, required: Boolean(FIELDS_BY_KIND.MIG_BESLUT[f.key]?.required) }));

/**
 * Reads a scanned MiG list with OCR for review. Nothing is stored: the user confirms or corrects
 * the uncertain cells and imports the reviewed rows. A file that cannot be read answers with the
 * reader's Swedish message (BAD_USER_INPUT, field contentBase64, reason EMPTY/UNSUPPORTED/TOO_LARGE/UNREADABLE/NO_TABLE).
 */
export async function readScan(fileName: string, content: Buffer): Promise<ScannedListResult> {
  const name = fileName.trim();
  if (!name) throw new ValidationError('fileName', 'Ange filens namn.', 'REQUIRED');
  if (name.length > 255) throw new ValidationError('fileName', 'Filnamnet får vara högst 255 tecken.', 'TOO_LONG');
  try {
    const list = await readScannedList(content, ROSE_LIST_FIELDS);
    return { ...list, fileName: name, fields: SCANNED_LIST_FIELDS };
  } catch (error) {
    if (error instanceof ScanError) throw new ValidationError('contentBase64', error.message, error.reason);
    throw error;
  }
}
