import { isIsoDate, isUuid } from '@statsbidrag/domain';
/** Återkrav: the statuses of a recovery demand (glossary) and how they follow from its facts. */
export const RecoveryStatus = {
  OPEN: 'OPEN',
  APPEALED: 'APPEALED',
  OFFSET_PARTLY: 'OFFSET_PARTLY',
  SETTLED: 'SETTLED',
  CANCELLED: 'CANCELLED',
} as const;
export type RecoveryStatus = (typeof RecoveryStatus)[keyof typeof RecoveryStatus];

export const RECOVERY_STATUS_LABELS: Record<RecoveryStatus, string> = {
  OPEN: 'Öppet',
  APPEALED: 'Överklagat',
  OFFSET_PARTLY: 'Delvis kvittat',
  SETTLED: 'Kvittat',
  CANCELLED: 'Makulerat',
};

/** Statuses still to be offset at a payment. */
export const UNSETTLED_RECOVERY_STATUSES: readonly RecoveryStatus[] = ['OPEN', 'APPEALED', 'OFFSET_PARTLY'];

/**
 * The status a recovery has from its amounts and decisions: cancelled stays cancelled; nothing
 * left = settled; an appeal shows as appealed while money remains; otherwise partly offset or open.
 */
export function recoveryStatus(r: { amount: number; offsetAmount: number; appealDecision?: string | null; cancelled?: boolean }): RecoveryStatus {
  if (r.cancelled) return 'CANCELLED';
  if (r.amount - r.offsetAmount <= 0) return 'SETTLED';
  if (r.appealDecision === 'APPEAL') return 'APPEALED';
  return r.offsetAmount > 0 ? 'OFFSET_PARTLY' : 'OPEN';
}

/** "Återkrav FSKA 2025-01-01–2025-03-31": what a user reads (no personal data). */
export function recoveryLabel(r: { compensationCode: string; periodFrom?: string | null; periodTo?: string | null }): string {
  return r.periodFrom && r.periodTo ? `Återkrav ${r.compensationCode} ${r.periodFrom}–${r.periodTo}` : `Återkrav ${r.compensationCode}`;
}

/** The district's answer to a recovery decision: appeal it to MiG, or accept it. */
export const RecoveryAppealDecision = { APPEAL: 'APPEAL', ACCEPT: 'ACCEPT' } as const;
export type RecoveryAppealDecision = (typeof RecoveryAppealDecision)[keyof typeof RecoveryAppealDecision];
export const RECOVERY_APPEAL_DECISION_LABELS: Record<RecoveryAppealDecision, string> = { APPEAL: 'Överklaga', ACCEPT: 'Godta' };

/** Which side of the thread wrote a message (and who hears of it): AmF or the district. */
export type RecoverySide = 'AMF' | 'DISTRICT';

/** Where a recovery came from: started by hand, or from an imported row with an Å code. */
export const RecoverySource = { MANUAL: 'MANUAL', IMPORT: 'IMPORT' } as const;

export const MAX_COMPENSATION_CODE_LENGTH = 20;
export const MAX_REASON_LENGTH = 2000;
export const MAX_PROPOSED_ACTION_LENGTH = 2000;
export const MAX_MESSAGE_LENGTH = 5000;
export const MAX_CASE_NUMBER_LENGTH = 64;
/** Days to appeal when the settings row is missing (FL 44 §: three weeks). */
export const DEFAULT_APPEAL_DAYS = 21;

export interface RecoveryProblem {
  field: string;
  reason: string;
  message: string;
}

const DISTRICT_CODE_RE = /^[A-Z0-9_]{1,40}$/;

/** The calendar date in Stockholm (ÅÅÅÅ-MM-DD) at the given moment: deadlines are Swedish days. */
export function stockholmDate(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Last day to appeal: the decision date plus the appeal days (calendar arithmetic on ÅÅÅÅ-MM-DD). */
export function appealDeadlineOf(decidedAt: string, appealDays: number): string {
  const [y, m, d] = decidedAt.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + appealDays)).toISOString().slice(0, 10);
}

