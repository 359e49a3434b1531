/** Money is integer öre everywhere; kronor only for display. */
export type Ore = number;

export function assertOre(value: number): Ore {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Belopp måste vara ett heltal i öre: ${value}`);
  return value;
}

/** 123456 → "1 234,56 kr" (Swedish format, non-breaking spaces). */
export function formatKronor(ore: Ore): string {
  const sign = ore < 0 ? '−' : '';
  const abs = Math.abs(ore);
  const kr = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const o = String(abs % 100).padStart(2, '0');
  return `${sign}${kr},${o}\u00a0kr`;
}

/**
 * Splits `total` öre over `weights` so that the parts add up to the total exactly
 * (largest-remainder rounding; ties go to the earlier weight).
 */
export function allocateLargestRemainder(total: Ore, weights: readonly number[]): Ore[] {
  assertOre(total);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) throw new RangeError('Fördelningsnycklarna måste summera till mer än noll.');
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const exact = weights.map((w) => (abs * w) / sum);
  const floors = exact.map(Math.floor);
  let rest = abs - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i]! += 1;
    rest -= 1;
  }
  return floors.map((f) => f * sign);
}
