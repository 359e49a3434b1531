import type { Ore } from '@statsbidrag/domain';
import type { PersonCopyRow } from '../../copies/infra/copies.entity.js';
import type { FlatRatePaymentRow } from '../../flat-rate-payment/infra/flat-rate-payment.entity.js';
import {
  ClosureReason,
  closeSchedule,
  compareWithPaid,
  paymentSchedule,
  type Closure,
  type ExtraPaymentReason,
  type PaymentSchedule,
  type ReceivedPayment,
  type ScheduleComparison,
} from '../domain/payment-schedule.js';
import { ScheduleError } from '../domain/schedule-error.js';
import type { FlatRateCaseRow } from '../infra/flat-rate-case.entity.js';

/** Manual closure reasons as stored on the case (AVLIDIT | FLYTTAT | MEDBORGARSKAP | OVRIGT) and the automatic one. */
export const CASE_CLOSURE_REASONS = ['AVLIDIT', 'FLYTTAT', 'MEDBORGARSKAP', 'OVRIGT'] as const;
export type CaseClosureReason = (typeof CASE_CLOSURE_REASONS)[number];

/** Stored reason → the domain's ClosureReason (the glossary's names are accepted as well). */
const TO_DOMAIN_REASON: Record<string, ClosureReason> = {
  AVLIDIT: ClosureReason.AVLIDIT,
  FLYTTAT: ClosureReason.FLYTTAT_TILL_ANNAN_KOMMUN,
  FLYTTAT_TILL_ANNAN_KOMMUN: ClosureReason.FLYTTAT_TILL_ANNAN_KOMMUN,
  MEDBORGARSKAP: ClosureReason.SVENSKT_MEDBORGARSKAP,
  SVENSKT_MEDBORGARSKAP: ClosureReason.SVENSKT_MEDBORGARSKAP,
  OVRIGT: ClosureReason.OVRIGT,
  SCHABLONPERIOD_SLUT: ClosureReason.SCHABLONPERIOD_SLUT,
};

export const CLOSURE_REASON_LABELS: Record<string, string> = {
  AVLIDIT: 'Avlidit',
  FLYTTAT: 'Flyttat till annan kommun',
  FLYTTAT_TILL_ANNAN_KOMMUN: 'Flyttat till annan kommun',
  MEDBORGARSKAP: 'Svenskt medborgarskap',
  SVENSKT_MEDBORGARSKAP: 'Svenskt medborgarskap',
  OVRIGT: 'Övrigt',
  SCHABLONPERIOD_SLUT: 'Schablonersättningsperiod slut',
};

export type InstalmentViewStatus = 'PAID' | 'SHORT' | 'OVERPAID' | 'UNPAID' | 'CLEARED';
export const INSTALMENT_STATUS_LABELS: Record<InstalmentViewStatus, string> = {
  PAID: 'Betald',
  SHORT: 'Betald med för lågt belopp',
  OVERPAID: 'Betald med för högt belopp',
  UNPAID: 'Ej betald',
  CLEARED: 'Avräknad vid avslut',
};
export const EXTRA_REASON_LABELS: Record<ExtraPaymentReason, string> = {
  EXTRA_MOVE: 'Extra 10 % vid flytt',
  UNEXPECTED: 'Oväntad utbetalning',
};
export const CASE_STATUS_LABELS: Record<string, string> = { OPEN: 'Pågående', CLOSED: 'Avslutad' };

export interface InstalmentView {
  number: number;
  sharePercent: number;
  periodFrom: string;
  periodTo: string;
  dueMonth: string;
  ageBand: string;
  expectedAmount: Ore;
  paidAmount: Ore;
  paidOn: string | null;
  status: InstalmentViewStatus;
  statusLabel: string;
}

export interface ExtraPaymentView {
  amount: Ore;
  paymentDate: string;
  reason: ExtraPaymentReason;
  reasonLabel: string;
}

export interface ScheduleView {
  personId: string;
  receptionDate: string;
  districtCode: string | null;
  registeredOn: string;
  status: string;
  statusLabel: string;
  closedOn: string | null;
  closureReason: string | null;
  closureReasonLabel: string | null;
  closureNote: string | null;
  closedBy: string | null;
  purgeOn: string | null;
  purgeOnSetManually: boolean;
  purgedAt: Date | null;
  /** Why the plan could not be computed (e.g. no birth date); instalments are then empty. */
  problem: string | null;
  instalments: InstalmentView[];
  extras: ExtraPaymentView[];
  expectedTotal: Ore;
  paidTotal: Ore;
  remaining: Ore;
}

/** The person's generalschablon payments as the domain reads them. */
export function receivedPayments(payments: readonly FlatRatePaymentRow[]): ReceivedPayment[] {
  return payments
    .filter((p) => p.kind === 'GENERAL')
    .map((p) => ({ paidOn: p.paymentDate, amount: Number(p.amount), instalmentHint: p.instalmentNumber ?? null }));
}

