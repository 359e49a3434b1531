import { computedPurgeDate, openCasesMessage, validateClosure, validatePurgeDate } from './closure.js';

const today = '2026-11-24';

describe('closing a person’s grant handling', () => {
  it('accepts a date up to today with a reason', () => {
    expect(validateClosure({ closedOn: '2026-11-24', reason: 'AVLIDIT' }, today)).toEqual([]);
    expect(validateClosure({ closedOn: '2024-02-29', reason: 'SVENSKT_MEDBORGARSKAP' }, today)).toEqual([]);
  });

  it('names every problem with a Swedish message and a stable reason', () => {
    expect(validateClosure({ closedOn: '', reason: '' }, today)).toEqual([
      { field: 'closedOn', message: 'Datum för avslut måste anges.', reason: 'REQUIRED' },
      { field: 'reason', message: 'Välj en avslutsorsak.', reason: 'REQUIRED' },
    ]);
    expect(validateClosure({ closedOn: '2026-02-30', reason: 'AVLIDIT' }, today)[0]).toMatchObject({ field: 'closedOn', reason: 'FORMAT' });
    expect(validateClosure({ closedOn: '2026-11-25', reason: 'AVLIDIT' }, today)[0]).toMatchObject({ field: 'closedOn', reason: 'IN_FUTURE', message: 'Datum för avslut kan inte ligga i framtiden.' });
    expect(validateClosure({ closedOn: '2026-01-01', reason: 'FLYTTAT' }, today)[0]).toMatchObject({ field: 'reason' });
  });

  it('wants a note when the reason is Övrigt', () => {
    expect(validateClosure({ closedOn: '2026-01-01', reason: 'OVRIGT', note: '  ' }, today)).toEqual([{ field: 'note', message: 'Beskriv orsaken när avslutsorsaken är Övrigt.', reason: 'REQUIRED' }]);
    expect(validateClosure({ closedOn: '2026-01-01', reason: 'OVRIGT', note: 'Dubbelregistrerad' }, today)).toEqual([]);
    expect(validateClosure({ closedOn: '2026-01-01', reason: 'AVLIDIT', note: 'x'.repeat(2001) }, today)[0]).toMatchObject({ field: 'note', reason: 'TOO_LONG' });
  });
});

describe('purge date', () => {
  it('is three weeks after the closure, or after the last settled case when that is later', () => {
    expect(computedPurgeDate('2026-03-01', null)).toBe('2026-03-22');
    expect(computedPurgeDate('2026-03-01', '2026-02-01')).toBe('2026-03-22');
    expect(computedPurgeDate('2026-03-01', '2026-12-20')).toBe('2027-01-10');
    expect(computedPurgeDate('2024-02-10', null)).toBe('2024-03-02'); // leap year
  });

  it('may be set by hand to today or later, or cleared', () => {
    expect(validatePurgeDate('2026-11-24', today)).toEqual([]);
    expect(validatePurgeDate(null, today)).toEqual([]);
    expect(validatePurgeDate('2026-11-23', today)).toEqual([{ field: 'purgeOn', message: 'Gallringsdatum kan inte ligga före dagens datum.', reason: 'IN_PAST' }]);
    expect(validatePurgeDate('24/11/2026', today)[0]).toMatchObject({ reason: 'FORMAT' });
  });
});

describe('refusal because of open cases', () => {
  it('counts and names the open claims and appeals', () => {
    expect(
      openCasesMessage('Hanteringen kan inte avslutas', [
        { context: 'claims', label: 'Återsökning GSKA 2026-01-01–2026-03-31', statusLabel: 'Initierad av SDF' },
        { context: 'claims', label: 'Återsökning BIF 2025-10-01–2025-12-31', statusLabel: 'Beslutad' },
        { context: 'appeals', label: 'Överklagan AMN 2026/101', statusLabel: 'Hos förvaltningsrätten' },
      ]),
    ).toBe(
      'Hanteringen kan inte avslutas: personen har 2 pågående återsökningar och 1 pågående överklagan: Återsökning GSKA 2026-01-01–2026-03-31 (Initierad av SDF); Återsökning BIF 2025-10-01–2025-12-31 (Beslutad); Överklagan AMN 2026/101 (Hos förvaltningsrätten).',
    );
  });
});
