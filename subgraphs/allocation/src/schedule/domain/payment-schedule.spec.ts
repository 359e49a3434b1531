import { amountSetFor } from './generalschablon-amounts.js';
import { ScheduleError } from './schedule-error.js';
import {
  ageOn,
  automaticClosure,
  closeSchedule,
  compareWithPaid,
  forecast,
  paymentSchedule,
  type PaymentSchedule,
  type ReceivedPayment,
} from './payment-schedule.js';

// All dates are made up; no person data. Amounts are öre, worked out by hand:
// 165 000 kr = 16 500 000 öre → 10 % = 1 650 000, 20 % = 3 300 000; 92 600 kr → 10 % = 926 000.

/** [number, share %, period from, period to, due month, amount] per instalment. */
const rows = (s: PaymentSchedule) => s.instalments.map((i) => [i.number, i.sharePercent, i.periodFrom, i.periodTo, i.dueMonth, i.amount]);

function scheduleError(fn: () => unknown): ScheduleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ScheduleError) return e;
    throw e;
  }
  throw new Error('expected a ScheduleError');
}

describe('paymentSchedule: dates and amounts', () => {
  it('reception in January: 10 % end of M+1, 20 % end of M+3, then 10 % the month after each 3-month period', () => {
    const s = paymentSchedule({ receptionDate: '2024-01-15', birthDate: '1990-06-01' });
    expect(rows(s)).toEqual([
      [1, 10, '2024-01-15', '2024-01-31', '2024-02', 1_650_000],
      [2, 20, '2024-02-01', '2024-03-31', '2024-04', 3_300_000],
      [3, 10, '2024-04-01', '2024-06-30', '2024-07', 1_650_000],
      [4, 10, '2024-07-01', '2024-09-30', '2024-10', 1_650_000],
      [5, 10, '2024-10-01', '2024-12-31', '2025-01', 1_650_000],
      [6, 10, '2025-01-01', '2025-03-31', '2025-04', 1_650_000],
      [7, 10, '2025-04-01', '2025-06-30', '2025-07', 1_650_000],
      [8, 10, '2025-07-01', '2025-09-30', '2025-10', 1_650_000],
      [9, 10, '2025-10-01', '2025-12-31', '2026-01', 1_650_000],
    ]);
    expect(s.instalments[0]!.dueBy).toBe('2024-02-29'); // leap year: end of February is the 29th
    expect(s.instalments.map((i) => i.ageAtReference)).toEqual([33, 33, 34, 34, 34, 34, 35, 35, 35]);
    expect(s.total).toBe(16_500_000);
    expect(s.periodEnd).toBe('2025-12-31');
  });

  it('reception on the 31st: periods and due dates follow calendar months, not the day', () => {
    const s = paymentSchedule({ receptionDate: '2023-05-31', birthDate: '2010-08-31' });
    expect(s.instalments.map((i) => [i.periodFrom, i.periodTo, i.dueBy])).toEqual([
      ['2023-05-31', '2023-05-31', '2023-06-30'],
      ['2023-06-01', '2023-07-31', '2023-08-31'],
      ['2023-08-01', '2023-10-31', '2023-11-30'],
      ['2023-11-01', '2024-01-31', '2024-02-29'],
      ['2024-02-01', '2024-04-30', '2024-05-31'],
      ['2024-05-01', '2024-07-31', '2024-08-31'],
      ['2024-08-01', '2024-10-31', '2024-11-30'],
      ['2024-11-01', '2025-01-31', '2025-02-28'],
      ['2025-02-01', '2025-04-30', '2025-05-31'],
    ]);
    // 12 at the end of May 2023 (birthday 31 August not reached), a child in the report throughout.
    expect(s.instalments[0]).toMatchObject({ ageReferenceDate: '2023-05-31', ageAtReference: 12, reportingAgeBand: '0–19', amountBand: 'BELOW_LIMIT' });
    expect(s.total).toBe(16_500_000);
  });

  it('reception in November: the schedule crosses the year and uses the reception year\'s amounts (2022: 151 800 kr)', () => {
    const s = paymentSchedule({ receptionDate: '2022-11-10', birthDate: '1980-01-01' });
    expect(rows(s)).toEqual([
      [1, 10, '2022-11-10', '2022-11-30', '2022-12', 1_518_000],
      [2, 20, '2022-12-01', '2023-01-31', '2023-02', 3_036_000],
      [3, 10, '2023-02-01', '2023-04-30', '2023-05', 1_518_000],
      [4, 10, '2023-05-01', '2023-07-31', '2023-08', 1_518_000],
      [5, 10, '2023-08-01', '2023-10-31', '2023-11', 1_518_000],
      [6, 10, '2023-11-01', '2024-01-31', '2024-02', 1_518_000],
      [7, 10, '2024-02-01', '2024-04-30', '2024-05', 1_518_000],
      [8, 10, '2024-05-01', '2024-07-31', '2024-08', 1_518_000],
      [9, 10, '2024-08-01', '2024-10-31', '2024-11', 1_518_000],
    ]);
    expect(s.amountSet).toEqual({ year: 2022, belowLimit: 15_180_000, atOrAboveLimit: 8_520_000, limitAge: 65 });
    expect(s.total).toBe(15_180_000);
  });

  it('reception on 29 February of a leap year', () => {
    const s = paymentSchedule({ receptionDate: '2024-02-29', birthDate: '1995-03-10' });
    expect(s.instalments.map((i) => [i.periodFrom, i.periodTo, i.dueMonth])).toEqual([
      ['2024-02-29', '2024-02-29', '2024-03'],
      ['2024-03-01', '2024-04-30', '2024-05'],
      ['2024-05-01', '2024-07-31', '2024-08'],
      ['2024-08-01', '2024-10-31', '2024-11'],
      ['2024-11-01', '2025-01-31', '2025-02'],
      ['2025-02-01', '2025-04-30', '2025-05'],
      ['2025-05-01', '2025-07-31', '2025-08'],
      ['2025-08-01', '2025-10-31', '2025-11'],
      ['2025-11-01', '2026-01-31', '2026-02'],
    ]);
    expect(s.instalments[4]!.dueBy).toBe('2025-02-28');
    expect(s.instalments[8]!.dueBy).toBe('2026-02-28');
    expect(s.periodEnd).toBe('2026-01-31');
    expect(s.total).toBe(16_500_000);
  });
});

