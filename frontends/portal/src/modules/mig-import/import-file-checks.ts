import { formatFileSize, graphqlErrorText } from '@statsbidrag/ui';
import type { CombinedError } from 'urql';
import { EMPTY_FILE_MESSAGE, MAX_EPS_FILE_BYTES, NO_FILE_MESSAGE } from '../eps-import/eps-file.js';

/** Largest upload (the same 10 MB as the EPS import: the content travels base64-encoded in the request). */
export const MAX_IMPORT_FILE_BYTES = MAX_EPS_FILE_BYTES;

export const MIG_FILE_ACCEPT = '.xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,text/plain';
export const SCAN_FILE_ACCEPT = '.pdf,.png,.tif,.tiff,application/pdf,image/png,image/tiff';

export const MIG_FILE_TYPE_MESSAGE = 'Filen måste vara en Excel-fil (.xlsx), en CSV-fil (.csv) eller en textfil (.txt).';
export const SCAN_FILE_TYPE_MESSAGE = 'Den skannade listan måste vara en PDF-, PNG- eller TIFF-fil.';

function problem(file: Pick<File, 'name' | 'size'> | null, extensions: RegExp, typeMessage: string): string | null {
  if (!file) return NO_FILE_MESSAGE;
  if (!extensions.test(file.name)) return typeMessage;
  if (file.size === 0) return EMPTY_FILE_MESSAGE;
  if (file.size > MAX_IMPORT_FILE_BYTES) return `Filen är för stor (${formatFileSize(file.size)}). Den får vara högst 10 MB.`;
  return null;
}

/** Why a file from MiG cannot be sent, in Swedish; null when it can. */
export function migFileProblem(file: Pick<File, 'name' | 'size'> | null): string | null {
  return problem(file, /\.(xlsx|csv|txt)$/i, MIG_FILE_TYPE_MESSAGE);
}

/** Why a scan cannot be sent, in Swedish; null when it can. */
export function scanFileProblem(file: Pick<File, 'name' | 'size'> | null): string | null {
  return problem(file, /\.(pdf|png|tiff?)$/i, SCAN_FILE_TYPE_MESSAGE);
}

export const SERVICE_DOWN = 'Tjänsten svarar inte just nu. Försök igen om en stund.';

export interface ServerErrors {
  /** Messages per input path as the server names it in `extensions.field` (`paymentMonth`, `columns.amount`, `values.amount` …). */
  fields: Record<string, string>;
  /** A message that belongs to no field. */
  general: string | null;
}

/** The server's Swedish messages of a failed mutation, per field where it names one. */
export function serverErrorsOf(error: CombinedError): ServerErrors {
  const fields: Record<string, string> = {};
  for (const e of error.graphQLErrors) {
    const field = e.extensions?.field;
    if (typeof field === 'string' && e.message) fields[field] ??= e.message;
  }
  if (Object.keys(fields).length > 0) return { fields, general: null };
  return { fields, general: graphqlErrorText(error, SERVICE_DOWN) };
}

/** The message for `name` or any path under it (`columns.amount` also matches `columns.amount.start`); also without an `input.` prefix. */
export function messageFor(fields: Record<string, string>, name: string): string | undefined {
  for (const [path, message] of Object.entries(fields)) {
    const p = path.replace(/^input\./, '');
    if (p === name || p.startsWith(`${name}.`)) return message;
  }
  return undefined;
}
