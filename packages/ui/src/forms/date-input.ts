import { isIsoDate } from '@statsbidrag/domain';
import { todayForFilename } from '../csv/export-table-csv.js';

export type DateInputResult = { ok: true; value: string } | { ok: false; message: string };

export interface DateInputOptions {
  /** The field's name in the message, e.g. "Födelsedatum". */
  label: string;
  /** Refuse dates after today (Stockholm time), e.g. for a birth date. */
  notInFuture?: boolean;
  /** Today as ÅÅÅÅ-MM-DD (for tests). */
  today?: string;
}

/**
 * Checks a date typed as ÅÅÅÅ-MM-DD (ÅÅÅÅMMDD is accepted and normalised) and explains in Swedish
 * what is wrong. An empty field is `{ ok: true, value: '' }`.
 */
export function parseDateInput(input: string, { label, notInFuture = false, today = todayForFilename() }: DateInputOptions): DateInputResult {
  const raw = input.trim();
  if (!raw) return { ok: true, value: '' };
  const value = /^\d{8}$/.test(raw) ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6)}` : raw;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { ok: false, message: `Skriv ${label.toLowerCase()} som ÅÅÅÅ-MM-DD, till exempel 1990-05-17.` };
  if (!isIsoDate(value)) return { ok: false, message: `${value} är inget giltigt datum. Skriv ${label.toLowerCase()} som ÅÅÅÅ-MM-DD.` };
  if (notInFuture && value > today) return { ok: false, message: `${label} kan inte vara ett datum i framtiden.` };
  return { ok: true, value };
}
