import { allocateLargestRemainder, formatKronor, parseKronor } from './money.js';

describe('allocateLargestRemainder', () => {
  it('splits so that the parts add up to the whole, to the öre', () => {
    const parts = allocateLargestRemainder(100_00, [1, 1, 1]);
    expect(parts).toEqual([33_34, 33_33, 33_33]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100_00);
  });
  it('keeps the sign of a negative total (recovery)', () => {
    const parts = allocateLargestRemainder(-1001, [2, 1]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(-1001);
    expect(parts).toEqual([-667, -334]);
  });
  it('handles many uneven weights exactly', () => {
    const weights = Array.from({ length: 13 }, (_, i) => i + 1.5);
    const total = 9_876_543_21;
    expect(allocateLargestRemainder(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
  });
  it('refuses non-integer öre and weights that sum to zero', () => {
    expect(() => allocateLargestRemainder(10.5, [1])).toThrow(/heltal/);
    expect(() => allocateLargestRemainder(100, [0, 0])).toThrow(/summera/);
  });
});

describe('formatKronor', () => {
  it('formats öre as Swedish kronor', () => {
    expect(formatKronor(123456789)).toBe('1\u00a0234\u00a0567,89\u00a0kr');
    expect(formatKronor(-5)).toBe('−0,05\u00a0kr');
  });
});

describe('parseKronor', () => {
  it.each([
    ['12 345,50', 1234550],
    ['12345', 1234500],
    ['12345.5', 1234550],
    ['-1 234,00 kr', -123400],
    ['12.345,00', 1234500],
    ['0,05', 5],
    ['\u22121\u00a0000,00\u00a0kr', -100000],
    ['0.30000000000000004', 30],
    ['1e3', null],
  ])('reads %s as öre', (text, ore) => {
    const parsed = parseKronor(text);
    if (ore === null) expect(parsed.ok).toBe(false);
    else expect(parsed).toEqual({ ok: true, ore });
  });

  it('refuses empty text, words and a third decimal with a Swedish reason', () => {
    expect(parseKronor(' ')).toMatchObject({ ok: false, reason: 'EMPTY', message: 'Belopp saknas.' });
    expect(parseKronor('tio')).toMatchObject({ ok: false, reason: 'FORMAT', message: '"tio" är inget belopp i kronor.' });
    expect(parseKronor('10,555')).toMatchObject({ ok: false, reason: 'DECIMALS', message: '"10,555" har fler än två decimaler.' });
    expect(parseKronor('10.555')).toMatchObject({ ok: false, reason: 'DECIMALS' });
  });
});