describe('paymentSchedule: age bands crossing a birthday', () => {
  it('turning 66 (2024 amounts): the amount drops from the first instalment whose month-before ends after the birthday', () => {
    // Turns 66 on 2024-09-10. #3 is due 2024-09 (age taken 2024-08-31: 65), #4 due 2024-12 (2024-11-30: 66).
    const s = paymentSchedule({ receptionDate: '2024-03-15', birthDate: '1958-09-10' });
    expect(s.instalments.map((i) => [i.dueMonth, i.ageAtReference, i.amount])).toEqual([
      ['2024-04', 65, 1_650_000],
      ['2024-06', 65, 3_300_000],
      ['2024-09', 65, 1_650_000],
      ['2024-12', 66, 926_000],
      ['2025-03', 66, 926_000],
      ['2025-06', 66, 926_000],
      ['2025-09', 66, 926_000],
      ['2025-12', 67, 926_000],
      ['2026-03', 67, 926_000],
    ]);
    // 40 % of 165 000 kr + 60 % of 92 600 kr = 66 000 + 55 560 = 121 560 kr – neither band's total.
    expect(s.total).toBe(12_156_000);
    // The report band is 65+ from the start while the legal limit (66) still gives the higher amount.
    expect(s.instalments[0]).toMatchObject({ reportingAgeBand: '65+', amountBand: 'BELOW_LIMIT' });
    expect(s.instalments[3]).toMatchObject({ reportingAgeBand: '65+', amountBand: 'AT_OR_ABOVE_LIMIT' });
  });

  it('a birthday on the reference day itself counts: turning 66 on 2024-08-31 switches at #3', () => {
    const s = paymentSchedule({ receptionDate: '2024-03-15', birthDate: '1958-08-31' });
    expect(s.instalments.map((i) => i.amountBand)).toEqual(['BELOW_LIMIT', 'BELOW_LIMIT', ...Array(7).fill('AT_OR_ABOVE_LIMIT')]);
    // 10 % + 20 % of 165 000 kr + 70 % of 92 600 kr = 49 500 + 64 820 = 114 320 kr.
    expect(s.total).toBe(11_432_000);
  });

  it('turning 65 under the 2021 amounts (limit 65: 149 600 / 84 000 kr)', () => {
    // Turns 65 on 2021-12-15: #3 due 2021-12 (age taken 2021-11-30: 64), #4 due 2022-03 (2022-02-28: 65).
    const s = paymentSchedule({ receptionDate: '2021-06-01', birthDate: '1956-12-15' });
    expect(s.instalments.map((i) => i.amount)).toEqual([1_496_000, 2_992_000, 1_496_000, 840_000, 840_000, 840_000, 840_000, 840_000, 840_000]);
    // 40 % of 149 600 + 60 % of 84 000 = 59 840 + 50 400 = 110 240 kr.
    expect(s.total).toBe(11_024_000);
  });

  it('from 2026 the limit is riktåldern 67: 66 years old still gets the higher amount', () => {
    // Turns 67 on 2026-05-05: #2 due 2026-05 (age taken 2026-04-30: 66), #3 due 2026-08 (2026-07-31: 67).
    const s = paymentSchedule({ receptionDate: '2026-02-10', birthDate: '1959-05-05' });
    expect(s.instalments.slice(0, 3).map((i) => [i.dueMonth, i.ageAtReference, i.amount])).toEqual([
      ['2026-03', 66, 1_650_000],
      ['2026-05', 66, 3_300_000],
      ['2026-08', 67, 926_000],
    ]);
    expect(s.total).toBe(11_432_000);
  });

  it('turning 20 changes the report band only, not the amount', () => {
    // Turns 20 on 2025-04-02: #2 due 2025-04 (age taken 2025-03-31: 19), #3 due 2025-07 (2025-06-30: 20).
    const s = paymentSchedule({ receptionDate: '2025-01-20', birthDate: '2005-04-02' });
    expect(s.instalments.map((i) => i.reportingAgeBand)).toEqual(['0–19', '0–19', ...Array(7).fill('20–64')]);
    expect(s.instalments.map((i) => i.amountBand)).toEqual(Array(9).fill('BELOW_LIMIT'));
    expect(s.total).toBe(16_500_000);
  });

  it('born on 29 February: a year older on 1 March in other years, so still 65 on 2026-02-28', () => {
    expect(ageOn('1960-02-29', '2026-02-28')).toBe(65);
    expect(ageOn('1960-02-29', '2026-03-01')).toBe(66);
    expect(ageOn('1960-02-29', '2028-02-29')).toBe(68);
    // Reception 2025-12-10 (limit 66): #2 due 2026-03 takes the age on 2026-02-28 (65), #3 on 2026-05-31 (66).
    const s = paymentSchedule({ receptionDate: '2025-12-10', birthDate: '1960-02-29' });
    expect(s.instalments.slice(0, 3).map((i) => [i.ageReferenceDate, i.amount])).toEqual([
      ['2025-12-31', 1_650_000],
      ['2026-02-28', 3_300_000],
      ['2026-05-31', 926_000],
    ]);
  });
});

