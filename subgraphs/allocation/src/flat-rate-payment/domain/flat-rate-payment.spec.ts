import { validateNewFlatRatePayment, type NewFlatRatePaymentInput } from './flat-rate-payment.js';

const valid: NewFlatRatePaymentInput = {
  personId: null,
  districtCode: ' jarva ',
  compensationCode: ' nsch ',
  kind: 'GENERAL',
  amount: 1_650_000,
  paymentDate: '2025-03-31',
  periodFrom: '2025-01-01',
  periodTo: '2025-03-31',
  migCaseNumber: '  ',
};

describe('validateNewFlatRatePayment', () => {
  it('normalises codes and keeps the amount in öre', () => {
    const r = validateNewFlatRatePayment(valid);
    expect(r).toEqual({
      ok: true,
      value: { personId: null, districtCode: 'JARVA', compensationCode: 'NSCH', kind: 'GENERAL', amount: 1_650_000, paymentDate: '2025-03-31', periodFrom: '2025-01-01', periodTo: '2025-03-31', migCaseNumber: null },
    });
  });

  it('accepts a negative amount (recovery) but never zero or fractions of an öre', () => {
    expect(validateNewFlatRatePayment({ ...valid, amount: -50_000 }).ok).toBe(true);
    const zero = validateNewFlatRatePayment({ ...valid, amount: 0 });
    expect(!zero.ok && zero.problems[0]).toMatchObject({ field: 'amount', reason: 'ZERO' });
    expect(!zero.ok && zero.problems[0]!.message).toMatch(/får inte vara noll/);
    const fraction = validateNewFlatRatePayment({ ...valid, amount: 10.5 });
    expect(!fraction.ok && fraction.problems[0]).toMatchObject({ field: 'amount', reason: 'NOT_INTEGER' });
  });

  it('requires a period that does not end before it starts, and real dates', () => {
    const reversed = validateNewFlatRatePayment({ ...valid, periodFrom: '2025-04-01', periodTo: '2025-03-31' });
    expect(!reversed.ok && reversed.problems[0]).toMatchObject({ field: 'periodTo', reason: 'PERIOD_REVERSED' });
    const bad = validateNewFlatRatePayment({ ...valid, paymentDate: '2025-02-30' });
    expect(!bad.ok && bad.problems[0]).toMatchObject({ field: 'paymentDate', reason: 'INVALID_DATE' });
  });

  it('reports every broken field with a Swedish message', () => {
    const r = validateNewFlatRatePayment({ ...valid, compensationCode: 'X'.repeat(17), personId: 'nope', amount: 0 });
    expect(r.ok).toBe(false);
    const problems = !r.ok ? r.problems : [];
    expect(problems.map((p) => p.field)).toEqual(['personId', 'compensationCode', 'amount']);
    expect(problems[1]!.message).toBe('Ersättningskoden får vara högst 16 tecken.');
    const empty = validateNewFlatRatePayment({ ...valid, compensationCode: '  ' });
    expect(!empty.ok && empty.problems[0]).toMatchObject({ field: 'compensationCode', reason: 'REQUIRED', message: 'Ersättningskod måste anges.' });
  });
});
