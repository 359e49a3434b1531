import { isUuid, isIsoDate } from '@statsbidrag/domain';
/** Kind of schablonersättning (glossary: FlatRateKind). */
export const FlatRateKind = {
  GENERAL: 'GENERAL',
  ASSIGNMENT: 'ASSIGNMENT',
  DAILY: 'DAILY',
  CHILD: 'CHILD',
  INITIAL_COST: 'INITIAL_COST',
  OTHER: 'OTHER',
} as const;
export type FlatRateKind = (typeof FlatRateKind)[keyof typeof FlatRateKind];
export const FLAT_RATE_KINDS = Object.values(FlatRateKind) as readonly FlatRateKind[];

export const FLAT_RATE_KIND_LABELS: Record<FlatRateKind, string> = {
  GENERAL: 'Generalschablon',
  ASSIGNMENT: 'Anvisningsschablon',
  DAILY: 'Dygnsschablon',
  CHILD: 'Barnschablon',
  INITIAL_COST: 'Schablon för initiala kostnader',
  OTHER: 'Övrig schablonersättning',
};

export const MAX_COMPENSATION_CODE_LENGTH = 16;
export const MAX_CASE_NUMBER_LENGTH = 64;

/** What registering a flat-rate payment needs, before validation. */
export interface NewFlatRatePaymentInput {
  personId?: string | null;
  districtCode?: string | null;
  compensationCode: string;
  kind: FlatRateKind;
  amount: number;
  paymentDate: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  migCaseNumber?: string | null;
}

export interface ValidNewFlatRatePayment {
  personId: string | null;
  districtCode: string | null;
  compensationCode: string;
  kind: FlatRateKind;
  amount: number;
  paymentDate: string;
  periodFrom: string | null;
  periodTo: string | null;
  migCaseNumber: string | null;
}

export interface FieldProblem { field: string; message: string; reason: string }

const DISTRICT_CODE_RE = /^[A-Z0-9_]{1,40}$/;


/**
 * Validates and normalises a flat-rate payment. The amount is integer öre and never zero; a
 * negative amount is a recovery (återkrav). Returns every problem, one per field.
 */
export function validateNewFlatRatePayment(input: NewFlatRatePaymentInput): { ok: true; value: ValidNewFlatRatePayment } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];

  const personId = input.personId?.trim() || null;
  if (personId !== null && !isUuid(personId)) {
    problems.push({ field: 'personId', message: 'Personens id har fel format.', reason: 'FORMAT' });
  }
  const districtCode = input.districtCode?.trim().toUpperCase() || null;
  if (districtCode !== null && !DISTRICT_CODE_RE.test(districtCode)) {
    problems.push({ field: 'districtCode', message: 'Stadsdelskoden har fel format.', reason: 'FORMAT' });
  }

  const compensationCode = input.compensationCode?.trim().toUpperCase() ?? '';
  if (!compensationCode) {
    problems.push({ field: 'compensationCode', message: 'Ersättningskod måste anges.', reason: 'REQUIRED' });
  } else if (compensationCode.length > MAX_COMPENSATION_CODE_LENGTH) {
    problems.push({ field: 'compensationCode', message: `Ersättningskoden får vara högst ${MAX_COMPENSATION_CODE_LENGTH} tecken.`, reason: 'TOO_LONG' });
  }

  if (!FLAT_RATE_KINDS.includes(input.kind)) {
    problems.push({ field: 'kind', message: 'Okänt slag av schablonersättning.', reason: 'UNKNOWN' });
  }

  if (!Number.isSafeInteger(input.amount)) {
    problems.push({ field: 'amount', message: 'Beloppet ska anges som ett heltal i öre.', reason: 'NOT_INTEGER' });
  } else if (input.amount === 0) {
    problems.push({ field: 'amount', message: 'Beloppet får inte vara noll. Ett återkrav anges som ett negativt belopp.', reason: 'ZERO' });
  }

  if (!isIsoDate(input.paymentDate)) {
    problems.push({ field: 'paymentDate', message: 'Utbetalningsdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).', reason: 'INVALID_DATE' });
  }
  const periodFrom = input.periodFrom ?? null;
  const periodTo = input.periodTo ?? null;
  if (periodFrom !== null && !isIsoDate(periodFrom)) {
    problems.push({ field: 'periodFrom', message: 'Periodens startdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).', reason: 'INVALID_DATE' });
  }
  if (periodTo !== null && !isIsoDate(periodTo)) {
    problems.push({ field: 'periodTo', message: 'Periodens slutdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).', reason: 'INVALID_DATE' });
  }
  if (periodFrom !== null && periodTo !== null && isIsoDate(periodFrom) && isIsoDate(periodTo) && periodFrom > periodTo) {
    problems.push({ field: 'periodTo', message: 'Periodens slutdatum får inte vara före startdatumet.', reason: 'PERIOD_REVERSED' });
  }

  const migCaseNumber = input.migCaseNumber?.trim() || null;
  if (migCaseNumber !== null && migCaseNumber.length > MAX_CASE_NUMBER_LENGTH) {
    problems.push({ field: 'migCaseNumber', message: `MiG:s diarienummer får vara högst ${MAX_CASE_NUMBER_LENGTH} tecken.`, reason: 'TOO_LONG' });
  }

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: { personId, districtCode, compensationCode, kind: input.kind, amount: input.amount, paymentDate: input.paymentDate, periodFrom, periodTo, migCaseNumber },
  };
}