describe('paymentSchedule: rounding and input', () => {
  it('an amount not divisible by ten still adds up to the öre (largest remainder)', () => {
    const table = { 2024: { year: 2024, belowLimit: 100_001, atOrAboveLimit: 50_003, limitAge: 66 } };
    const young = paymentSchedule({ receptionDate: '2024-05-05', birthDate: '2000-01-01' }, table);
    // 100 001 × 20 % = 20 000.2 → the one left-over öre goes to #2, the largest remainder.
    expect(young.instalments.map((i) => i.amount)).toEqual([10_000, 20_001, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000]);
    expect(young.total).toBe(100_001);
    const old = paymentSchedule({ receptionDate: '2024-05-05', birthDate: '1940-01-01' }, table);
    // 50 003: 10 % = 5 000.3, 20 % = 10 000.6 → #2 gets 10 001, then #1 and #3 get one öre each.
    expect(old.instalments.map((i) => i.amount)).toEqual([5_001, 10_001, 5_001, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000]);
    expect(old.total).toBe(50_003);
  });

  it('refuses bad input with a reason and a Swedish message', () => {
    expect(scheduleError(() => paymentSchedule({ receptionDate: '2024-02-30', birthDate: '1990-01-01' }))).toMatchObject({ reason: 'INVALID_DATE', message: expect.stringMatching(/Mottagningsdatum/) });
    expect(scheduleError(() => paymentSchedule({ receptionDate: '2024-02-01', birthDate: '1990-13-01' }))).toMatchObject({ reason: 'INVALID_DATE', message: expect.stringMatching(/Födelsedatum/) });
    expect(scheduleError(() => paymentSchedule({ receptionDate: '2024-02-01', birthDate: '2024-02-02' }))).toMatchObject({ reason: 'BIRTH_AFTER_RECEPTION', message: 'Födelsedatum kan inte vara efter mottagningsdatum.' });
    expect(scheduleError(() => paymentSchedule({ receptionDate: '2015-12-31', birthDate: '1990-01-01' }))).toMatchObject({ reason: 'RECEPTION_BEFORE_2016' });
    expect(scheduleError(() => paymentSchedule({ receptionDate: '2027-01-04', birthDate: '1990-01-01' }))).toMatchObject({ reason: 'NO_AMOUNTS', message: 'Belopp för generalschablonen saknas för mottagningsåret 2027.' });
    // A child born on the day of reception is fine.
    expect(paymentSchedule({ receptionDate: '2024-02-01', birthDate: '2024-02-01' }).instalments[0]!.ageAtReference).toBe(0);
  });

  it('amountSetFor picks the reception year', () => {
    expect(amountSetFor('2016-01-01')).toEqual({ year: 2016, belowLimit: 12_500_000, atOrAboveLimit: 7_820_000, limitAge: 65 });
    expect(amountSetFor('2023-12-31')).toMatchObject({ belowLimit: 16_500_000, atOrAboveLimit: 9_260_000, limitAge: 66 });
  });
});

