import { isUuid, isIsoDate } from '@statsbidrag/domain';
/** MiG's decision outcome (glossary: DecisionOutcome). */
export const DecisionOutcome = {
  BEVILJAD: 'BEVILJAD',
  DELVIS_BEVILJAD: 'DELVIS_BEVILJAD',
  AVVISAD: 'AVVISAD',
  AVSLAG: 'AVSLAG',
  BEVILJAD_EFTER_NY_PROVNING: 'BEVILJAD_EFTER_NY_PROVNING',
  DELVIS_BEVILJAD_EFTER_NY_PROVNING: 'DELVIS_BEVILJAD_EFTER_NY_PROVNING',
} as const;
export type DecisionOutcome = (typeof DecisionOutcome)[keyof typeof DecisionOutcome];
export const DECISION_OUTCOMES = Object.values(DecisionOutcome) as readonly DecisionOutcome[];

export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  BEVILJAD: 'Beviljad',
  DELVIS_BEVILJAD: 'Delvis beviljad',
  AVVISAD: 'Avvisad',
  AVSLAG: 'Avslag',
  BEVILJAD_EFTER_NY_PROVNING: 'Beviljad efter ny prövning',
  DELVIS_BEVILJAD_EFTER_NY_PROVNING: 'Delvis beviljad efter ny prövning',
};

/** Outcomes that grant no money: the granted amount must be 0. */
const NOTHING_GRANTED: readonly DecisionOutcome[] = [DecisionOutcome.AVVISAD, DecisionOutcome.AVSLAG];

/** Appeal time (FL 44 §): three weeks. */
export const APPEAL_PERIOD_DAYS = 21;
export const MAX_CASE_NUMBER_LENGTH = 64;

/**
 * Laga kraft: the date the decision becomes final unless appealed, the decision date plus three
 * weeks (21 days). Pure calendar arithmetic on ÅÅÅÅ-MM-DD, independent of time zone.
 */
export function finalDateOf(decidedAt: string): string {
  const [y, m, d] = decidedAt.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + APPEAL_PERIOD_DAYS)).toISOString().slice(0, 10);
}

export interface NewDecisionInput {
  claimId?: string | null;
  personId?: string | null;
  districtCode?: string | null;
  migCaseNumber: string;
  outcome: DecisionOutcome;
  decidedAt: string;
  grantedAmount: number;
}

export interface ValidNewDecision {
  claimId: string | null;
  personId: string | null;
  districtCode: string | null;
  migCaseNumber: string;
  outcome: DecisionOutcome;
  decidedAt: string;
  grantedAmount: number;
  /** Laga kraft, computed here and stored. */
  finalAt: string;
}

export interface FieldProblem { field: string; message: string; reason: string }

const DISTRICT_CODE_RE = /^[A-Z0-9_]{1,40}$/;

/** MiG's compensation code (Ersättning), e.g. FSKA or ÅFSKA: 1–20 capitals or digits. */
export const COMPENSATION_CODE_RE = /^[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9_-]{0,19}$/;


/**
 * Validates and normalises a decision and computes its laga kraft date. The granted amount is
 * integer öre, 0 for avslag/avvisning and above 0 for the granting outcomes; a decision cannot be
 * dated in the future. Returns every problem, one per field.
 */
export function validateNewDecision(input: NewDecisionInput, today = new Date()): { ok: true; value: ValidNewDecision } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const uuidOrNull = (field: 'claimId' | 'personId', label: string): string | null => {
    const v = input[field]?.trim() || null;
    if (v !== null && !isUuid(v)) problems.push({ field, message: `${label} har fel format.`, reason: 'FORMAT' });
    return v;
  };
  const claimId = uuidOrNull('claimId', 'Återsökningens id');
  const personId = uuidOrNull('personId', 'Personens id');
  const districtCode = input.districtCode?.trim().toUpperCase() || null;
  if (districtCode !== null && !DISTRICT_CODE_RE.test(districtCode)) {
    problems.push({ field: 'districtCode', message: 'Stadsdelskoden har fel format.', reason: 'FORMAT' });
  }

  const migCaseNumber = input.migCaseNumber?.trim() ?? '';
  if (!migCaseNumber) problems.push({ field: 'migCaseNumber', message: 'MiG:s diarienummer måste anges.', reason: 'REQUIRED' });
  else if (migCaseNumber.length > MAX_CASE_NUMBER_LENGTH) {
    problems.push({ field: 'migCaseNumber', message: `MiG:s diarienummer får vara högst ${MAX_CASE_NUMBER_LENGTH} tecken.`, reason: 'TOO_LONG' });
  }

  if (!DECISION_OUTCOMES.includes(input.outcome)) problems.push({ field: 'outcome', message: 'Okänt beslutsutfall.', reason: 'UNKNOWN' });

  const todayIso = today.toISOString().slice(0, 10);
  if (!isIsoDate(input.decidedAt)) {
    problems.push({ field: 'decidedAt', message: 'Beslutsdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).', reason: 'INVALID_DATE' });
  } else if (input.decidedAt > todayIso) {
    problems.push({ field: 'decidedAt', message: 'Beslutsdatum kan inte ligga i framtiden.', reason: 'IN_FUTURE' });
  }

  const amount = input.grantedAmount;
  if (!Number.isSafeInteger(amount)) {
    problems.push({ field: 'grantedAmount', message: 'Beviljat belopp ska anges som ett heltal i öre.', reason: 'NOT_INTEGER' });
  } else if (amount < 0) {
    problems.push({ field: 'grantedAmount', message: 'Beviljat belopp kan inte vara negativt. Återkrav registreras separat.', reason: 'NEGATIVE' });
  } else if (DECISION_OUTCOMES.includes(input.outcome)) {
    if (NOTHING_GRANTED.includes(input.outcome) && amount !== 0) {
      problems.push({ field: 'grantedAmount', message: `Vid ${DECISION_OUTCOME_LABELS[input.outcome].toLowerCase()} ska beviljat belopp vara 0.`, reason: 'OUTCOME_MISMATCH' });
    } else if (!NOTHING_GRANTED.includes(input.outcome) && amount === 0) {
      problems.push({ field: 'grantedAmount', message: `Ett beslut om ${DECISION_OUTCOME_LABELS[input.outcome].toLowerCase()} ska ha ett beviljat belopp över 0.`, reason: 'OUTCOME_MISMATCH' });
    }
  }

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: { claimId, personId, districtCode, migCaseNumber, outcome: input.outcome, decidedAt: input.decidedAt, grantedAmount: amount, finalAt: finalDateOf(input.decidedAt) },
  };
}
