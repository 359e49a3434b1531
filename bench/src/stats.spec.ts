import { percentile, ratio, summarize } from './stats.js';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });

  it('summarizes and rounds', () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ samples: 4, p50: 2, p95: 4, mean: 2.5, min: 1, max: 4 });
    expect(ratio(3, 2)).toBe(1.5);
  });
});
