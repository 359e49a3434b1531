import { escapeLike, parsePersonSearch } from './person-search.js';

const today = new Date('2026-01-01T00:00:00Z');
const parse = (s: string) => parsePersonSearch(s, today);

describe('parsePersonSearch', () => {
  it('reads a personnummer/samordningsnummer in any accepted form as the 12-digit number', () => {
    for (const form of ['701063-2391', '7010632391', '197010632391', '19701063-2391', ' 701063 2391 ']) {
      expect(parse(form)).toMatchObject({ identityNumber: '197010632391', identityDigits: null, migIndividualNumber: null });
    }
    // `+` = 100 years or older: another century
    expect(parse('701063+2391')?.identityNumber).toBe('187010632391');
  });

  it('treats 6 or more digits that are no complete number as part of a personnummer', () => {
    expect(parse('701063')).toMatchObject({ identityNumber: null, identityDigits: '701063' });
    expect(parse('7010632392')).toMatchObject({ identityNumber: null, identityDigits: '7010632392' }); // bad check digit
    expect(parse('12345')).toMatchObject({ identityNumber: null, identityDigits: null });
  });

  it('reads 7–8 digits as a MiG individnummer too', () => {
    expect(parse('9000017')).toMatchObject({ migIndividualNumber: '9000017', identityDigits: '9000017' });
    expect(parse('90000017')).toMatchObject({ migIndividualNumber: '90000017' });
    expect(parse('900-0017')?.migIndividualNumber).toBeNull();
  });

  it('splits a name into words and ignores empty input', () => {
    expect(parse('  Amina   Ahmadi ')).toMatchObject({ text: 'Amina Ahmadi', words: ['Amina', 'Ahmadi'], identityNumber: null, identityDigits: null });
    expect(parsePersonSearch('   ')).toBeNull();
    expect(parsePersonSearch(null)).toBeNull();
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