/** The closure as the domain understands it (null while open or when the reason is unknown). */
export function caseClosure(row: Pick<FlatRateCaseRow, 'status' | 'closedOn' | 'closureReason'>, schedule: PaymentSchedule): Closure | null {
  if (row.status !== 'CLOSED' || !row.closedOn || !row.closureReason) return null;
  const reason = TO_DOMAIN_REASON[row.closureReason];
  if (!reason) return null;
  // The automatic closure is dated at the end of the schedule by definition.
  return { reason, closedOn: reason === ClosureReason.SCHABLONPERIOD_SLUT ? schedule.periodEnd : row.closedOn };
}

/** The computed plan for one case: null with a Swedish reason when it cannot be computed. */
export function computePlan(
  row: FlatRateCaseRow,
  person: Pick<PersonCopyRow, 'birthDate'> | null | undefined,
  payments: readonly FlatRatePaymentRow[],
): { schedule: PaymentSchedule; comparison: ScheduleComparison; cleared: Set<number> } | { problem: string } {
  if (!person?.birthDate) return { problem: 'Födelsedatum saknas för personen – betalningsplanen kan inte beräknas.' };
  try {
    const schedule = paymentSchedule({ receptionDate: row.receptionDate, birthDate: person.birthDate });
    const comparison = compareWithPaid(schedule, receivedPayments(payments));
    const closure = caseClosure(row, schedule);
    const cleared = new Set(closure ? closeSchedule(schedule, closure, comparison).cleared.map((x) => x.number) : []);
    return { schedule, comparison, cleared };
  } catch (error) {
    if (error instanceof ScheduleError) return { problem: error.message };
    throw error;
  }
}

function latest(dates: (string | null | undefined)[]): string | null {
  return dates.filter((d): d is string => !!d).sort().at(-1) ?? null;
}

/** A case's schedule computed on read: expected against paid, extras, and what a closure cleared. */
export function scheduleView(row: FlatRateCaseRow, person: Pick<PersonCopyRow, 'birthDate'> | null | undefined, payments: readonly FlatRatePaymentRow[]): ScheduleView {
  const base = {
    personId: row.personId,
    receptionDate: row.receptionDate,
    districtCode: row.districtCode ?? null,
    registeredOn: row.registeredOn,
    status: row.status,
    statusLabel: CASE_STATUS_LABELS[row.status] ?? row.status,
    closedOn: row.closedOn ?? null,
    closureReason: row.closureReason ?? null,
    closureReasonLabel: row.closureReason ? (CLOSURE_REASON_LABELS[row.closureReason] ?? row.closureReason) : null,
    closureNote: row.closureNote ?? null,
    closedBy: row.closedBy ?? null,
    purgeOn: row.purgeOn ?? null,
    purgeOnSetManually: row.purgeOnSetManually,
    purgedAt: row.purgedAt ?? null,
  };
  const plan = computePlan(row, person, payments);
  if ('problem' in plan) {
    const paidTotal = receivedPayments(payments).reduce((sum, p) => sum + p.amount, 0);
    return { ...base, problem: plan.problem, instalments: [], extras: [], expectedTotal: 0, paidTotal, remaining: 0 };
  }
  const { comparison, cleared } = plan;
  const instalments = comparison.instalments.map((c): InstalmentView => {
    const status: InstalmentViewStatus = cleared.has(c.instalment.number) ? 'CLEARED' : c.status;
    return {
      number: c.instalment.number,
      sharePercent: c.instalment.sharePercent,
      periodFrom: c.instalment.periodFrom,
      periodTo: c.instalment.periodTo,
      dueMonth: c.instalment.dueMonth,
      ageBand: c.instalment.reportingAgeBand,
      expectedAmount: c.expected,
      paidAmount: c.paid,
      paidOn: latest(c.payments.map((p) => p.paidOn)),
      status,
      statusLabel: INSTALMENT_STATUS_LABELS[status],
    };
  });
  const extras = comparison.extras.map((x): ExtraPaymentView => ({
    amount: x.payment.amount,
    paymentDate: x.payment.paidOn ?? `${x.month}-01`,
    reason: x.reason,
    reasonLabel: EXTRA_REASON_LABELS[x.reason],
  }));
  const live = instalments.filter((i) => i.status !== 'CLEARED');
  return {
    ...base,
    problem: null,
    instalments,
    extras,
    expectedTotal: live.reduce((sum, i) => sum + i.expectedAmount, 0),
    paidTotal: comparison.totalPaid + comparison.totalExtra,
    remaining: live.reduce((sum, i) => sum + Math.max(i.expectedAmount - i.paidAmount, 0), 0),
  };
}
