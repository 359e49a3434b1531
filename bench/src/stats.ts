/** Nearest-rank percentile (p in 0..100) of durations in ms. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  samples: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function summarize(values: readonly number[]): Summary {
  const mean = values.reduce((a, b) => a + b, 0) / (values.length || 1);
  return {
    samples: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    mean: round(mean),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

export function ratio(a: number, b: number): number {
  return Math.round((a / b) * 100) / 100;
}
