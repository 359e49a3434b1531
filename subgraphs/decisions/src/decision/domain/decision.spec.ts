import { finalDateOf, validateNewDecision, type NewDecisionInput } from './decision.js';

const today = new Date('2025-06-15T10:00:00Z');
const valid: NewDecisionInput = {
  claimId: null,
  personId: null,
  districtCode: 'jarva',
  migCaseNumber: ' 1.1.3-2025-1234 ',
  outcome: 'DELVIS_BEVILJAD',
  decidedAt: '2025-05-02',
  grantedAmount: 1_234_500,
};

describe('finalDateOf (laga kraft)', () => {
  it('is three weeks after the decision date', () => {
    expect(finalDateOf('2025-05-02')).toBe('2025-05-23');
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(finalDateOf('2025-01-20')).toBe('2025-02-10');
    expect(finalDateOf('2024-12-20')).toBe('2025-01-10');
    expect(finalDateOf('2024-02-15')).toBe('2024-03-07');
    expect(finalDateOf('2023-02-15')).toBe('2023-03-08');
  });
});

describe('validateNewDecision', () => {
  it('normalises the input and stores laga kraft', () => {
    expect(validateNewDecision(valid, today)).toEqual({
      ok: true,
      value: { claimId: null, personId: null, districtCode: 'JARVA', migCaseNumber: '1.1.3-2025-1234', outcome: 'DELVIS_BEVILJAD', decidedAt: '2025-05-02', grantedAmount: 1_234_500, finalAt: '2025-05-23' },
    });
  });

  it('requires 0 granted for avslag and avvisning, and more than 0 for the granting outcomes', () => {
    const avslag = validateNewDecision({ ...valid, outcome: 'AVSLAG', grantedAmount: 100 }, today);
    expect(!avslag.ok && avslag.problems[0]).toMatchObject({ field: 'grantedAmount', reason: 'OUTCOME_MISMATCH', message: 'Vid avslag ska beviljat belopp vara 0.' });
    expect(validateNewDecision({ ...valid, outcome: 'AVVISAD', grantedAmount: 0 }, today).ok).toBe(true);
    const beviljad = validateNewDecision({ ...valid, outcome: 'BEVILJAD', grantedAmount: 0 }, today);
    expect(!beviljad.ok && beviljad.problems[0]).toMatchObject({ field: 'grantedAmount', reason: 'OUTCOME_MISMATCH' });
  });

  it('rejects negative and fractional amounts, future and impossible dates', () => {
    const negative = validateNewDecision({ ...valid, grantedAmount: -1 }, today);
    expect(!negative.ok && negative.problems[0]).toMatchObject({ field: 'grantedAmount', reason: 'NEGATIVE' });
    const fraction = validateNewDecision({ ...valid, grantedAmount: 1.5 }, today);
    expect(!fraction.ok && fraction.problems[0]).toMatchObject({ field: 'grantedAmount', reason: 'NOT_INTEGER' });
    const future = validateNewDecision({ ...valid, decidedAt: '2025-06-16' }, today);
    expect(!future.ok && future.problems[0]).toMatchObject({ field: 'decidedAt', reason: 'IN_FUTURE', message: 'Beslutsdatum kan inte ligga i framtiden.' });
    const impossible = validateNewDecision({ ...valid, decidedAt: '2025-02-29' }, today);
    expect(!impossible.ok && impossible.problems[0]).toMatchObject({ field: 'decidedAt', reason: 'INVALID_DATE' });
  });

  it('reports every broken field with a Swedish message', () => {
    const r = validateNewDecision({ ...valid, migCaseNumber: ' ', claimId: 'x', grantedAmount: -5 }, today);
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual(['claimId', 'migCaseNumber', 'grantedAmount']);
    expect(!r.ok && r.problems[1]!.message).toBe('MiG:s diarienummer måste anges.');
  });
});
