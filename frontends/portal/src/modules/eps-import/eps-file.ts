import { formatFileSize } from '@statsbidrag/ui';

/** Largest file the browser sends (the content travels base64-encoded in the GraphQL request). */
export const MAX_EPS_FILE_BYTES = 10 * 1024 * 1024;
export const EPS_FILE_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const NO_FILE_MESSAGE = 'Välj en fil att importera.';
export const WRONG_TYPE_MESSAGE = 'Filen måste vara en CSV-fil (.csv) eller en Excel-fil (.xlsx).';
export const EMPTY_FILE_MESSAGE = 'Filen är tom.';

/** Why the file cannot be imported, in Swedish; null when it can. */
export function epsFileProblem(file: Pick<File, 'name' | 'size'> | null): string | null {
  if (!file) return NO_FILE_MESSAGE;
  if (!/\.(csv|xlsx)$/i.test(file.name)) return WRONG_TYPE_MESSAGE;
  if (file.size === 0) return EMPTY_FILE_MESSAGE;
  if (file.size > MAX_EPS_FILE_BYTES) return `Filen är för stor (${formatFileSize(file.size)}). Den får vara högst 10 MB.`;
  return null;
}