/** "1 234,50 kr": öre as a user reads them. */
export function formatKronor(ore: number): string {
  const kr = ore / 100;
  const text = kr.toLocaleString('sv-SE', { minimumFractionDigits: Number.isInteger(kr) ? 0 : 2, maximumFractionDigits: 2 });
  return `${text.replace(/\u2212/g, '-')} kr`;
}

export interface NewRecoveryInput {
  personId: string;
  compensationCode: string;
  periodFrom: string;
  periodTo: string;
  amount: number;
  reason: string;
  decisionId?: string | null;
  migCaseNumber?: string | null;
  decidedAt?: string | null;
  proposedAction?: string | null;
  districtCode?: string | null;
}

export interface ValidNewRecovery {
  personId: string;
  compensationCode: string;
  periodFrom: string;
  periodTo: string;
  amount: number;
  reason: string;
  decisionId: string | null;
  migCaseNumber: string | null;
  decidedAt: string;
  proposedAction: string | null;
  districtCode: string | null;
}

/**
 * Checks a recovery started by hand and normalises it (trimmed texts, upper-case codes, the
 * decision date defaulting to today). Returns every problem, one per field, in Swedish.
 */
export function validateNewRecovery(input: NewRecoveryInput, today: string): { ok: true; value: ValidNewRecovery } | { ok: false; problems: RecoveryProblem[] } {
  const problems: RecoveryProblem[] = [];
  const add = (field: string, reason: string, message: string) => problems.push({ field, reason, message });

  const personId = input.personId?.trim() ?? '';
  if (!personId) add('personId', 'REQUIRED', 'Ange personen återkravet gäller.');
  else if (!isUuid(personId)) add('personId', 'FORMAT', 'Personens id har fel format.');

  const compensationCode = input.compensationCode?.trim().toUpperCase() ?? '';
  if (!compensationCode) add('compensationCode', 'REQUIRED', 'Ange ersättningstyp.');
  else if (compensationCode.length > MAX_COMPENSATION_CODE_LENGTH) add('compensationCode', 'TOO_LONG', `Ersättningstypen får vara högst ${MAX_COMPENSATION_CODE_LENGTH} tecken.`);

  const fromOk = isIsoDate(input.periodFrom);
  const toOk = isIsoDate(input.periodTo);
  if (!fromOk) add('periodFrom', 'INVALID_DATE', 'Periodens första dag måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).');
  if (!toOk) add('periodTo', 'INVALID_DATE', 'Periodens sista dag måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).');
  if (fromOk && toOk && input.periodFrom > input.periodTo) add('periodTo', 'PERIOD_ORDER', 'Periodens sista dag kan inte ligga före dess första dag.');

  if (!Number.isSafeInteger(input.amount)) add('amount', 'NOT_INTEGER', 'Beloppet ska anges som ett heltal i öre.');
  else if (input.amount <= 0) add('amount', 'NOT_POSITIVE', 'Beloppet ska vara större än 0 kr.');

  const reason = input.reason?.trim() ?? '';
  if (!reason) add('reason', 'REQUIRED', 'Ange skälet till återkravet.');
  else if (reason.length > MAX_REASON_LENGTH) add('reason', 'TOO_LONG', `Skälet får vara högst ${MAX_REASON_LENGTH} tecken.`);

  const decisionId = input.decisionId?.trim() || null;
  if (decisionId !== null && !isUuid(decisionId)) add('decisionId', 'FORMAT', 'Beslutets id har fel format.');

  const migCaseNumber = input.migCaseNumber?.trim() || null;
  if (migCaseNumber !== null && migCaseNumber.length > MAX_CASE_NUMBER_LENGTH) add('migCaseNumber', 'TOO_LONG', `MiG:s diarienummer får vara högst ${MAX_CASE_NUMBER_LENGTH} tecken.`);

  const decidedAt = input.decidedAt ?? today;
  if (!isIsoDate(decidedAt)) add('decidedAt', 'INVALID_DATE', 'Beslutsdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).');
  else if (decidedAt > today) add('decidedAt', 'IN_FUTURE', 'Beslutsdatum kan inte ligga i framtiden.');

  const proposedAction = input.proposedAction?.trim() || null;
  if (proposedAction !== null && proposedAction.length > MAX_PROPOSED_ACTION_LENGTH) add('proposedAction', 'TOO_LONG', `Förslaget till åtgärd får vara högst ${MAX_PROPOSED_ACTION_LENGTH} tecken.`);

  const districtCode = input.districtCode?.trim().toUpperCase() || null;
  if (districtCode !== null && !DISTRICT_CODE_RE.test(districtCode)) add('districtCode', 'FORMAT', 'Stadsdelskoden har fel format.');

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: { personId, compensationCode, periodFrom: input.periodFrom, periodTo: input.periodTo, amount: input.amount, reason, decisionId, migCaseNumber, decidedAt, proposedAction, districtCode },
  };
}

