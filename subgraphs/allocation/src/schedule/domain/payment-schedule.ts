import { allocateLargestRemainder, isIsoDate, type Ore } from '@statsbidrag/domain';
import { amountSetFor, GENERALSCHABLON_AMOUNTS, type GeneralFlatRateAmountSet, type GeneralFlatRateAmountTable } from './generalschablon-amounts.js';
import { ScheduleError } from './schedule-error.js';

// ---------------------------------------------------------------------------------------------
// Calendar helpers: dates are ÅÅÅÅ-MM-DD and months ÅÅÅÅ-MM strings, compared as strings.
// ---------------------------------------------------------------------------------------------

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH_RE.test(value);
}

function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${year}-${String(mm + 1).padStart(2, '0')}`;
}

function firstDayOf(month: string): string {
  return `${month}-01`;
}

function lastDayOf(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * Completed years on `date`. Someone born on 29 February becomes a year older on 1 March in a
 * year that is not a leap year (**U**: the common convention; no source in REFERENCE-FACTS). The
 * schedule only asks for ages at month ends, so this matters only at the end of February.
 */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

// ---------------------------------------------------------------------------------------------
// The schedule
// ---------------------------------------------------------------------------------------------

/** Age bands of the reports (issue 6 point 6). Not the legal limit – see `amountBand`. */
export type ReportingAgeBand = '0–19' | '20–64' | '65+';

/** The legal band that picks the amount (11 §): below or at/above the amount set's `limitAge`. */
export type AmountBand = 'BELOW_LIMIT' | 'AT_OR_ABOVE_LIMIT';

export interface Instalment {
  /** 1..9 */
  number: number;
  /** Share of the schablon in percent: 10, 20, then seven of 10. */
  sharePercent: number;
  /** What the instalment pays for (ÅÅÅÅ-MM-DD, inclusive). Only #3..#9 are ersättningsperioder in 12 § sense. */
  periodFrom: string;
  periodTo: string;
  /**
   * The day that decides which municipality is entitled (12 §): the reception itself for #1
   * ("den kommun som först tar emot"), the end of M+2 for #2, the end of the period for #3..#9.
   */
  entitlementDate: string;
  /** Month in which MiG pays (ÅÅÅÅ-MM) and the last day of that month. */
  dueMonth: string;
  dueBy: string;
  /** End of the month before the payment: the day the age is taken (11 §). */
  ageReferenceDate: string;
  ageAtReference: number;
  reportingAgeBand: ReportingAgeBand;
  amountBand: AmountBand;
  /** Integer öre. */
  amount: Ore;
}

export interface PaymentSchedule {
  receptionDate: string;
  birthDate: string;
  amountSet: GeneralFlatRateAmountSet;
  instalments: Instalment[];
  /** Sum of the nine instalments. Equals the band total only if the band never changes. */
  total: Ore;
  /** End of the last ersättningsperiod (end of M+23): the closing date of SCHABLONPERIOD_SLUT. */
  periodEnd: string;
}

/** The nine shares in tenths: 10 %, 20 %, then 7 × 10 % (12 §, C). */
const SHARE_TENTHS = [1, 2, 1, 1, 1, 1, 1, 1, 1] as const;

function reportingBand(age: number): ReportingAgeBand {
  if (age < 20) return '0–19';
  if (age < 65) return '20–64';
  return '65+';
}

function amountBandFor(age: number, set: GeneralFlatRateAmountSet): AmountBand {
  return age < set.limitAge ? 'BELOW_LIMIT' : 'AT_OR_ABOVE_LIMIT';
}

/**
 * Each band's total split over the nine shares with largest-remainder rounding, so that the nine
 * parts of one band add up to its total exactly, to the öre.
 */
function bandParts(set: GeneralFlatRateAmountSet): Record<AmountBand, Ore[]> {
  return {
    BELOW_LIMIT: allocateLargestRemainder(set.belowLimit, SHARE_TENTHS),
    AT_OR_ABOVE_LIMIT: allocateLargestRemainder(set.atOrAboveLimit, SHARE_TENTHS),
  };
}

/**
 * Timing of the nine instalments (M = month of reception):
 * - #1: 10 %, paid at the end of M+1 (12 § first paragraph, C). Pays for the reception month.
 * - #2: 20 %, to the municipality of folkbokföring at the end of M+2, paid at the end of M+3
 *   (12 § second paragraph, C). Pays for M+1..M+2.
 * - #3..#9: 10 % each for three-calendar-month ersättningsperioder, paid the month after each
 *   period (12 § third paragraph, C). That the first period is M+3..M+5 (so the periods run to the
 *   end of M+23 and the payments fall in M+6, M+9, …, M+24) is **D** (REFERENCE-FACTS §2b): it is
 *   the only reading that follows on from #2 and gives two years; MiG's "Tidsschema" is unseen.
 * The periods given to #1 and #2 are our own (D): 12 § ties those payments to dates, not periods.
 */
function timing(receptionDate: string): { periodFrom: string; periodTo: string; entitlementDate: string; dueMonth: string }[] {
  const m = receptionDate.slice(0, 7);
  const rows = [
    { periodFrom: receptionDate, periodTo: lastDayOf(m), entitlementDate: receptionDate, dueMonth: addMonths(m, 1) },
    { periodFrom: firstDayOf(addMonths(m, 1)), periodTo: lastDayOf(addMonths(m, 2)), entitlementDate: lastDayOf(addMonths(m, 2)), dueMonth: addMonths(m, 3) },
  ];
  for (let k = 0; k < 7; k++) {
    const start = addMonths(m, 3 + 3 * k);
    const end = addMonths(m, 5 + 3 * k);
    rows.push({ periodFrom: firstDayOf(start), periodTo: lastDayOf(end), entitlementDate: lastDayOf(end), dueMonth: addMonths(end, 1) });
  }
  return rows;
}

function validateDates(receptionDate: string, birthDate: string): void {
  if (!isIsoDate(receptionDate)) {
    throw new ScheduleError('INVALID_DATE', 'Mottagningsdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).');
  }
  if (!isIsoDate(birthDate)) {
    throw new ScheduleError('INVALID_DATE', 'Födelsedatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).');
  }
  if (birthDate > receptionDate) {
    throw new ScheduleError('BIRTH_AFTER_RECEPTION', 'Födelsedatum kan inte vara efter mottagningsdatum.');
  }
  if (receptionDate < '2016-01-01') {
    throw new ScheduleError('RECEPTION_BEFORE_2016', 'Betalningsplanen kan bara beräknas för personer mottagna från och med 2016-01-01.');
  }
}

/**
 * The generalschablon's nine instalments for one person (NyErsF 11–12 §). The amount of each is its
 * share of the total for the person's band at that instalment: the age at the end of the month
 * before the payment (11 §, C) against the amount set of the reception year (U, see
 * `amountSetFor`). For a person whose band never changes the nine amounts add up to the band's
 * total exactly; for one who crosses the limit the schedule's total is a mix of the two bands.
 */
export function paymentSchedule(
  input: { receptionDate: string; birthDate: string },
  table: GeneralFlatRateAmountTable = GENERALSCHABLON_AMOUNTS,
): PaymentSchedule {
  const { receptionDate, birthDate } = input;
  validateDates(receptionDate, birthDate);
  const amountSet = amountSetFor(receptionDate, table);
  const parts = bandParts(amountSet);

  const instalments = timing(receptionDate).map((t, i): Instalment => {
    const ageReferenceDate = lastDayOf(addMonths(t.dueMonth, -1));
    const age = ageOn(birthDate, ageReferenceDate);
    const band = amountBandFor(age, amountSet);
    return {
      number: i + 1,
      sharePercent: SHARE_TENTHS[i]! * 10,
      ...t,
      dueBy: lastDayOf(t.dueMonth),
      ageReferenceDate,
      ageAtReference: age,
      reportingAgeBand: reportingBand(age),
      amountBand: band,
      amount: parts[band][i]!,
    };
  });
  return {
    receptionDate,
    birthDate,
    amountSet,
    instalments,
    total: instalments.reduce((sum, x) => sum + x.amount, 0),
    periodEnd: instalments[8]!.periodTo,
  };
}

// ---------------------------------------------------------------------------------------------
// Expected vs paid
// ---------------------------------------------------------------------------------------------

/** A generalschablon payment from MiG for this person: a payment date or just the month. */
export interface ReceivedPayment {
  paidOn?: string | null;
  month?: string | null;
  /** Integer öre; negative for a recovery. */
  amount: Ore;
  /** The instalment MiG's payment list says it is for (1..9), when known. */
  instalmentHint?: number | null;
}

export type InstalmentStatus = 'PAID' | 'SHORT' | 'OVERPAID' | 'UNPAID';

export interface InstalmentComparison {
  instalment: Instalment;
  expected: Ore;
  paid: Ore;
  /** paid − expected: negative when short or unpaid. */
  difference: Ore;
  status: InstalmentStatus;
  payments: ReceivedPayment[];
}

/**
 * EXTRA_MOVE: 10 % of the band the person is in at that payment – MiG's extra 10 % to a new
 * municipality after a move (13 §, 14 §, C), which makes the total for a person exceed 100 %.
 * UNEXPECTED: anything else that fits no instalment (recoveries, other amounts); shown, never dropped.
 */
export type ExtraPaymentReason = 'EXTRA_MOVE' | 'UNEXPECTED';

export interface ExtraPayment {
  payment: ReceivedPayment;
  month: string;
  reason: ExtraPaymentReason;
}

export interface ScheduleComparison {
  instalments: InstalmentComparison[];
  extras: ExtraPayment[];
  totalExpected: Ore;
  /** Paid against the instalments, extras not included. */
  totalPaid: Ore;
  totalExtra: Ore;
}

function paymentMonth(p: ReceivedPayment): string {
  if (!Number.isSafeInteger(p.amount)) {
    throw new ScheduleError('INVALID_PAYMENT', 'Utbetalningens belopp ska vara ett heltal i öre.');
  }
  if (p.paidOn != null) {
    if (!isIsoDate(p.paidOn)) throw new ScheduleError('INVALID_PAYMENT', 'Utbetalningsdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).');
    return p.paidOn.slice(0, 7);
  }
  if (!isYearMonth(p.month)) throw new ScheduleError('INVALID_PAYMENT', 'Utbetalningen saknar datum eller månad (ÅÅÅÅ-MM).');
  return p.month;
}

/** 10 % of the total of the band the person is in for a payment made in `month` (11 §). */
function tenPercentAt(schedule: PaymentSchedule, month: string): Ore {
  const age = ageOn(schedule.birthDate, lastDayOf(addMonths(month, -1)));
  const set = schedule.amountSet;
  return bandParts(set)[amountBandFor(age, set)][0]!;
}

/**
 * Matches MiG's payments to the nine instalments and lists what is left over (D: our matching
 * rule, no source prescribes one):
 * 1. a payment with a valid `instalmentHint` belongs to that instalment;
 * 2. otherwise a payment in an instalment's due month belongs to it if it has nothing yet – when
 *    several arrive in that month, the one of exactly the expected amount first;
 * 3. a payment in a month when nothing is due, of exactly the amount of an earlier unpaid
 *    instalment, is that instalment paid late (12 § fourth paragraph allows late payment);
 * 4. everything else is an extra: EXTRA_MOVE if it is 10 % of the current band, else UNEXPECTED.
 *    A second 10 % in a due month is therefore read as a move extra, which is how 13 § and 14 §
 *    extras arrive (together with a regular instalment).
 */
export function compareWithPaid(schedule: PaymentSchedule, payments: readonly ReceivedPayment[]): ScheduleComparison {
  const withMonth = payments.map((payment, index) => ({ payment, index, month: paymentMonth(payment) }));
  const assigned = schedule.instalments.map(() => [] as ReceivedPayment[]);
  const rest: typeof withMonth = [];

  for (const p of withMonth) {
    const hint = p.payment.instalmentHint;
    if (hint != null && Number.isInteger(hint) && hint >= 1 && hint <= 9) assigned[hint - 1]!.push(p.payment);
    else rest.push(p);
  }

  // Tracked by position in the input, so the same object passed twice still counts twice.
  const taken = new Set<number>();
  schedule.instalments.forEach((inst, i) => {
    if (assigned[i]!.length) return;
    const candidates = rest.filter((p) => p.month === inst.dueMonth);
    const pick = candidates.find((p) => p.payment.amount === inst.amount) ?? candidates[0];
    if (pick) {
      assigned[i]!.push(pick.payment);
      taken.add(pick.index);
    }
  });
  const dueMonths = new Set(schedule.instalments.map((x) => x.dueMonth));
  const unmatched: typeof withMonth = [];
  for (const p of rest) {
    if (taken.has(p.index)) continue;
    if (!dueMonths.has(p.month)) {
      const late = schedule.instalments.findIndex((inst, i) => !assigned[i]!.length && inst.dueMonth < p.month && inst.amount === p.payment.amount);
      if (late >= 0) {
        assigned[late]!.push(p.payment);
        continue;
      }
    }
    unmatched.push(p);
  }

  const instalments = schedule.instalments.map((instalment, i): InstalmentComparison => {
    const paid = assigned[i]!.reduce((sum, p) => sum + p.amount, 0);
    const difference = paid - instalment.amount;
    const status: InstalmentStatus = assigned[i]!.length === 0 ? 'UNPAID' : difference === 0 ? 'PAID' : difference < 0 ? 'SHORT' : 'OVERPAID';
    return { instalment, expected: instalment.amount, paid, difference, status, payments: assigned[i]! };
  });
  const extras = unmatched.map(({ payment, month }): ExtraPayment => ({
    payment,
    month,
    reason: month >= schedule.receptionDate.slice(0, 7) && payment.amount === tenPercentAt(schedule, month) ? 'EXTRA_MOVE' : 'UNEXPECTED',
  }));
  return {
    instalments,
    extras,
    totalExpected: schedule.total,
    totalPaid: instalments.reduce((sum, x) => sum + x.paid, 0),
    totalExtra: extras.reduce((sum, x) => sum + x.payment.amount, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Closure
// ---------------------------------------------------------------------------------------------

/** Avslutsorsak (GLOSSARY: ClosureReason). */
export const ClosureReason = {
  SCHABLONPERIOD_SLUT: 'SCHABLONPERIOD_SLUT',
  AVLIDIT: 'AVLIDIT',
  FLYTTAT_TILL_ANNAN_KOMMUN: 'FLYTTAT_TILL_ANNAN_KOMMUN',
  SVENSKT_MEDBORGARSKAP: 'SVENSKT_MEDBORGARSKAP',
  OVRIGT: 'OVRIGT',
} as const;
export type ClosureReason = (typeof ClosureReason)[keyof typeof ClosureReason];
const CLOSURE_REASONS = Object.values(ClosureReason) as readonly ClosureReason[];

export interface Closure {
  reason: ClosureReason;
  closedOn: string;
}

export interface ClosedSchedule {
  closure: Closure;
  /** The plan that stays: paid instalments and those the city is still entitled to. */
  remaining: Instalment[];
  /** Planned (unpaid) instalments removed by the closure. */
  cleared: Instalment[];
}

/**
 * Automatic closure (issue 6 point 5): once the last instalment (#9) is paid the handling closes
 * with SCHABLONPERIOD_SLUT on the end of the last ersättningsperiod. Earlier shortfalls do not stop
 * it; they stay visible in the comparison. Returns null while #9 is unpaid.
 */
export function automaticClosure(schedule: PaymentSchedule, comparison: ScheduleComparison): Closure | null {
  const last = comparison.instalments[8];
  if (!last || last.status === 'UNPAID') return null;
  return { reason: ClosureReason.SCHABLONPERIOD_SLUT, closedOn: schedule.periodEnd };
}

/**
 * Closes a person's flat-rate handling and clears the planned (unpaid) instalments after the closing
 * date. "After" is measured on the instalment's `entitlementDate`, not its payment month (D): 12 §
 * gives each part to the municipality where the person is folkbokförd at the end of the period, so
 * a period that ended before the closure is still owed to the city even if MiG pays it later; #1
 * is owed to the first receiving municipality once the person is received. Paid instalments are
 * never cleared. SCHABLONPERIOD_SLUT must be dated at the end of the last ersättningsperiod.
 */
export function closeSchedule(schedule: PaymentSchedule, closure: Closure, comparison?: ScheduleComparison): ClosedSchedule {
  if (!CLOSURE_REASONS.includes(closure.reason)) {
    throw new ScheduleError('INVALID_CLOSURE', 'Okänd avslutsorsak.');
  }
  if (!isIsoDate(closure.closedOn)) {
    throw new ScheduleError('INVALID_CLOSURE', 'Avslutsdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).');
  }
  if (closure.closedOn < schedule.receptionDate) {
    throw new ScheduleError('INVALID_CLOSURE', 'Avslutsdatum kan inte vara före mottagningsdatum.');
  }
  if (closure.reason === ClosureReason.SCHABLONPERIOD_SLUT && closure.closedOn !== schedule.periodEnd) {
    throw new ScheduleError('INVALID_CLOSURE', `Schablonperioden slutar ${schedule.periodEnd}; avslut med den orsaken ska ha det datumet.`);
  }
  const paid = new Set(comparison?.instalments.filter((c) => c.status !== 'UNPAID').map((c) => c.instalment.number) ?? []);
  const remaining: Instalment[] = [];
  const cleared: Instalment[] = [];
  for (const inst of schedule.instalments) {
    if (!paid.has(inst.number) && inst.entitlementDate > closure.closedOn) cleared.push(inst);
    else remaining.push(inst);
  }
  return { closure, remaining, cleared };
}

// ---------------------------------------------------------------------------------------------
// Forecast
// ---------------------------------------------------------------------------------------------

export interface ForecastEntry {
  districtCode: string;
  schedule: PaymentSchedule;
  paid: readonly ReceivedPayment[];
  closure?: Closure | null;
}

export interface ForecastRow {
  districtCode: string;
  month: string;
  /** Integer öre still to come in that month. */
  amount: Ore;
  instalments: number;
}

/**
 * What is still to come, per district and payment month from `fromMonth` to `toMonth` inclusive:
 * for each instalment due in the range, expected minus what is already paid against it (never
 * below zero), leaving out instalments a closure has cleared. Move extras are not forecast (they
 * depend on moves not yet made); overdue instalments before `fromMonth` are not either – they show
 * as UNPAID in the comparison. Rows with nothing to come are left out; sorted by district, month.
 */
export function forecast(entries: readonly ForecastEntry[], fromMonth: string, toMonth: string): ForecastRow[] {
  if (!isYearMonth(fromMonth) || !isYearMonth(toMonth)) {
    throw new ScheduleError('INVALID_MONTH', 'Prognosens månader ska anges som ÅÅÅÅ-MM.');
  }
  if (fromMonth > toMonth) {
    throw new ScheduleError('INVALID_MONTH', 'Prognosens första månad får inte vara efter den sista.');
  }
  const rows = new Map<string, ForecastRow>();
  for (const entry of entries) {
    const comparison = compareWithPaid(entry.schedule, entry.paid);
    const cleared = new Set(entry.closure ? closeSchedule(entry.schedule, entry.closure, comparison).cleared.map((x) => x.number) : []);
    for (const c of comparison.instalments) {
      const month = c.instalment.dueMonth;
      if (month < fromMonth || month > toMonth || cleared.has(c.instalment.number)) continue;
      const outstanding = Math.max(c.expected - c.paid, 0);
      if (outstanding === 0) continue;
      const key = `${entry.districtCode}\u0000${month}`;
      const row = rows.get(key) ?? { districtCode: entry.districtCode, month, amount: 0, instalments: 0 };
      row.amount += outstanding;
      row.instalments += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.districtCode.localeCompare(b.districtCode) || a.month.localeCompare(b.month));
}
