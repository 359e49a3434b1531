import { luhnCheckDigit } from '@statsbidrag/domain';
import { lastDayOfPreviousMonth, parseDate, readMigNumber, readPersonalNumber } from './parse.js';

// A fictitious samordningsnummer (1990-01-01, day + 60).
const NINE = '900161238';
const PNR = `19${NINE}${luhnCheckDigit(NINE)}`;

describe('reading identifiers from a flat-rate row', () => {
  it('reads 12 digits with or without a dash, and checks the date and check digit', () => {
    expect(readPersonalNumber(`${PNR.slice(0, 8)}-${PNR.slice(8)}`)).toEqual({ kind: 'FULL', normalised: PNR, birthDate: '1990-01-01' });
    expect(readPersonalNumber(`${PNR.slice(0, 11)}${(Number(PNR[11]) + 1) % 10}`)).toMatchObject({ kind: 'INVALID', message: expect.stringMatching(/Kontrollsiffran/) });
    expect(readPersonalNumber('19901301-1234').kind).toBe('INVALID');
    expect(readPersonalNumber('abc').kind).toBe('INVALID');
    expect(readPersonalNumber('  ')).toEqual({ kind: 'NONE' });
  });

  it('gives 10 digits both centuries to be resolved against known persons', () => {
    expect(readPersonalNumber(PNR.slice(2))).toEqual({ kind: 'SHORT', candidates: [PNR, `20${PNR.slice(2)}`] });
  });

  it('calls a birth date without the last four incomplete', () => {
    for (const text of ['19900161', '19900161-XXXX', '19900161-0000', '900161-']) {
      expect(readPersonalNumber(text)).toEqual({ kind: 'INCOMPLETE', message: `Personnumret "${text}" saknar de fyra sista siffrorna.` });
    }
  });

  it('reads MiG individual numbers of 7 or 8 digits', () => {
    expect(readMigNumber('9100001')).toEqual({ kind: 'OK', value: '9100001' });
    expect(readMigNumber('91-1')).toMatchObject({ kind: 'INVALID' });
    expect(readMigNumber('')).toEqual({ kind: 'NONE' });
  });
});

describe('dates', () => {
  it('reads ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD and Excel serial days, and nothing else', () => {
    expect(parseDate('2025-02-25')).toBe('2025-02-25');
    expect(parseDate('20250225')).toBe('2025-02-25');
    expect(parseDate('45713')).toBe('2025-02-25');
    expect(parseDate('2025-02-30')).toBeNull();
    expect(parseDate('25/2/2025')).toBeNull();
  });

  it('takes the last day of the month before the payment as the date that counts', () => {
    expect(lastDayOfPreviousMonth('2025-01-24')).toBe('2024-12-31');
    expect(lastDayOfPreviousMonth('2024-03-01')).toBe('2024-02-29');
    expect(lastDayOfPreviousMonth('2025-03-31')).toBe('2025-02-28');
  });
});
