/**
 * Personnummer and samordningsnummer (Skatteverket; FOL 18 §, 18 a §).
 * Accepts 10 or 12 digits, with or without `-`, and `+` for people aged 100 or more in the
 * 10-digit form. Stores 12 digits. Coordination numbers have day + 60.
 */
export type IdentityNumberError =
  | 'FORMAT'
  | 'DATE'
  | 'CHECK_DIGIT';

export const IDENTITY_NUMBER_MESSAGES: Record<IdentityNumberError, string> = {
  FORMAT: 'Personnummer/samordningsnummer ska ha 10 eller 12 siffror (ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN).',
  DATE: 'Personnummer/samordningsnummer innehåller inget giltigt datum.',
  CHECK_DIGIT: 'Kontrollsiffran i personnummer/samordningsnummer stämmer inte.',
};

export type ParsedIdentityNumber =
  | { ok: true; normalised: string; isCoordinationNumber: boolean; birthDate: string }
  | { ok: false; error: IdentityNumberError; message: string };

/** Luhn (mod 10, weights 2-1) over the 9 first digits of the 10-digit form. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function fail(error: IdentityNumberError): ParsedIdentityNumber {
  return { ok: false, error, message: IDENTITY_NUMBER_MESSAGES[error] };
}

function validDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * @param today used to resolve the century of a 10-digit number (defaults to now).
 */
export function parseIdentityNumber(input: string, today: Date = new Date()): ParsedIdentityNumber {
  const raw = input.trim();
  const m = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/.exec(raw);
  if (!m) return fail('FORMAT');
  const [, century, yymmdd, sep, last4] = m as unknown as [string, string | undefined, string, string, string];
  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  let day = Number(yymmdd.slice(4, 6));
  const isCoordinationNumber = day > 60;
  if (isCoordinationNumber) day -= 60;

  let year: number;
  if (century !== undefined) {
    if (sep === '+') return fail('FORMAT');
    year = Number(century) * 100 + yy;
  } else {
    const thisYear = today.getUTCFullYear();
    year = Math.floor(thisYear / 100) * 100 + yy;
    if (year > thisYear) year -= 100;
    if (sep === '+') year -= 100;
  }
  if (!validDate(year, month, day)) return fail('DATE');
  const ten = yymmdd + last4;
  if (luhnCheckDigit(ten.slice(0, 9)) !== Number(ten[9])) return fail('CHECK_DIGIT');
  const normalised = String(year).padStart(4, '0') + yymmdd.slice(2) + last4;
  const birthDate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { ok: true, normalised, isCoordinationNumber, birthDate };
}

/** MiG individnummer (dossiernummer): 7 or 8 digits. */
export function isMigIndividualNumber(input: string): boolean {
  return /^\d{7,8}$/.test(input.trim());
}

/** Shows 12 digits as ÅÅÅÅMMDD-NNNN. */
export function formatIdentityNumber(normalised: string): string {
  return normalised.length === 12 ? `${normalised.slice(0, 8)}-${normalised.slice(8)}` : normalised;
}
