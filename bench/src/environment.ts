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

export interface ImportBenchEnvironment {
  rows: number;
  rounds: number;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  const n = nonNegativeInt(value, fallback, name);
  if (n < 1) throw new Error(`${name} ska vara minst 1, inte ${value}`);
  return n;
}

/** BENCH_ROWS (default 100000), BENCH_ROUNDS (3): the decision-import benchmark. */
export function readImportBenchEnvironment(env: NodeJS.ProcessEnv = process.env): ImportBenchEnvironment {
  return {
    rows: positiveInt(env.BENCH_ROWS, 100_000, 'BENCH_ROWS'),
    rounds: positiveInt(env.BENCH_ROUNDS, 3, 'BENCH_ROUNDS'),
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
