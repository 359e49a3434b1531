import { isIsoDate } from '@statsbidrag/domain';

/** Avslutsorsak (glossary: ClosureReason). */
export const ClosureReason = {
  SCHABLONPERIOD_SLUT: 'SCHABLONPERIOD_SLUT',
  AVLIDIT: 'AVLIDIT',
  FLYTTAT_TILL_ANNAN_KOMMUN: 'FLYTTAT_TILL_ANNAN_KOMMUN',
  SVENSKT_MEDBORGARSKAP: 'SVENSKT_MEDBORGARSKAP',
  OVRIGT: 'OVRIGT',
} as const;
export type ClosureReason = (typeof ClosureReason)[keyof typeof ClosureReason];

export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  SCHABLONPERIOD_SLUT: 'Schablonersättningsperiod slut',
  AVLIDIT: 'Avlidit',
  FLYTTAT_TILL_ANNAN_KOMMUN: 'Flyttat till annan kommun',
  SVENSKT_MEDBORGARSKAP: 'Svenskt medborgarskap',
  OVRIGT: 'Övrigt',
};

export function isClosureReason(value: unknown): value is ClosureReason {
  return typeof value === 'string' && value in CLOSURE_REASON_LABELS;
}

/**
 * Retention after closure: personal data is purged three weeks after the later of the closure
 * (or deactivation) date and the day the person's last case was settled — the rule the grants
 * team uses for claims ("i vanligaste fall 3 veckor efter laga kraft"). A date set by hand wins.
 */
export const RETENTION_DAYS_AFTER_CLOSURE = 21;

export const MAX_NOTE_LENGTH = 2000;

export interface FieldProblem { field: string; message: string; reason: string }

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** The purge date computed at closure: 21 days after the latest of closure and the last settled case. */
export function computedPurgeDate(endedOn: string, lastCaseSettledOn: string | null): string {
  const from = lastCaseSettledOn && lastCaseSettledOn > endedOn ? lastCaseSettledOn : endedOn;
  return addDays(from, RETENTION_DAYS_AFTER_CLOSURE);
}

function checkDate(field: string, value: string | null | undefined, label: string, today: string, problems: FieldProblem[], required = true): void {
  if (!value) {
    if (required) problems.push({ field, message: `${label} måste anges.`, reason: 'REQUIRED' });
    return;
  }
  if (!isIsoDate(value)) problems.push({ field, message: `${label} ska vara ett datum (ÅÅÅÅ-MM-DD).`, reason: 'FORMAT' });
  else if (value > today) problems.push({ field, message: `${label} kan inte ligga i framtiden.`, reason: 'IN_FUTURE' });
}

export interface ClosureInput { closedOn: string; reason: string; note?: string | null }

/** Closing the grant handling: a date (not in the future), a reason, and a note when the reason is Övrigt. */
export function validateClosure(input: ClosureInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkDate('closedOn', input.closedOn, 'Datum för avslut', today, problems);
  if (!isClosureReason(input.reason)) problems.push({ field: 'reason', message: 'Välj en avslutsorsak.', reason: 'REQUIRED' });
  const note = input.note?.trim() ?? '';
  if (input.reason === ClosureReason.OVRIGT && !note) problems.push({ field: 'note', message: 'Beskriv orsaken när avslutsorsaken är Övrigt.', reason: 'REQUIRED' });
  if (note.length > MAX_NOTE_LENGTH) problems.push({ field: 'note', message: `Kommentaren får vara högst ${MAX_NOTE_LENGTH} tecken.`, reason: 'TOO_LONG' });
  return problems;
}

export function validateDateNotInFuture(field: string, label: string, value: string, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkDate(field, value, label, today, problems);
  return problems;
}

/** A purge date set by hand: a valid date, not before today (a past date would purge at once). */
export function validatePurgeDate(value: string | null, today: string): FieldProblem[] {
  if (value === null) return [];
  if (!isIsoDate(value)) return [{ field: 'purgeOn', message: 'Gallringsdatum ska vara ett datum (ÅÅÅÅ-MM-DD).', reason: 'FORMAT' }];
  if (value < today) return [{ field: 'purgeOn', message: 'Gallringsdatum kan inte ligga före dagens datum.', reason: 'IN_PAST' }];
  return [];
}

export interface OpenCaseRef { context: string; label: string; statusLabel: string }

/** The refusal users read when open cases stop a closure or a purge. */
export function openCasesMessage(what: string, cases: readonly OpenCaseRef[]): string {
  const names = cases.map((c) => `${c.label} (${c.statusLabel})`);
  const claims = cases.filter((c) => c.context === 'claims').length;
  const appeals = cases.length - claims;
  const parts = [claims ? `${claims} ${claims === 1 ? 'pågående återsökning' : 'pågående återsökningar'}` : null, appeals ? `${appeals} ${appeals === 1 ? 'pågående överklagan' : 'pågående överklaganden'}` : null].filter(Boolean);
  return `${what}: personen har ${parts.join(' och ')}: ${names.join('; ')}.`;
}
