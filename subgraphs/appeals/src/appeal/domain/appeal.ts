import { isUuid, isIsoDate } from '@statsbidrag/domain';
/** Where an appeal against a MiG decision stands (glossary: Appeal). */
export const AppealStatus = {
  DRAFT: 'DRAFT',
  APPEALED: 'APPEALED',
  AT_ADMINISTRATIVE_COURT: 'AT_ADMINISTRATIVE_COURT',
  AT_COURT_OF_APPEAL: 'AT_COURT_OF_APPEAL',
  DECIDED: 'DECIDED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type AppealStatus = (typeof AppealStatus)[keyof typeof AppealStatus];
export const APPEAL_STATUSES = Object.values(AppealStatus) as readonly AppealStatus[];

export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  DRAFT: 'Utkast',
  APPEALED: 'Överklagat',
  AT_ADMINISTRATIVE_COURT: 'Hos förvaltningsrätten',
  AT_COURT_OF_APPEAL: 'Hos kammarrätten',
  DECIDED: 'Avgjort',
  WITHDRAWN: 'Återkallat',
};

/** An appeal is a current case (aktuell överklagan) until it is decided or withdrawn. */
export function isAppealOpen(status: AppealStatus): boolean {
  return status !== AppealStatus.DECIDED && status !== AppealStatus.WITHDRAWN;
}

export const MAX_NOTE_LENGTH = 4000;
export const MAX_CASE_NUMBER_LENGTH = 64;

export interface NewAppealInput {
  decisionId: string;
  districtCode?: string | null;
  status: AppealStatus;
  appealedAt?: string | null;
  administrativeCourtCaseNumber?: string | null;
  amfCaseNumber?: string | null;
  note?: string | null;
}

export interface ValidNewAppeal {
  decisionId: string;
  districtCode: string | null;
  status: AppealStatus;
  appealedAt: string | null;
  administrativeCourtCaseNumber: string | null;
  amfCaseNumber: string | null;
  note: string | null;
}

export interface FieldProblem { field: string; message: string; reason: string }

const DISTRICT_CODE_RE = /^[A-Z0-9_]{1,40}$/;


/**
 * Validates and normalises an appeal. Only a draft may lack the date it was appealed; that date
 * cannot be in the future. An appeal at the kammarrätt has been through the förvaltningsrätt, so
 * the förvaltningsrätt's mål nr is required there. Returns every problem, one per field.
 */
export function validateNewAppeal(input: NewAppealInput, today = new Date()): { ok: true; value: ValidNewAppeal } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const decisionId = input.decisionId?.trim() ?? '';
  if (!decisionId) problems.push({ field: 'decisionId', message: 'Beslutet som överklagas måste anges.', reason: 'REQUIRED' });
  else if (!isUuid(decisionId)) problems.push({ field: 'decisionId', message: 'Beslutets id har fel format.', reason: 'FORMAT' });

  const districtCode = input.districtCode?.trim().toUpperCase() || null;
  if (districtCode !== null && !DISTRICT_CODE_RE.test(districtCode)) {
    problems.push({ field: 'districtCode', message: 'Stadsdelskoden har fel format.', reason: 'FORMAT' });
  }

  const status = input.status;
  if (!APPEAL_STATUSES.includes(status)) problems.push({ field: 'status', message: 'Okänd status för överklagan.', reason: 'UNKNOWN' });

  const appealedAt = input.appealedAt ?? null;
  if (appealedAt === null) {
    if (status !== AppealStatus.DRAFT && APPEAL_STATUSES.includes(status)) {
      problems.push({ field: 'appealedAt', message: 'Ange datum då beslutet överklagades (krävs för alla statusar utom utkast).', reason: 'REQUIRED' });
    }
  } else if (!isIsoDate(appealedAt)) {
    problems.push({ field: 'appealedAt', message: 'Datum för överklagan måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).', reason: 'INVALID_DATE' });
  } else if (appealedAt > today.toISOString().slice(0, 10)) {
    problems.push({ field: 'appealedAt', message: 'Datum för överklagan kan inte ligga i framtiden.', reason: 'IN_FUTURE' });
  }

  const text = (field: 'administrativeCourtCaseNumber' | 'amfCaseNumber', label: string): string | null => {
    const v = input[field]?.trim() || null;
    if (v !== null && v.length > MAX_CASE_NUMBER_LENGTH) problems.push({ field, message: `${label} får vara högst ${MAX_CASE_NUMBER_LENGTH} tecken.`, reason: 'TOO_LONG' });
    return v;
  };
  const administrativeCourtCaseNumber = text('administrativeCourtCaseNumber', 'Förvaltningsrättens mål nr');
  const amfCaseNumber = text('amfCaseNumber', 'AmF:s diarienummer');
  if (status === AppealStatus.AT_COURT_OF_APPEAL && administrativeCourtCaseNumber === null) {
    problems.push({ field: 'administrativeCourtCaseNumber', message: 'Ange förvaltningsrättens mål nr när målet ligger hos kammarrätten.', reason: 'REQUIRED' });
  }

  const note = input.note?.trim() || null;
  if (note !== null && note.length > MAX_NOTE_LENGTH) {
    problems.push({ field: 'note', message: `Anteckningen får vara högst ${MAX_NOTE_LENGTH} tecken.`, reason: 'TOO_LONG' });
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { decisionId, districtCode, status, appealedAt, administrativeCourtCaseNumber, amfCaseNumber, note } };
}
