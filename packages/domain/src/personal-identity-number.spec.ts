import { parseIdentityNumber, luhnCheckDigit, isMigIndividualNumber, formatIdentityNumber } from './personal-identity-number.js';

const today = new Date('2026-11-24T00:00:00Z');

describe('parseIdentityNumber', () => {
  it('normalises a 10-digit personnummer with dash to 12 digits and resolves the century', () => {
    // Skatteverket's textbook example 811218-9876
    const r = parseIdentityNumber('811218-9876', today);
    expect(r).toEqual({ ok: true, normalised: '198112189876', isCoordinationNumber: false, birthDate: '1981-12-18' });
  });

  it('accepts 12 digits without separator', () => {
    const r = parseIdentityNumber('198112189876', today);
    expect(r.ok && r.normalised).toBe('198112189876');
  });

  it('puts a 10-digit number in the past century when the year would be in the future', () => {
    const nine = '300101000';
    const r = parseIdentityNumber(`300101-000${luhnCheckDigit(nine)}`, today); // 2030 is in the future → 1930
    expect(r.ok && r.normalised).toBe(`19300101000${luhnCheckDigit(nine)}`);
  });

  it('moves a + number back one more century (age 100+)', () => {
    const nine = '010101999';
    const r = parseIdentityNumber(`010101+999${luhnCheckDigit(nine)}`, today);
    expect(r.ok && r.birthDate).toBe('1901-01-01');
    const withoutPlus = parseIdentityNumber(`010101-999${luhnCheckDigit(nine)}`, today);
    expect(withoutPlus.ok && withoutPlus.birthDate).toBe('2001-01-01');
  });

  it('recognises a samordningsnummer (day + 60) and keeps day+60 in the stored form', () => {
    // Skatteverket's example: 701063-2391, born 1970-10-03
    const r = parseIdentityNumber('701063-2391', today);
    expect(r).toEqual({ ok: true, normalised: '197010632391', isCoordinationNumber: true, birthDate: '1970-10-03' });
  });

  it('rejects a wrong check digit with a Swedish message', () => {
    const r = parseIdentityNumber('811218-9875', today);
    expect(r).toMatchObject({ ok: false, error: 'CHECK_DIGIT' });
    expect(!r.ok && r.message).toMatch(/Kontrollsiffran/);
  });

  it.each(['', '12345', 'abcdefghij', '19811218+9876', '81121-89876'])('rejects malformed input %p', (input) => {
    expect(parseIdentityNumber(input, today)).toMatchObject({ ok: false, error: 'FORMAT' });
  });

  it('rejects impossible dates (30 February, day 92)', () => {
    expect(parseIdentityNumber('19810230' + '0000', today)).toMatchObject({ ok: false, error: 'DATE' });
    expect(parseIdentityNumber('810292-0000', today)).toMatchObject({ ok: false, error: 'DATE' });
  });
});

describe('MiG individnummer and formatting', () => {
  it('accepts 7 or 8 digits only', () => {
    expect(isMigIndividualNumber('1234567')).toBe(true);
    expect(isMigIndividualNumber('12345678')).toBe(true);
    expect(isMigIndividualNumber('123456')).toBe(false);
    expect(isMigIndividualNumber('123456789')).toBe(false);
    expect(isMigIndividualNumber('12a4567')).toBe(false);
  });
  it('formats 12 digits with a dash', () => {
    expect(formatIdentityNumber('198112189876')).toBe('19811218-9876');
  });
});
