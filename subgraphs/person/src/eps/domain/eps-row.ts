import { IDENTITY_NUMBER_MESSAGES, isIsoDate, isMigIndividualNumber, parseIdentityNumber } from '@statsbidrag/domain';
import { EPS_COLUMN_LABELS, type EpsColumns, type EpsField } from './eps-columns.js';

/** A row of an EPS extract after validation: identifiers normalised, texts trimmed, empty = null. */
export interface EpsRow {
  /** The row number as a spreadsheet program shows it (the header is row 1). */
  rowNumber: number;
  personalIdentityNumber: string | null;
  isCoordinationNumber: boolean;
  birthDate: string | null;
  migIndividualNumber: string | null;
  firstName: string | null;
  lastName: string | null;
  address: string | null;
  postalCode: string | null;
  registeredAt: string | null;
  districtCode: string | null;
  districtName: string | null;
}

/** Why a row was not applied. `field` is the column name users see. */
export interface EpsRowProblem {
  rowNumber: number;
  field: string | null;
  reason: string;
}

export type EpsRowResult = { ok: true; row: EpsRow } | { ok: false; problems: EpsRowProblem[] };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoOf = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A spreadsheet cell as trimmed text ('' for empty). Dates become ÅÅÅÅ-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoOf(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value).trim();
}

/** Excel's day numbers (1900 date system) for date cells stored without a date format. */
function excelSerialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return isoOf(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
}

/** ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD or ÅÅÅÅ/MM/DD (a time part is ignored); Excel dates and day numbers. */
export function parseEpsDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoOf(value);
  if (typeof value === 'number') return excelSerialToIso(value);
  const text = cellText(value);
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text) ?? /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(iso) ? iso : null;
}

function addDays(date: Date, days: number): string {
  return isoOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days)));
}

/**
 * Validates one data row of an EPS extract. Every broken field is reported with a Swedish reason.
 * Rules: personnummer/samordningsnummer (10 or 12 digits, `-`/`+`, Luhn) and/or MiG individnummer
 * (7–8 digits), at least one of them; postnummer five digits; folkbokföringsdatum a real date, not
 * before 1900 nor more than a year ahead, required when an address or district is given. Names,
 * address and district may be empty (an empty address or unknown district flags the person).
 */
export function validateEpsRow(cells: Partial<Record<EpsField, unknown>>, rowNumber: number, today: Date = new Date()): EpsRowResult {
  const problems: EpsRowProblem[] = [];
  const problem = (field: EpsField | null, reason: string) => problems.push({ rowNumber, field: field ? EPS_COLUMN_LABELS[field] : null, reason });
  const text = (f: EpsField) => cellText(cells[f]);

  let pinText = text('personalIdentityNumber').replace(/\s/g, '');
  // A 10-digit number typed into a number cell loses its leading zero (born 2000–2009).
  if (typeof cells.personalIdentityNumber === 'number' && /^\d{9}$/.test(pinText)) pinText = `0${pinText}`;
  let personalIdentityNumber: string | null = null;
  let isCoordinationNumber = false;
  let birthDate: string | null = null;
  if (pinText) {
    const parsed = parseIdentityNumber(pinText, today);
    if (parsed.ok) {
      personalIdentityNumber = parsed.normalised;
      isCoordinationNumber = parsed.isCoordinationNumber;
      birthDate = parsed.birthDate;
    } else {
      problem('personalIdentityNumber', IDENTITY_NUMBER_MESSAGES[parsed.error]);
    }
  }
  const migText = text('migIndividualNumber').replace(/\s/g, '');
  let migIndividualNumber: string | null = null;
  if (migText) {
    if (isMigIndividualNumber(migText)) migIndividualNumber = migText;
    else problem('migIndividualNumber', 'Individnumret (MiG:s dossiernummer) ska ha 7 eller 8 siffror.');
  }
  if (!pinText && !migText) problem('personalIdentityNumber', 'Personnummer/samordningsnummer eller individnummer måste anges.');

  const firstName = text('firstName').replace(/\s+/g, ' ') || null;
  const lastName = text('lastName').replace(/\s+/g, ' ') || null;
  if (firstName && firstName.length > 100) problem('firstName', 'Förnamnet får vara högst 100 tecken.');
  if (lastName && lastName.length > 100) problem('lastName', 'Efternamnet får vara högst 100 tecken.');

  const address = text('address').replace(/\s+/g, ' ') || null;
  if (address && address.length > 200) problem('address', 'Adressen får vara högst 200 tecken.');

  const postalText = text('postalCode').replace(/\s/g, '');
  let postalCode: string | null = null;
  if (postalText) {
    if (/^\d{5}$/.test(postalText)) postalCode = `${postalText.slice(0, 3)} ${postalText.slice(3)}`;
    else problem('postalCode', 'Postnumret ska ha fem siffror (t.ex. 123 45).');
  }

  const districtCode = text('districtCode') || null;
  const districtName = text('districtName') || null;

  let registeredAt: string | null = null;
  const rawDate = cells.registeredAt;
  if (cellText(rawDate)) {
    registeredAt = parseEpsDate(rawDate);
    if (!registeredAt) problem('registeredAt', 'Folkbokföringsdatumet är inget giltigt datum (skriv ÅÅÅÅ-MM-DD).');
    else if (registeredAt < '1900-01-01') {
      problem('registeredAt', 'Folkbokföringsdatumet kan inte vara före 1900.');
      registeredAt = null;
    } else if (registeredAt > addDays(today, 366)) {
      problem('registeredAt', 'Folkbokföringsdatumet ligger mer än ett år fram i tiden.');
      registeredAt = null;
    }
  } else if (address || districtCode || districtName || postalCode) {
    problem('registeredAt', 'Folkbokföringsdatum saknas (krävs när adress eller stadsdel anges).');
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    row: { rowNumber, personalIdentityNumber, isCoordinationNumber, birthDate, migIndividualNumber, firstName, lastName, address, postalCode, registeredAt, districtCode, districtName },
  };
}

/** Picks the row's cells out of a spreadsheet row using the header's column positions. */
export function cellsOf(values: readonly unknown[], columns: EpsColumns): Partial<Record<EpsField, unknown>> {
  const cells: Partial<Record<EpsField, unknown>> = {};
  for (const [field, index] of Object.entries(columns) as [EpsField, number][]) cells[field] = values[index];
  return cells;
}

/** True when every cell is empty (such rows are skipped, not counted). */
export function isEmptyRow(values: readonly unknown[]): boolean {
  return values.every((v) => cellText(v) === '');
}
