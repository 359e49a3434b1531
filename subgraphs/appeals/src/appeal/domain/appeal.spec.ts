import { validateNewAppeal, type NewAppealInput } from './appeal.js';

const today = new Date('2025-06-15T10:00:00Z');
const valid: NewAppealInput = {
  decisionId: '7d1b7f2e-52a5-5c3e-8a3e-3f0a4a1b2c3d',
  districtCode: ' farsta ',
  status: 'APPEALED',
  appealedAt: '2025-06-01',
  administrativeCourtCaseNumber: '',
  amfCaseNumber: ' AMN 2025/17 ',
  note: '  Överklagat i sin helhet.  ',
};

describe('validateNewAppeal', () => {
  it('normalises the input', () => {
    expect(validateNewAppeal(valid, today)).toEqual({
      ok: true,
      value: { decisionId: valid.decisionId, districtCode: 'FARSTA', status: 'APPEALED', appealedAt: '2025-06-01', administrativeCourtCaseNumber: null, amfCaseNumber: 'AMN 2025/17', note: 'Överklagat i sin helhet.' },
    });
  });

  it('lets only a draft lack the appeal date, and refuses a date in the future', () => {
    expect(validateNewAppeal({ ...valid, status: 'DRAFT', appealedAt: null }, today).ok).toBe(true);
    const missing = validateNewAppeal({ ...valid, appealedAt: null }, today);
    expect(!missing.ok && missing.problems[0]).toMatchObject({ field: 'appealedAt', reason: 'REQUIRED' });
    const future = validateNewAppeal({ ...valid, appealedAt: '2025-06-16' }, today);
    expect(!future.ok && future.problems[0]).toMatchObject({ field: 'appealedAt', reason: 'IN_FUTURE', message: 'Datum för överklagan kan inte ligga i framtiden.' });
  });

  it('requires the förvaltningsrätt case number once the case is at the kammarrätt', () => {
    const r = validateNewAppeal({ ...valid, status: 'AT_COURT_OF_APPEAL' }, today);
    expect(!r.ok && r.problems[0]).toMatchObject({ field: 'administrativeCourtCaseNumber', reason: 'REQUIRED' });
    expect(validateNewAppeal({ ...valid, status: 'AT_COURT_OF_APPEAL', administrativeCourtCaseNumber: '1234-25' }, today).ok).toBe(true);
  });

  it('limits the note to 4000 characters and reports every broken field in Swedish', () => {
    expect(validateNewAppeal({ ...valid, note: 'x'.repeat(4000) }, today).ok).toBe(true);
    const r = validateNewAppeal({ ...valid, decisionId: 'nope', note: 'x'.repeat(4001) }, today);
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual(['decisionId', 'note']);
    expect(!r.ok && r.problems[1]!.message).toBe('Anteckningen får vara högst 4000 tecken.');
  });
});
