import { isIsoDate, isMigIndividualNumber } from '@statsbidrag/domain';

/** Status of a child-responsibility report (ansvar för asylsökande barn). */
export const ChildResponsibilityStatus = {
  INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN',
  HANDLAGGS: 'HANDLAGGS',
  RAPPORTERAD_TILL_MIG: 'RAPPORTERAD_TILL_MIG',
} as const;
export type ChildResponsibilityStatus = (typeof ChildResponsibilityStatus)[keyof typeof ChildResponsibilityStatus];

export const CHILD_RESPONSIBILITY_STATUS_LABELS: Record<ChildResponsibilityStatus, string> = {
  INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN: 'Inkommen uppgift om ansvar för asylbarn',
  HANDLAGGS: 'Handläggs',
  RAPPORTERAD_TILL_MIG: 'Rapporterad till MiG',
};

export function isChildResponsibilityStatus(value: unknown): value is ChildResponsibilityStatus {
  return typeof value === 'string' && value in CHILD_RESPONSIBILITY_STATUS_LABELS;
}

export const MAX_QUESTION_LENGTH = 4000;
export const MAX_NOTE_LENGTH = 4000;

export interface FieldProblem { field: string; message: string; reason: string }
export type Result<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export interface NewChildReportInput {
  districtCode: string;
  unitCode?: string | null;
  firstName: string;
  lastName: string;
  birthDate: string;
  migIndividualNumber?: string | null;
  question?: string | null;
}

export interface ValidChildReport {
  districtCode: string;
  unitCode: string | null;
  firstName: string;
  lastName: string;
  birthDate: string;
  migIndividualNumber: string | null;
  question: string | null;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The date the child turns 18 (ÅÅÅÅ-MM-DD; 29 February counts as 1 March). */
function eighteenthBirthday(birthDate: string): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  return isoDay(new Date(Date.UTC(y + 18, m - 1, d)));
}

/** Validates and trims a new report. Returns every problem, one per field. */
export function validateChildReport(input: NewChildReportInput, today = new Date()): Result<ValidChildReport> {
  const problems: FieldProblem[] = [];
  const districtCode = input.districtCode?.trim() ?? '';
  const firstName = input.firstName?.trim() ?? '';
  const lastName = input.lastName?.trim() ?? '';
  if (!districtCode) problems.push({ field: 'districtCode', message: 'Stadsdel måste anges.', reason: 'REQUIRED' });
  if (!firstName) problems.push({ field: 'firstName', message: 'Barnets förnamn måste anges.', reason: 'REQUIRED' });
  else if (firstName.length > 100) problems.push({ field: 'firstName', message: 'Förnamnet får vara högst 100 tecken.', reason: 'TOO_LONG' });
  if (!lastName) problems.push({ field: 'lastName', message: 'Barnets efternamn måste anges.', reason: 'REQUIRED' });
  else if (lastName.length > 100) problems.push({ field: 'lastName', message: 'Efternamnet får vara högst 100 tecken.', reason: 'TOO_LONG' });

  const birthDate = input.birthDate?.trim() ?? '';
  const todayIso = isoDay(today);
  if (!isIsoDate(birthDate)) {
    problems.push({ field: 'birthDate', message: 'Födelsedatum ska vara ett giltigt datum (ÅÅÅÅ-MM-DD).', reason: 'FORMAT' });
  } else if (birthDate > todayIso) {
    problems.push({ field: 'birthDate', message: 'Födelsedatum kan inte vara i framtiden.', reason: 'FUTURE' });
  } else if (eighteenthBirthday(birthDate) <= todayIso) {
    problems.push({ field: 'birthDate', message: 'Barnet måste vara under 18 år.', reason: 'NOT_A_CHILD' });
  }

  const migRaw = input.migIndividualNumber?.trim() || null;
  if (migRaw !== null && !isMigIndividualNumber(migRaw)) {
    problems.push({ field: 'migIndividualNumber', message: 'MiG:s individnummer (dossiernummer) ska ha 7 eller 8 siffror.', reason: 'FORMAT' });
  }
  const question = input.question?.trim() || null;
  if (question !== null && question.length > MAX_QUESTION_LENGTH) {
    problems.push({ field: 'question', message: `Frågan till statsbidragsgruppen får vara högst ${MAX_QUESTION_LENGTH} tecken.`, reason: 'TOO_LONG' });
  }
  const unitCode = input.unitCode?.trim() || null;
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { districtCode, unitCode, firstName, lastName, birthDate, migIndividualNumber: migRaw, question } };
}

/** A refused status change: Swedish message for the user. */
export interface TransitionRefusal { ok: false; message: string; reason: 'WRONG_STATUS' }

export type Transition<T> = { ok: true; value: T } | TransitionRefusal;

const label = (s: ChildResponsibilityStatus) => CHILD_RESPONSIBILITY_STATUS_LABELS[s];

/** INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN → HANDLAGGS. */
export function startHandling(current: ChildResponsibilityStatus): Transition<{ status: 'HANDLAGGS' }> {
  if (current === 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN') return { ok: true, value: { status: 'HANDLAGGS' } };
  const message =
    current === 'HANDLAGGS'
      ? 'Anmälan handläggs redan.'
      : `Anmälan kan inte börja handläggas: den har status "${label(current)}". Endast inkomna anmälningar kan börja handläggas.`;
  return { ok: false, message, reason: 'WRONG_STATUS' };
}

export interface ReportedToMig { status: 'RAPPORTERAD_TILL_MIG'; reportedToMigAt: string; note: string | null }

/**
 * HANDLAGGS → RAPPORTERAD_TILL_MIG. The date may not be in the future, nor before the report came in.
 * Field problems come back as `problems`, a wrong status as a refusal.
 */
export function markReportedToMig(
  current: ChildResponsibilityStatus,
  input: { reportedAt: string; note?: string | null; receivedOn: string },
  today = new Date(),
): Transition<ReportedToMig> | { ok: false; problems: FieldProblem[] } {
  if (current !== 'HANDLAGGS') {
    const message =
      current === 'RAPPORTERAD_TILL_MIG'
        ? 'Anmälan är redan rapporterad till MiG.'
        : `Anmälan kan inte markeras som rapporterad till MiG: den har status "${label(current)}". Börja handlägga den först.`;
    return { ok: false, message, reason: 'WRONG_STATUS' };
  }
  const problems: FieldProblem[] = [];
  const reportedAt = input.reportedAt?.trim() ?? '';
  if (!isIsoDate(reportedAt)) {
    problems.push({ field: 'reportedAt', message: 'Datum för rapporteringen till MiG ska vara ett giltigt datum (ÅÅÅÅ-MM-DD).', reason: 'FORMAT' });
  } else if (reportedAt > isoDay(today)) {
    problems.push({ field: 'reportedAt', message: 'Datum för rapporteringen till MiG kan inte vara i framtiden.', reason: 'FUTURE' });
  } else if (reportedAt < input.receivedOn) {
    problems.push({ field: 'reportedAt', message: `Datum för rapporteringen till MiG kan inte vara före anmälan kom in (${input.receivedOn}).`, reason: 'BEFORE_RECEIVED' });
  }
  const note = input.note?.trim() || null;
  if (note !== null && note.length > MAX_NOTE_LENGTH) {
    problems.push({ field: 'note', message: `Anteckningen får vara högst ${MAX_NOTE_LENGTH} tecken.`, reason: 'TOO_LONG' });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { status: 'RAPPORTERAD_TILL_MIG', reportedToMigAt: reportedAt, note } };
}
