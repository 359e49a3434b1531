import { DISTRICTS } from '@statsbidrag/demo-data';
import { districtValidOn, isValidOn } from './district-validity.js';

const code = (c: string, date: string) => districtValidOn(c, date, DISTRICTS)?.code ?? null;

describe('districtValidOn', () => {
  it('keeps a district on a date when it was valid', () => {
    expect(code('RINKEBY_KISTA', '2023-06-30')).toBe('RINKEBY_KISTA');
    expect(code('JARVA', '2023-07-01')).toBe('JARVA');
    expect(code('FARSTA', '2021-01-01')).toBe('FARSTA');
    expect(code('FARSTA', '2030-01-01')).toBe('FARSTA');
  });

  it('follows the successor after the 2023 merger', () => {
    expect(code('RINKEBY_KISTA', '2023-07-01')).toBe('JARVA');
    expect(code('SPANGA_TENSTA', '2025-05-05')).toBe('JARVA');
    expect(code('OSTERMALM', '2023-07-01')).toBe('NORRA_INNERSTADEN');
    expect(code('NORRMALM', '2024-01-01')).toBe('NORRA_INNERSTADEN');
  });

  it('follows a chain of mergers and stops at a cycle or a missing successor', () => {
    const chain = [
      { code: 'A', validFrom: '2000-01-01', validTo: '2009-12-31', successorCode: 'B' },
      { code: 'B', validFrom: '2010-01-01', validTo: '2019-12-31', successorCode: 'C' },
      { code: 'C', validFrom: '2020-01-01', validTo: null, successorCode: null },
      { code: 'X', validFrom: '2000-01-01', validTo: '2001-01-01', successorCode: 'Y' },
      { code: 'Y', validFrom: '2000-01-01', validTo: '2001-01-01', successorCode: 'X' },
      { code: 'Z', validFrom: '2000-01-01', validTo: '2001-01-01', successorCode: null },
    ];
    expect(districtValidOn('A', '2025-01-01', chain)?.code).toBe('C');
    expect(districtValidOn('A', '2015-01-01', chain)?.code).toBe('B');
    expect(['X', 'Y']).toContain(districtValidOn('X', '2025-01-01', chain)?.code);
    expect(districtValidOn('Z', '2025-01-01', chain)?.code).toBe('Z');
  });

  it('keeps a district for a date before it existed, and knows no unknown code', () => {
    expect(code('JARVA', '2022-01-01')).toBe('JARVA');
    expect(code('NOPE', '2022-01-01')).toBeNull();
  });

  it('has 13 valid districts before 2023-07-01 and 11 from then', () => {
    expect(DISTRICTS.filter((d) => isValidOn(d, '2023-06-30'))).toHaveLength(13);
    expect(DISTRICTS.filter((d) => isValidOn(d, '2023-07-01'))).toHaveLength(11);
    // every one of the 13 maps onto one of the 11
    const after = new Set(DISTRICTS.filter((d) => isValidOn(d, '2023-07-01')).map((d) => d.code));
    for (const d of DISTRICTS.filter((x) => isValidOn(x, '2023-06-30'))) expect(after.has(code(d.code, '2023-07-01')!)).toBe(true);
  });
});