describe('compareWithPaid', () => {
  const s = paymentSchedule({ receptionDate: '2024-01-15', birthDate: '1990-06-01' });

  it('shows paid, missing and short instalments and keeps move extras and unexpected payments', () => {
    const payments: ReceivedPayment[] = [
      { paidOn: '2024-02-29', amount: 1_650_000 },
      { paidOn: '2024-04-30', amount: 1_650_000 }, // 13 § extra 10 % for a move, paid with #2
      { paidOn: '2024-04-30', amount: 3_300_000 },
      // #3 (due 2024-07) never paid
      { paidOn: '2024-10-31', amount: 1_600_000 }, // #4, 500 kr short
      { paidOn: '2024-12-15', amount: -200_000 }, // a recovery
      { month: '2025-01', amount: 1_650_000 },
    ];
    const c = compareWithPaid(s, payments);
    expect(c.instalments.map((i) => [i.instalment.number, i.expected, i.paid, i.difference, i.status])).toEqual([
      [1, 1_650_000, 1_650_000, 0, 'PAID'],
      [2, 3_300_000, 3_300_000, 0, 'PAID'],
      [3, 1_650_000, 0, -1_650_000, 'UNPAID'],
      [4, 1_650_000, 1_600_000, -50_000, 'SHORT'],
      [5, 1_650_000, 1_650_000, 0, 'PAID'],
      [6, 1_650_000, 0, -1_650_000, 'UNPAID'],
      [7, 1_650_000, 0, -1_650_000, 'UNPAID'],
      [8, 1_650_000, 0, -1_650_000, 'UNPAID'],
      [9, 1_650_000, 0, -1_650_000, 'UNPAID'],
    ]);
    expect(c.extras).toEqual([
      { payment: payments[1], month: '2024-04', reason: 'EXTRA_MOVE' },
      { payment: payments[4], month: '2024-12', reason: 'UNEXPECTED' },
    ]);
    expect(c.totalExpected).toBe(16_500_000);
    expect(c.totalPaid).toBe(8_200_000);
    expect(c.totalExtra).toBe(1_450_000);
  });

  it('a late payment of the exact amount in a month with nothing due is the late instalment; a hint wins over the month', () => {
    const c = compareWithPaid(s, [
      { month: '2024-02', amount: 1_650_000 },
      { month: '2024-04', amount: 3_300_000 },
      { paidOn: '2024-08-20', amount: 1_650_000 }, // #3 (due 2024-07) paid late
      { paidOn: '2024-10-31', amount: 1_650_000, instalmentHint: 6 }, // MiG says this is #6, paid early
    ]);
    expect(c.instalments[2]).toMatchObject({ status: 'PAID', paid: 1_650_000 });
    expect(c.instalments[3]).toMatchObject({ status: 'UNPAID' });
    expect(c.instalments[5]).toMatchObject({ status: 'PAID' });
    expect(c.extras).toEqual([]);
  });

  it('a move extra is 10 % of the band at that payment: 926 000 öre once the person is 66', () => {
    const old = paymentSchedule({ receptionDate: '2024-03-15', birthDate: '1958-09-10' });
    const c = compareWithPaid(old, [
      { paidOn: '2024-12-20', amount: 926_000 },
      { paidOn: '2024-12-20', amount: 926_000 }, // 14 § extra, paid the month after the period
      { paidOn: '2025-03-20', amount: 926_000 },
      { paidOn: '2025-03-20', amount: 1_650_000 }, // the under-66 rate no longer applies: unexpected
    ]);
    expect(c.instalments[3]).toMatchObject({ status: 'PAID' });
    expect(c.instalments[4]).toMatchObject({ status: 'PAID' });
    expect(c.extras.map((e) => [e.month, e.payment.amount, e.reason])).toEqual([
      ['2024-12', 926_000, 'EXTRA_MOVE'],
      ['2025-03', 1_650_000, 'UNEXPECTED'],
    ]);
  });

  it('never drops a payment, even the same object passed twice', () => {
    const extra = { month: '2024-04', amount: 1_650_000 };
    const c = compareWithPaid(s, [{ month: '2024-04', amount: 3_300_000 }, extra, extra]);
    expect(c.instalments[1]).toMatchObject({ status: 'PAID' });
    expect(c.extras.map((e) => e.reason)).toEqual(['EXTRA_MOVE', 'EXTRA_MOVE']);
    expect(c.totalPaid + c.totalExtra).toBe(6_600_000);
  });

  it('refuses a payment without a real date or month, or with a fraction of an öre', () => {
    expect(scheduleError(() => compareWithPaid(s, [{ paidOn: '2024-02-31', amount: 1 }]))).toMatchObject({ reason: 'INVALID_PAYMENT' });
    expect(scheduleError(() => compareWithPaid(s, [{ month: '2024-13', amount: 1 }]))).toMatchObject({ reason: 'INVALID_PAYMENT' });
    expect(scheduleError(() => compareWithPaid(s, [{ month: '2024-02', amount: 0.5 }]))).toMatchObject({ reason: 'INVALID_PAYMENT' });
  });
});

