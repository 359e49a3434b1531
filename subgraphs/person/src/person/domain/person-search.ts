import { isMigIndividualNumber, parseIdentityNumber } from '@statsbidrag/domain';

/** What a free-text person search looks for. */
export interface PersonSearch {
  /** The whole term, for a name match (first or last name contains it). */
  text: string;
  /** The words of the term; each must be in the first or last name ("Amina Ahmadi"). */
  words: string[];
  /** A complete personnummer/samordningsnummer, normalised to 12 digits. */
  identityNumber: string | null;
  /** At least 6 digits that are not a complete identity number: part of one. */
  identityDigits: string | null;
  /** MiG individnummer (7–8 digits): exact match. */
  migIndividualNumber: string | null;
}

/** Characters that PostgreSQL LIKE treats specially, escaped with a backslash. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Reads a search term. A term of digits (with `-`, `+` or spaces) is an identifier: a full
 * personnummer/samordningsnummer in any accepted form (10 or 12 digits, `-`/`+`), a MiG
 * individnummer, or ≥ 6 digits of a personnummer. Anything else is a name.
 */
export function parsePersonSearch(term: string | null | undefined, today: Date = new Date()): PersonSearch | null {
  const text = term?.trim().replace(/\s+/g, ' ') ?? '';
  if (!text) return null;
  const words = text.split(' ').filter(Boolean);
  const numeric = /^[\d\s+-]+$/.test(text);
  const digits = text.replace(/\D/g, '');
  let identityNumber: string | null = null;
  let identityDigits: string | null = null;
  if (numeric) {
    const parsed = parseIdentityNumber(text.replace(/\s/g, ''), today);
    if (parsed.ok) identityNumber = parsed.normalised;
    else if (digits.length >= 6) identityDigits = digits;
  }
  const migIndividualNumber = numeric && isMigIndividualNumber(digits) && digits === text.replace(/\s/g, '') ? digits : null;
  return { text, words, identityNumber, identityDigits, migIndividualNumber };
}
