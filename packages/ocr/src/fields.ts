/**
 * What a column of a scanned list holds, and how to tell whether what the OCR read there can be
 * right. A check never makes a cell certain: it only flags text that cannot be right.
 */
export type FieldKind = 'text' | 'caseNumber' | 'individualNumber' | 'personalIdentityNumber' | 'date' | 'amount' | 'code' | 'birthData';

export interface ScanField {
  /** Stable key, e.g. "caseNumber". */
  key: string;
  /** Swedish label for the review screen. */
  label: string;
  /** Column headers that mean this field (compared like the import engine: no case, spaces or punctuation). */
  headers: readonly string[];
  kind?: FieldKind;
  /** An empty cell is fine (otherwise an empty cell gets confidence 0 and is flagged). */
  optional?: boolean;
}

/** The columns of MiG's decision list ("Roselista"), as in the e-service's export. */
export const ROSE_LIST_FIELDS: readonly ScanField[] = [
  { key: 'caseNumber', label: 'Diarienummer', headers: ['Diarienummer', 'Dnr'], kind: 'caseNumber' },
  { key: 'individualNumber', label: 'Individnummer', headers: ['Individnummer', 'Dossiernummer'], kind: 'individualNumber' },
  { key: 'birthData', label: 'Födelsedata', headers: ['Födelsedata', 'Födelsedatum'], kind: 'birthData' },
  { key: 'firstName', label: 'Förnamn', headers: ['Förnamn'], kind: 'text' },
  { key: 'lastName', label: 'Efternamn', headers: ['Efternamn'], kind: 'text' },
  { key: 'periodFrom', label: 'Fr o m', headers: ['Fr o m', 'Från och med', 'From'], kind: 'date' },
  { key: 'periodTo', label: 'T o m', headers: ['T o m', 'Till och med', 'Tom'], kind: 'date' },
  { key: 'amount', label: 'Belopp', headers: ['Belopp', 'Beviljat belopp'], kind: 'amount' },
  // The municipality's own reference may be left empty (MiG's manual 2.3.10).
  { key: 'reference', label: 'Referens', headers: ['Referens'], kind: 'code', optional: true },
  { key: 'compensation', label: 'Ersättning', headers: ['Ersättning', 'Ersättningskod'], kind: 'code' },
  { key: 'outcome', label: 'Beslut', headers: ['Beslut', 'Utfall'], kind: 'text' },
];

/** "Fr o m" → "from": the import engine's header comparison (no case, spaces or punctuation). */
export function normaliseHeader(value: string): string {
  return value
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/[^a-z0-9åäöéü]/g, '');
}

/** Letters OCR often reads for digits; swapped only in fields that hold nothing but digits. */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', '!': '1', i: '1', Z: '2', z: '2', S: '5', s: '5', B: '8', G: '6', b: '6', g: '9', q: '9' };
const DIGITISH_KINDS: ReadonlySet<FieldKind> = new Set(['caseNumber', 'individualNumber', 'personalIdentityNumber', 'date', 'amount', 'birthData']);

export interface CheckedText {
  /** The text after safe normalisation. */
  text: string;
  /** Normalisation changed the text (the user must look at it). */
  changed: boolean;
  /** The text has the form the field's kind needs. */
  valid: boolean;
}

/**
 * Tidies what OCR read for a field (dashes, look-alike letters in digit fields, stray spaces in
 * numbers) and checks its form. Anything but whitespace that had to be changed is reported.
 */
export function checkCellText(raw: string, kind: FieldKind = 'text'): CheckedText {
  const trimmed = raw.replace(/\s+/g, ' ').trim();
  let text = trimmed.replace(/[‐-―−]/g, '-');
  if (DIGITISH_KINDS.has(kind)) {
    text = text.replace(/[A-Za-z|!]/g, (c) => DIGIT_LOOKALIKES[c] ?? c);
    if (kind !== 'amount') text = text.replace(/ /g, '');
    if (kind === 'amount') text = text.replace(/^(-?[\d ]+)\.(\d{2})$/, '$1,$2');
  }
  if (kind === 'code') text = text.replace(/ /g, '').toLocaleUpperCase('sv-SE');
  return { text, changed: text !== trimmed, valid: isValid(text, kind) };
}

function isValid(text: string, kind: FieldKind): boolean {
  switch (kind) {
    case 'caseNumber':
      // MiG's diarienummer: "8.3.1-2026-12345"; older lists: "1234-26".
      return /^\d+(\.\d+)*-\d{4}-\d+$/.test(text) || /^\d{1,7}-\d{2}$/.test(text);
    case 'individualNumber':
      // Individnummer (dossiernummer) has seven or eight digits (MiG's manual 2.3.4).
      return /^\d{7,8}$/.test(text);
    case 'personalIdentityNumber':
      // Personnummer or samordningsnummer with century, ÅÅÅÅMMDD-NNNN or ÅÅÅÅMMDDNNNN, check digit right.
      return /^\d{8}-?\d{4}$/.test(text) && isCalendarDate(text.slice(0, 8), true) && luhnOk(text.replace('-', '').slice(2));
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDate(text.replace(/-/g, ''), false);
    case 'birthData':
      return (/^\d{8}$/.test(text) && isCalendarDate(text, true)) || (/^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDate(text.replace(/-/g, ''), true));
    case 'amount':
      return /^-?\d{1,3}( \d{3})*(,\d{2})?$/.test(text) || /^-?\d+(,\d{2})?$/.test(text);
    case 'code':
      return /^[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9_-]{0,19}$/.test(text);
    case 'text':
      return /^\p{L}[\p{L} '.-]*$/u.test(text);
  }
}

/** The last of ten digits is the Luhn check digit of the other nine. */
function luhnOk(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    let d = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** YYYYMMDD is a real date (a coordination number's day + 60 allowed where asked). */
function isCalendarDate(yyyymmdd: string, allowCoordinationDay: boolean): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  let day = Number(yyyymmdd.slice(6, 8));
  if (allowCoordinationDay && day > 60) day -= 60;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