describe('closure', () => {
  const s = paymentSchedule({ receptionDate: '2024-01-15', birthDate: '1990-06-01' });
  const paidThrough = (n: number): ReceivedPayment[] => s.instalments.slice(0, n).map((i) => ({ month: i.dueMonth, amount: i.amount }));

  it('closes automatically with SCHABLONPERIOD_SLUT at the end of the last period once #9 is paid', () => {
    expect(automaticClosure(s, compareWithPaid(s, paidThrough(8)))).toBeNull();
    const all = compareWithPaid(s, paidThrough(9));
    const closure = automaticClosure(s, all);
    expect(closure).toEqual({ reason: 'SCHABLONPERIOD_SLUT', closedOn: '2025-12-31' });
    const closed = closeSchedule(s, closure!, all);
    expect(closed.remaining).toHaveLength(9);
    expect(closed.cleared).toEqual([]);
  });

  it('SCHABLONPERIOD_SLUT on another date than the end of the period is refused', () => {
    expect(scheduleError(() => closeSchedule(s, { reason: 'SCHABLONPERIOD_SLUT', closedOn: '2025-11-30' }))).toMatchObject({ reason: 'INVALID_CLOSURE' });
  });

  it('a move clears the unpaid instalments whose period ends after the closing date', () => {
    const closed = closeSchedule(s, { reason: 'FLYTTAT_TILL_ANNAN_KOMMUN', closedOn: '2024-11-15' }, compareWithPaid(s, paidThrough(4)));
    expect(closed.remaining.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(closed.cleared.map((i) => i.number)).toEqual([5, 6, 7, 8, 9]);
  });

  it('an instalment for a period that ended before the closure stays, even if it is paid after it', () => {
    // #4 pays for 2024-07-01..2024-09-30 and is due 2024-10; the person moves 2024-10-05.
    const closed = closeSchedule(s, { reason: 'FLYTTAT_TILL_ANNAN_KOMMUN', closedOn: '2024-10-05' }, compareWithPaid(s, paidThrough(3)));
    expect(closed.remaining.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });

  it('death in the month of reception keeps only #1 (owed to the first receiving municipality)', () => {
    const closed = closeSchedule(s, { reason: 'AVLIDIT', closedOn: '2024-01-20' });
    expect(closed.remaining.map((i) => i.number)).toEqual([1]);
    expect(closed.cleared).toHaveLength(8);
  });

  it('never clears an instalment that has been paid', () => {
    const closed = closeSchedule(s, { reason: 'OVRIGT', closedOn: '2024-02-10' }, compareWithPaid(s, [{ month: '2024-07', amount: 1_650_000 }]));
    expect(closed.remaining.map((i) => i.number)).toEqual([1, 3]);
  });

  it('refuses an unknown reason or a closing date before the reception', () => {
    expect(scheduleError(() => closeSchedule(s, { reason: 'FEL' as never, closedOn: '2024-05-01' }))).toMatchObject({ reason: 'INVALID_CLOSURE', message: 'Okänd avslutsorsak.' });
    expect(scheduleError(() => closeSchedule(s, { reason: 'OVRIGT', closedOn: '2024-01-14' }))).toMatchObject({ reason: 'INVALID_CLOSURE' });
  });
});

describe('forecast', () => {
  it('sums what is still to come per district and month, net of part payments and closures', () => {
    const jarva = paymentSchedule({ receptionDate: '2024-01-15', birthDate: '1990-06-01' });
    const older = paymentSchedule({ receptionDate: '2024-03-15', birthDate: '1958-09-10' });
    const moved = paymentSchedule({ receptionDate: '2024-06-03', birthDate: '2000-01-01' });
    const paid = (s: PaymentSchedule, n: number) => s.instalments.slice(0, n).map((i) => ({ month: i.dueMonth, amount: i.amount }));
    const rows = forecast(
      [
        { districtCode: 'SKARPNACK', schedule: older, paid: [...paid(older, 3), { month: '2024-12', amount: 426_000 }] },
        { districtCode: 'JARVA', schedule: jarva, paid: paid(jarva, 4) },
        // Due 2024-07, 09, 12, 2025-03 …; moved away 2025-01-10: #3 (period to 2024-11-30) is kept, #4 on is cleared.
        { districtCode: 'SKARPNACK', schedule: moved, paid: paid(moved, 2), closure: { reason: 'FLYTTAT_TILL_ANNAN_KOMMUN', closedOn: '2025-01-10' } },
      ],
      '2024-12',
      '2025-07',
    );
    expect(rows).toEqual([
      { districtCode: 'JARVA', month: '2025-01', amount: 1_650_000, instalments: 1 },
      { districtCode: 'JARVA', month: '2025-04', amount: 1_650_000, instalments: 1 },
      { districtCode: 'JARVA', month: '2025-07', amount: 1_650_000, instalments: 1 },
      // 926 000 − 426 000 already paid = 500 000, plus the moved person's #3 of 1 650 000.
      { districtCode: 'SKARPNACK', month: '2024-12', amount: 2_150_000, instalments: 2 },
      { districtCode: 'SKARPNACK', month: '2025-03', amount: 926_000, instalments: 1 },
      { districtCode: 'SKARPNACK', month: '2025-06', amount: 926_000, instalments: 1 },
    ]);
  });

  it('refuses months that are not ÅÅÅÅ-MM or in the wrong order', () => {
    expect(scheduleError(() => forecast([], '2025-1', '2025-03'))).toMatchObject({ reason: 'INVALID_MONTH' });
    expect(scheduleError(() => forecast([], '2025-04', '2025-03'))).toMatchObject({ reason: 'INVALID_MONTH' });
  });
});