/** A required free text (proposed action, cancel reason, message): trimmed, 1..max characters. */
export function checkText(field: string, raw: string | null | undefined, max: number, missing: string, label: string): { ok: true; text: string } | { ok: false; problem: RecoveryProblem } {
  const text = raw?.trim() ?? '';
  if (!text) return { ok: false, problem: { field, reason: 'REQUIRED', message: missing } };
  if (text.length > max) return { ok: false, problem: { field, reason: 'TOO_LONG', message: `${label} får vara högst ${max} tecken.` } };
  return { ok: true, text };
}

type AppealFacts = { status: string; appealDecision?: string | null; appealDeadline?: string | null };

/**
 * Why the district cannot decide now, or null: a cancelled recovery takes no decision, the
 * decision is taken once (CONFLICT), and an appeal must come by the last day to appeal.
 */
export function appealRefusal(r: AppealFacts, decision: RecoveryAppealDecision, today: string): { code: 'CONFLICT' | 'BAD_USER_INPUT'; reason: string; message: string } | null {
  if (r.status === RecoveryStatus.CANCELLED) return { code: 'CONFLICT', reason: 'CANCELLED', message: 'Återkravet är makulerat.' };
  if (r.appealDecision) {
    const label = RECOVERY_APPEAL_DECISION_LABELS[r.appealDecision as RecoveryAppealDecision]?.toLowerCase() ?? r.appealDecision;
    return { code: 'CONFLICT', reason: 'ALREADY_DECIDED', message: `Det är redan beslutat om återkravet ska överklagas (${label}).` };
  }
  if (decision === RecoveryAppealDecision.APPEAL && r.appealDeadline && today > r.appealDeadline) {
    return { code: 'BAD_USER_INPUT', reason: 'DEADLINE_PASSED', message: `Tiden för att överklaga gick ut ${r.appealDeadline}.` };
  }
  return null;
}

/** Why a recovery cannot be cancelled, or null: only while nothing of it is offset. */
export function cancelRefusal(r: { status: string; offsetAmount: number }): { reason: string; message: string } | null {
  if (r.status === RecoveryStatus.CANCELLED) return { reason: 'CANCELLED', message: 'Återkravet är redan makulerat.' };
  if (r.offsetAmount > 0) return { reason: 'ALREADY_OFFSET', message: `Återkravet kan inte makuleras: ${formatKronor(r.offsetAmount)} är redan kvittat mot en utbetalning.` };
  return null;
}

export interface OffsetCandidate {
  id: string;
  amount: number;
  offsetAmount: number;
}

/**
 * How much of each recovery a payment settles: in the given order (oldest first), each takes
 * min(what remains of it, what is still available). What does not fit stays for the next payment.
 */
export function planOffsets(recoveries: readonly OffsetCandidate[], available: number): { recoveryId: string; amount: number }[] {
  const plan: { recoveryId: string; amount: number }[] = [];
  let left = Number.isSafeInteger(available) && available > 0 ? available : 0;
  for (const r of recoveries) {
    if (left <= 0) break;
    const remaining = r.amount - r.offsetAmount;
    if (remaining <= 0) continue;
    const amount = Math.min(remaining, left);
    plan.push({ recoveryId: r.id, amount });
    left -= amount;
  }
  return plan;
}
