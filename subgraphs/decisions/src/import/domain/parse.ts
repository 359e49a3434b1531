import { isIsoDate, isMigIndividualNumber, parseIdentityNumber } from '@statsbidrag/domain';
import { DecisionOutcome } from '../../decision/domain/decision.js';

/** Parsing MiG's cells: dates, periods, outcomes and identifiers as the e-service and people write them. */

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
};

/** Excel's day 0 is 1899-12-30 (with its 1900 leap-year bug already absorbed). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date as ÅÅÅÅ-MM-DD from "2025-03-01", "20250301", "250301", "2025-03-01T…", "1/3/2025" is NOT
 * accepted (ambiguous); an Excel serial day number (e.g. 45717) is. Null when it is no date.
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{2})(\d{2})(\d{2})$/.exec(t);
  if (m) return iso(2000 + Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.0+)?$/.test(t)) {
    const serial = Number(t);
    if (serial > 20_000 && serial < 80_000) return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A month as ÅÅÅÅ-MM from "2025-03", "202503" or "2025-03-01"; null otherwise. */
export function parseMonth(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})-?(\d{2})$/.exec(t) ?? /^(\d{4})-(\d{2})-01$/.exec(t);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${m[2]}` : null;
}

/**
 * MiG's "Period" column: "2025-01-01 – 2025-03-31", "2025-01-01--2025-03-31", "20250101-20250331"
 * or a month ("2025-01", "202501", covering the whole month). Null when it is none of these.
 */
export function parsePeriod(text: string): { from: string; to: string } | null {
  const t = text.trim();
  if (!t) return null;
  const month = parseMonth(t);
  if (month) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return { from: `${month}-01`, to: `${month}-${pad(lastDayOfMonth(y, m))}` };
  }
  const parts = t.split(/\s*(?:–|—|\s-\s|--|\s+till\s+|\s+t\.?o\.?m\.?\s+)\s*/i);
  let from: string | null = null;
  let to: string | null = null;
  if (parts.length === 2) {
    from = parseDate(parts[0]!);
    to = parseDate(parts[1]!);
  } else {
    const m = /^(\d{8}|\d{4}-\d{2}-\d{2})-(\d{8}|\d{4}-\d{2}-\d{2})$/.exec(t);
    if (m) {
      from = parseDate(m[1]!);
      to = parseDate(m[2]!);
    }
  }
  return from && to ? { from, to } : null;
}

const words = (t: string) => t.normalize('NFC').toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').trim();

/**
 * The outcome from MiG's text ("Beviljad", "Delvis beviljad", "Avslag", "Avvisad", "Beviljad efter
 * ny prövning", or the event text "Beslut: avslag"). Null when the text names no outcome.
 */
export function parseOutcome(text: string): DecisionOutcome | null {
  const t = words(text);
  if (!t) return null;
  const retried = /ny ?prövning|omprövning|nyprövning/.test(t);
  if (/delvis/.test(t)) return retried ? DecisionOutcome.DELVIS_BEVILJAD_EFTER_NY_PROVNING : DecisionOutcome.DELVIS_BEVILJAD;
  if (/avslag|avslå|avslog/.test(t)) return DecisionOutcome.AVSLAG;
  if (/avvis/.test(t)) return DecisionOutcome.AVVISAD;
  if (/bevilja|beviljad|bifall|bifalls/.test(t)) return retried ? DecisionOutcome.BEVILJAD_EFTER_NY_PROVNING : DecisionOutcome.BEVILJAD;
  return null;
}

/** What an identifier cell holds: MiG's individnummer, a personnummer/samordningsnummer, or nothing usable. */
export type IdentifierCell =
  | { kind: 'NONE' }
  | { kind: 'INDIVIDUAL'; value: string }
  | { kind: 'PERSONAL'; value: string }
  | { kind: 'INVALID'; message: string };

export function classifyIdentifier(text: string): IdentifierCell {
  const t = text.replace(/\s/g, '');
  if (!t) return { kind: 'NONE' };
  if (isMigIndividualNumber(t)) return { kind: 'INDIVIDUAL', value: t };
  const parsed = parseIdentityNumber(t);
  if (parsed.ok) return { kind: 'PERSONAL', value: parsed.normalised };
  if (/^[\d-+]{10,13}$/.test(t)) return { kind: 'INVALID', message: parsed.message };
  return { kind: 'INVALID', message: `"${text.trim()}" är varken ett individnummer (7 eller 8 siffror) eller ett personnummer.` };
}

export const isDate = isIsoDate;

/** A row the import does not apply: the field, a stable reason, a Swedish message and maybe a likely match. */
export const rejectRow = (field: string, reason: string, message: string, suggestion: Record<string, unknown> | null = null) => ({ ok: false as const, field, reason, message, suggestion });
