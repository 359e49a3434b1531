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

export type KronorParse = { ok: true; ore: Ore } | { ok: false; reason: 'EMPTY' | 'FORMAT' | 'DECIMALS'; message: string };

/**
 * Reads an amount in kronor as people and spreadsheets write it – "12 345,50", "12345.5",
 * "-1 234,00 kr", "12.345,00" – into integer öre, without floating-point rounding. A number from a
 * spreadsheet cell with binary noise ("0.30000000000000004") is accepted when it is within a
 * millionth of whole öre; more than two real decimals is refused.
 */
export function parseKronor(input: string): KronorParse {
  let text = input.replace(/[\s\u00a0\u202f]/g, '').replace(/kr\.?$|sek$/i, '').replace(/^\u2212/, '-');
  if (!text) return { ok: false, reason: 'EMPTY', message: 'Belopp saknas.' };
  const sign = text.startsWith('-') ? -1 : 1;
  if (text.startsWith('-') || text.startsWith('+')) text = text.slice(1);
  let whole: string;
  let fraction = '';
  if (text.includes(',')) {
    // Comma = decimal separator; dots are thousands separators.
    const [w, f, ...rest] = text.split(',');
    if (rest.length || !/^\d{1,3}(\.\d{3})*$|^\d+$/.test(w!)) return { ok: false, reason: 'FORMAT', message: `"${input.trim()}" är inget belopp i kronor.` };
    whole = w!.replace(/\./g, '');
    fraction = f!;
  } else {
    const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) return { ok: false, reason: 'FORMAT', message: `"${input.trim()}" är inget belopp i kronor.` };
    whole = m[1]!;
    fraction = m[2] ?? '';
  }
  if (!/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return { ok: false, reason: 'FORMAT', message: `"${input.trim()}" är inget belopp i kronor.` };
  if (fraction.length > 2) {
    const value = Number(`${whole || '0'}.${fraction}`) * 100;
    const rounded = Math.round(value);
    if (Math.abs(value - rounded) > 1e-6) return { ok: false, reason: 'DECIMALS', message: `"${input.trim()}" har fler än två decimaler.` };
    return Number.isSafeInteger(rounded) ? { ok: true, ore: sign * rounded || 0 } : { ok: false, reason: 'FORMAT', message: `"${input.trim()}" är för stort.` };
  }
  const ore = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(ore)) return { ok: false, reason: 'FORMAT', message: `"${input.trim()}" är för stort.` };
  return { ok: true, ore: sign * ore || 0 };
}
