import { isMigIndividualNumber, parseIdentityNumber } from '@statsbidrag/domain';

/** Parsing the cells of MiG's flat-rate files: dates and identifiers as MiG and people write them. */

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
};
/** Excel's day 0 is 1899-12-30. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** ÅÅÅÅ-MM-DD from "2025-03-01", "20250301" or an Excel serial day; null when it is no date. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.0+)?$/.test(t)) {
    const serial = Number(t);
    if (serial > 20_000 && serial < 80_000) return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

/** The last day of the month before `date`: the day that counts for district and age (11 §). */
export function lastDayOfPreviousMonth(date: string): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 0));
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type PersonalNumberRead =
  | { kind: 'NONE' }
  | { kind: 'FULL'; normalised: string; birthDate: string }
  /** 10 digits without century: resolved against the persons we know (19xx or 20xx). */
  | { kind: 'SHORT'; candidates: string[] }
  | { kind: 'INCOMPLETE'; message: string }
  | { kind: 'INVALID'; message: string };

/**
 * A personnummer or samordningsnummer as MiG's row gives it. 12 digits are checked (date, Luhn);
 * 10 digits have no century and are only usable when exactly one known person has one of the two
 * readings; a birth date without the last four (ÅÅÅÅMMDD, ÅÅÅÅMMDD-XXXX, ÅÅÅÅMMDD-0000) is incomplete.
 */
export function readPersonalNumber(text: string): PersonalNumberRead {
  const t = text.trim();
  if (!t) return { kind: 'NONE' };
  const compact = t.replace(/\s/g, '');
  if (/^(\d{8}|\d{6})(-?(X{4}|0{4}|\*{4})|-)?$/i.test(compact)) {
    return { kind: 'INCOMPLETE', message: `Personnumret "${t}" saknar de fyra sista siffrorna.` };
  }
  const ten = /^(\d{6})[-+]?(\d{4})$/.exec(compact);
  if (ten) {
    const parsed = parseIdentityNumber(compact);
    if (!parsed.ok) return { kind: 'INVALID', message: `Personnumret "${t}" är ogiltigt: ${parsed.message}` };
    const digits = ten[1]! + ten[2]!;
    const candidates = ['19', '20'].map((c) => c + digits).filter((c) => parseIdentityNumber(c).ok);
    return { kind: 'SHORT', candidates };
  }
  const parsed = parseIdentityNumber(compact);
  if (!parsed.ok) return { kind: 'INVALID', message: `Personnumret "${t}" är ogiltigt: ${parsed.message}` };
  return { kind: 'FULL', normalised: parsed.normalised, birthDate: parsed.birthDate };
}

export type MigNumberRead = { kind: 'NONE' } | { kind: 'OK'; value: string } | { kind: 'INVALID'; message: string };

export function readMigNumber(text: string): MigNumberRead {
  const t = text.trim();
  if (!t) return { kind: 'NONE' };
  if (!isMigIndividualNumber(t)) return { kind: 'INVALID', message: `Individnumret "${t}" ska ha 7 eller 8 siffror.` };
  return { kind: 'OK', value: t };
}

/** Öre as a Swedish amount: 1234567 → "12 345,67 kr". */
export const kronor = (ore: number): string =>
  `${(ore / 100).toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/\u00a0/g, ' ').replace('−', '-')} kr`;
