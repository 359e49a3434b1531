/** The only place in this package that reads or sets process.env. */

export interface BenchEnvironment {
  claims: number;
  iterations: number;
  warmup: number;
}

function nonNegativeInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} ska vara ett heltal ≥ 0, inte ${value}`);
  return n;
}

/** BENCH_CLAIMS (default 10000), BENCH_ITERATIONS (200), BENCH_WARMUP (20). */
export function readBenchEnvironment(env: NodeJS.ProcessEnv = process.env): BenchEnvironment {
  return {
    claims: nonNegativeInt(env.BENCH_CLAIMS, 10_000, 'BENCH_CLAIMS'),
    iterations: nonNegativeInt(env.BENCH_ITERATIONS, 200, 'BENCH_ITERATIONS'),
    warmup: nonNegativeInt(env.BENCH_WARMUP, 20, 'BENCH_WARMUP'),
  };
}

/** The PostgreSQL server that createTestDatabase uses (set by the jest global setup, or given). */
export function testDatabaseServer(): string | undefined {
  return process.env.TEST_DATABASE_URL;
}

export function setTestDatabaseServer(url: string | undefined): void {
  if (url === undefined) delete process.env.TEST_DATABASE_URL;
  else process.env.TEST_DATABASE_URL = url;
}
