import { allocateLargestRemainder, formatKronor } from './money.js';

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
