import { appealDeadlineOf, appealRefusal, cancelRefusal, formatKronor, planOffsets, recoveryStatus, stockholmDate, validateNewRecovery } from './recovery.js';
import { checkDocument, MAX_DOCUMENT_BYTES } from './recovery-document.js';

const valid = {
  personId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  compensationCode: ' fska ',
  periodFrom: '2025-01-01',
  periodTo: '2025-03-31',
  amount: 150_000,
  reason: ' Dubbel utbetalning ',
};

describe('planOffsets: what a payment settles', () => {
  const r = (id: string, amount: number, offsetAmount = 0) => ({ id, amount, offsetAmount });

  it('settles the oldest first and carries the remainder of the one that does not fit', () => {
    expect(planOffsets([r('a', 30_000), r('b', 50_000), r('c', 10_000)], 60_000)).toEqual([
      { recoveryId: 'a', amount: 30_000 },
      { recoveryId: 'b', amount: 30_000 },
    ]);
  });

  it('takes only what remains of a partly offset recovery', () => {
    expect(planOffsets([r('a', 100_000, 70_000), r('b', 5_000)], 1_000_000)).toEqual([
      { recoveryId: 'a', amount: 30_000 },
      { recoveryId: 'b', amount: 5_000 },
    ]);
  });

  it('offsets nothing from an empty or negative payment, and skips settled ones', () => {
    expect(planOffsets([r('a', 100)], 0)).toEqual([]);
    expect(planOffsets([r('a', 100)], -500)).toEqual([]);
    expect(planOffsets([r('a', 100, 100), r('b', 40)], 50)).toEqual([{ recoveryId: 'b', amount: 40 }]);
  });

  it('never offsets more than is available, nor more than is demanded', () => {
    const recoveries = [r('a', 12_345), r('b', 67_890, 890), r('c', 1)];
    for (const available of [1, 12_345, 12_346, 79_345, 79_346, 10_000_000]) {
      const plan = planOffsets(recoveries, available);
      const total = plan.reduce((s, p) => s + p.amount, 0);
      expect(total).toBe(Math.min(available, 12_345 + 67_000 + 1));
      expect(plan.every((p) => p.amount > 0)).toBe(true);
    }
  });
});

describe('recovery status', () => {
  it('follows amounts and the appeal decision', () => {
    expect(recoveryStatus({ amount: 100, offsetAmount: 0 })).toBe('OPEN');
    expect(recoveryStatus({ amount: 100, offsetAmount: 40 })).toBe('OFFSET_PARTLY');
    expect(recoveryStatus({ amount: 100, offsetAmount: 40, appealDecision: 'APPEAL' })).toBe('APPEALED');
    expect(recoveryStatus({ amount: 100, offsetAmount: 40, appealDecision: 'ACCEPT' })).toBe('OFFSET_PARTLY');
    expect(recoveryStatus({ amount: 100, offsetAmount: 100, appealDecision: 'APPEAL' })).toBe('SETTLED');
  });
});

describe('validateNewRecovery', () => {
  it('normalises a valid recovery and defaults the decision date to today', () => {
    const result = validateNewRecovery(valid, '2026-01-15');
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ compensationCode: 'FSKA', reason: 'Dubbel utbetalning', decidedAt: '2026-01-15', districtCode: null, decisionId: null }),
    });
  });

  it('refuses zero and negative amounts, reversed periods, long codes and missing reasons, each on its field', () => {
    const zero = validateNewRecovery({ ...valid, amount: 0 }, '2026-01-15');
    expect(zero).toEqual({ ok: false, problems: [{ field: 'amount', reason: 'NOT_POSITIVE', message: 'Beloppet ska vara större än 0 kr.' }] });
    expect(validateNewRecovery({ ...valid, amount: -5 }, '2026-01-15')).toMatchObject({ ok: false, problems: [{ field: 'amount', reason: 'NOT_POSITIVE' }] });
    const many = validateNewRecovery({ ...valid, personId: 'nej', compensationCode: 'X'.repeat(21), periodFrom: '2025-04-01', reason: '  ', decidedAt: '2999-01-01' }, '2026-01-15');
    expect(many.ok).toBe(false);
    if (!many.ok) {
      expect(many.problems.map((p) => `${p.field}:${p.reason}`)).toEqual(['personId:FORMAT', 'compensationCode:TOO_LONG', 'periodTo:PERIOD_ORDER', 'reason:REQUIRED', 'decidedAt:IN_FUTURE']);
    }
    expect(validateNewRecovery({ ...valid, reason: 'x'.repeat(2001) }, '2026-01-15')).toMatchObject({ ok: false, problems: [{ field: 'reason', reason: 'TOO_LONG' }] });
    expect(validateNewRecovery({ ...valid, reason: 'x'.repeat(2000) }, '2026-01-15').ok).toBe(true);
  });
});

describe('deadlines and refusals', () => {
  it('gives the last day to appeal and the Stockholm date', () => {
    expect(appealDeadlineOf('2025-12-20', 21)).toBe('2026-01-10');
    expect(stockholmDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('refuses an appeal after the deadline, and any second decision', () => {
    const open = { status: 'OPEN', appealDecision: null, appealDeadline: '2026-01-10' };
    expect(appealRefusal(open, 'APPEAL', '2026-01-10')).toBeNull();
    expect(appealRefusal(open, 'APPEAL', '2026-01-11')).toEqual({ code: 'BAD_USER_INPUT', reason: 'DEADLINE_PASSED', message: 'Tiden för att överklaga gick ut 2026-01-10.' });
    expect(appealRefusal(open, 'ACCEPT', '2026-01-11')).toBeNull();
    expect(appealRefusal({ ...open, appealDecision: 'ACCEPT' }, 'APPEAL', '2026-01-01')).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DECIDED' });
  });

  it('cancels only what nothing has been offset from', () => {
    expect(cancelRefusal({ status: 'OPEN', offsetAmount: 0 })).toBeNull();
    expect(cancelRefusal({ status: 'OFFSET_PARTLY', offsetAmount: 123_450 })).toEqual({ reason: 'ALREADY_OFFSET', message: 'Återkravet kan inte makuleras: 1\u00a0234,50 kr är redan kvittat mot en utbetalning.' });
    expect(formatKronor(500_000)).toBe('5\u00a0000 kr');
  });
});

describe('checkDocument', () => {
  const pdf = Buffer.from('%PDF-1.4\n%%EOF').toString('base64');
  it('accepts a PDF by its content and nothing when no document is given', () => {
    expect(checkDocument(' beslut.pdf ', pdf)).toMatchObject({ ok: true, document: { fileName: 'beslut.pdf', contentType: 'application/pdf' } });
    expect(checkDocument(null, null)).toEqual({ ok: true, document: null });
  });
  it('refuses other types, more than 10 MB and a name without content', () => {
    expect(checkDocument('skript.pdf', Buffer.from('#!/bin/sh').toString('base64'))).toMatchObject({ ok: false, problem: { reason: 'UNSUPPORTED_TYPE', message: 'Filen skript.pdf kan inte bifogas. Tillåtna filtyper är PDF, Word, Excel, PNG och JPEG.' } });
    expect(checkDocument('stor.pdf', 'A'.repeat(Math.ceil(((MAX_DOCUMENT_BYTES + 3) * 4) / 3)))).toMatchObject({ ok: false, problem: { reason: 'TOO_LARGE' } });
    expect(checkDocument('beslut.pdf', '')).toMatchObject({ ok: false, problem: { field: 'contentBase64', reason: 'REQUIRED' } });
  });
});
