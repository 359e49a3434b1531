import { formatFileSize } from '@statsbidrag/ui';
import { EMPTY_FILE_MESSAGE, NO_FILE_MESSAGE } from '../eps-import/eps-file.js';
import { MAX_IMPORT_FILE_BYTES } from '../mig-import/import-file-checks.js';
import { KIND_GENERALSCHABLON } from './flat-rate-roles.js';

export const GENERALSCHABLON_ACCEPT = '.txt,.csv,.dat,.pgp,.gpg,.asc,text/plain,text/csv';
export const ESERVICE_ACCEPT = '.xlsx,.pgp,.gpg,.asc,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GENERALSCHABLON_TYPE_MESSAGE = 'Generalschablonen ska vara en textfil (.txt, .csv eller .dat), eventuellt krypterad (.pgp, .gpg, .asc).';
export const ESERVICE_TYPE_MESSAGE = 'Schablonerna från e-tjänsten ska vara en Excel-fil (.xlsx), eventuellt krypterad (.pgp, .gpg, .asc).';

/** Why a flat-rate file cannot be sent, in Swedish (same messages as the other imports); null when it can. */
export function flatRateFileProblem(kind: string, file: Pick<File, 'name' | 'size'> | null): string | null {
  if (!file) return NO_FILE_MESSAGE;
  const generalschablon = kind === KIND_GENERALSCHABLON;
  const pattern = generalschablon ? /\.(txt|csv|dat|pgp|gpg|asc)$/i : /\.(xlsx|pgp|gpg|asc)$/i;
  if (!pattern.test(file.name)) return generalschablon ? GENERALSCHABLON_TYPE_MESSAGE : ESERVICE_TYPE_MESSAGE;
  if (file.size === 0) return EMPTY_FILE_MESSAGE;
  if (file.size > MAX_IMPORT_FILE_BYTES) return `Filen är för stor (${formatFileSize(file.size)}). Den får vara högst 10 MB.`;
  return null;
}
