import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { type ImportFileRow } from '@statsbidrag/import-engine';
import { readScannedList, ScanError, SCAN_MESSAGES, type ScanField, type ScannedList as Read } from '@statsbidrag/ocr';
import ExcelJS from 'exceljs';
import type { TaskQueue } from '../../context.js';
import { ESERVICE_FIELDS, ESERVICE_PROFILE } from '../domain/flat-rate-fields.js';
import { withFixedZipDates } from '../infra/fixed-zip-dates.js';
import { startFlatRateImport } from './import-jobs.js';

/**
 * The columns of a paper decision on the e-service's schablons (dygnsschablon for ensamkommande barn
 * and unga, barnschablon – REFERENCE-FACTS 1c), keyed as the ESERVICE_SCHABLON import names them.
 * Personnummer or dossiernummer may be missing (one is enough), and antal dygn (not on a barnschablon).
 */
export const SCANNED_DECISION_FIELDS: readonly ScanField[] = [
  { key: 'personalIdentityNumber', label: 'Personnummer', headers: ['Personnummer', 'Samordningsnummer', 'Pnr'], kind: 'personalIdentityNumber', optional: true },
  { key: 'migIndividualNumber', label: 'Dossiernummer', headers: ['Dossiernummer', 'Individnummer'], kind: 'individualNumber', optional: true },
  { key: 'name', label: 'Namn', headers: ['Namn'], kind: 'text' },
  { key: 'compensationCode', label: 'Ersättningskod', headers: ['Ersättningskod', 'Ersättning', 'Schablon'], kind: 'code' },
  { key: 'periodFrom', label: 'Fr o m', headers: ['Fr o m', 'Från och med', 'Period från'], kind: 'date' },
  { key: 'periodTo', label: 'T o m', headers: ['T o m', 'Till och med', 'Period till'], kind: 'date' },
  { key: 'days', label: 'Antal dygn', headers: ['Antal dygn', 'Dygn', 'Antal dagar'], kind: 'amount', optional: true },
  { key: 'amount', label: 'Belopp', headers: ['Belopp', 'Utbetalt belopp'], kind: 'amount' },
  { key: 'paymentDate', label: 'Utbetalningsdatum', headers: ['Utbetalningsdatum', 'Utbetald'], kind: 'date' },
];

/**
 * Digits with no check digit that decide whose money it is and how much: a misread digit still has
 * the right form, so the cell is flagged unless the reader is this sure (the default is 80).
 */
const STRICT_BELOW: Readonly<Record<string, number>> = { migIndividualNumber: 90, amount: 90 };

function flagStrictCells(read: Read): Read {
  const rows = read.rows.map((row) => ({
    ...row,
    cells: row.cells.map((c) => (c.text && c.confidence < (STRICT_BELOW[c.field] ?? 0) ? { ...c, uncertain: true } : c)),
  }));
  return { ...read, rows, uncertainCount: rows.reduce((n, r) => n + r.cells.filter((c) => c.uncertain).length, 0) };
}

export interface ScannedDecisionResult extends Read {
  fileName: string;
  fields: { key: string; label: string; required: boolean }[];
}

const FIELD_LIST = SCANNED_DECISION_FIELDS.map((f) => ({ key: f.key, label: f.label, required: Boolean(ESERVICE_FIELDS[f.key]?.required) }));
const NO_TABLE = SCAN_MESSAGES.NO_TABLE.replace('MiG:s kolumnrubriker (t.ex. Diarienummer, Individnummer, Belopp)', 'beslutets kolumnrubriker (t.ex. Personnummer, Ersättningskod, Belopp)');
export const MAX_SCANNED_ROWS = 5000;

function checkFileName(fileName: string): string {
  const name = fileName.trim();
  if (!name) throw new ValidationError('fileName', 'Ange filens namn.', 'REQUIRED');
  if (name.length > 255) throw new ValidationError('fileName', 'Filnamnet får vara högst 255 tecken.', 'TOO_LONG');
  return name;
}

/**
 * Reads a scanned paper decision with OCR for review. Nothing is stored: the user confirms or
 * corrects the uncertain cells and imports the reviewed rows. A file that cannot be read answers
 * with the reader's Swedish message (BAD_USER_INPUT, field contentBase64, reason EMPTY/UNSUPPORTED/TOO_LARGE/UNREADABLE/NO_TABLE).
 */
export async function readScannedDecision(fileName: string, content: Buffer): Promise<ScannedDecisionResult> {
  const name = checkFileName(fileName);
  try {
    const read = flagStrictCells(await readScannedList(content, SCANNED_DECISION_FIELDS));
    return { ...read, fileName: name, fields: FIELD_LIST };
  } catch (error) {
    if (error instanceof ScanError) throw new ValidationError('contentBase64', error.reason === 'NO_TABLE' ? NO_TABLE : error.message, error.reason);
    throw error;
  }
}

/**
 * Writes the reviewed rows (cells in SCANNED_DECISION_FIELDS order) as an Excel file with the
 * e-service's headers and imports it as an ordinary ESERVICE_SCHABLON file from OCR: every row is
 * booked or listed as a deviation (payments get source OCR). The same rows again are the same file: nothing new happens.
 */
export async function importScannedRows(
  em: EntityManager,
  queue: TaskQueue,
  input: { fileName: string; rows: readonly (readonly string[])[] },
  username: string,
): Promise<{ file: ImportFileRow; alreadyReceived: boolean; message: string }> {
  const name = checkFileName(input.fileName);
  if (!input.rows.length) throw new ValidationError('rows', 'Det finns inga rader att importera.', 'EMPTY');
  if (input.rows.length > MAX_SCANNED_ROWS) throw new ValidationError('rows', 'Högst 5 000 rader per skannat beslut.', 'TOO_MANY');
  const width = SCANNED_DECISION_FIELDS.length;
  const bad = input.rows.findIndex((r) => r.length !== width);
  if (bad >= 0) throw new ValidationError('rows', `Rad ${bad + 1} har ${input.rows[bad]!.length} celler; varje rad ska ha ${width} (${FIELD_LIST.map((f) => f.label).join(', ')}).`, 'SHAPE');
  if (input.rows.some((r) => r.some((c) => c.length > 200))) throw new ValidationError('rows', 'En cell får vara högst 200 tecken.', 'TOO_LONG');

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Granskat beslut');
  sheet.addRow(SCANNED_DECISION_FIELDS.map((f) => ESERVICE_PROFILE.columns[f.key]?.headers?.[0] ?? f.label));
  for (const row of input.rows) sheet.addRow(row.map((c) => c.trim()));
  workbook.created = workbook.modified = new Date(0);
  // The same reviewed rows are the same bytes, so sending them again imports nothing twice.
  const content = withFixedZipDates(Buffer.from(await workbook.xlsx.writeBuffer()));
  const base = name.replace(/\.[a-z0-9]+$/i, '') || 'skannat-beslut';
  return startFlatRateImport(em, queue, { kind: 'ESERVICE_SCHABLON', profileKey: ESERVICE_PROFILE.key, fileName: `${base} (granskad).xlsx`, content, source: 'OCR' }, username);
}
