import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { IDENTITY_HEADER, signInternalIdentity } from '@statsbidrag/auth';
import { queryCounter } from '@statsbidrag/db';
import { callSubgraph, type GraphQLHttpResult } from '@statsbidrag/graphql-kit/testing';
import { fillClaims } from './fill-claims.js';
import { INTERNAL_SECRET, startBenchPlatform, type BenchPlatform } from './platform.js';
import { ratio, summarize, type Summary } from './stats.js';

export const PAGE_SIZE = 50;
const USER = 'samordnare'; // a coordinator sees every district's claims

/** (a) and (c): the page as the claims subgraph alone can answer it. */
export const DIRECT_QUERY = `query ClaimsPage($first: Int) { claims(first: $first) { edges { node { id amount status district { code } } } } }`;
/** (b): the same page with the person, which the gateway fetches from the person subgraph. */
export const GATEWAY_QUERY = `query ClaimsPageWithPerson($first: Int) { claims(first: $first) { edges { node { id amount status district { code } person { fullName district { name } } } } } }`;

export type VariantName = 'direct' | 'gateway' | 'directAgain' | 'gatewayNoPerson';

export interface VariantResult extends Summary {
  label: string;
  target: 'claims subgraph' | 'gateway';
  query: string;
}

export interface StatementCount {
  total: number;
  perSchema: Record<string, number>;
  sql: { schema: string; sql: string }[];
}

export interface ClaimsListReport {
  benchmark: 'claims-list';
  startedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  config: { claims: number; claimsInTable: number; pageSize: number; iterations: number; warmup: number; user: string };
  /** Durations in ms, measured at the client (fetch until the body is read), interleaved per iteration. */
  variants: Record<VariantName, VariantResult>;
  /** Ratios of the same percentile, both sides measured in this run. */
  ratios: Record<'gatewayVsDirect' | 'gatewayVsDirectAgain' | 'gatewayNoPersonVsDirect' | 'directAgainVsDirect', { p50: number; p95: number }>;
  /** SQL statements issued while answering one request (queryCounter, all subgraphs in this process). */
  statements: Record<'gateway' | 'direct' | 'gatewayNoPerson', StatementCount>;
}

export interface ClaimsListOptions {
  /** Rows in claims.claim before measuring (the seed has ~320; copies are added). */
  claims: number;
  iterations: number;
  warmup: number;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

interface Caller {
  label: string;
  target: VariantResult['target'];
  query: string;
  call(): Promise<GraphQLHttpResult<{ claims: { edges: unknown[] } }>>;
}

function check(name: string, res: GraphQLHttpResult<{ claims: { edges: unknown[] } }>): void {
  const edges = res.body.data?.claims?.edges;
  if (res.status !== 200 || res.body.errors?.length || edges?.length !== PAGE_SIZE) {
    throw new Error(`${name}: oväntat svar ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  }
}

async function countStatements(call: () => Promise<unknown>): Promise<StatementCount> {
  const { queries } = await queryCounter.measure(call);
  const perSchema: Record<string, number> = {};
  for (const q of queries) perSchema[q.schema] = (perSchema[q.schema] ?? 0) + 1;
  return { total: queries.length, perSchema, sql: queries.map((q) => ({ schema: q.schema, sql: q.sql })) };
}

function callers(platform: BenchPlatform, token: string): Record<VariantName, Caller> {
  const claimsUrl = platform.subgraphs.claims!.url;
  const identity = platform.identityOf(USER);
  // The signed identity lives 60 s; it is renewed outside the timed call, as the gateway's signing is not what (a) measures.
  let header = { value: '', signedAt: 0 };
  const identityHeader = async () => {
    if (Date.now() - header.signedAt > 30_000) header = { value: await signInternalIdentity(identity, INTERNAL_SECRET), signedAt: Date.now() };
    return header.value;
  };
  const variables = { first: PAGE_SIZE };
  const direct = (label: string): Caller => {
    const c: Caller = {
      label,
      target: 'claims subgraph',
      query: DIRECT_QUERY,
      call: async () => callSubgraph(claimsUrl, DIRECT_QUERY, { variables, headers: { [IDENTITY_HEADER]: await identityHeader() } }),
    };
    return c;
  };
  const viaGateway = (label: string, query: string): Caller => ({
    label,
    target: 'gateway',
    query,
    call: () => callSubgraph(platform.gateway.url, query, { variables, headers: { authorization: `Bearer ${token}` } }),
  });
  return {
    direct: direct('(a) claims-subgraf direkt, utan person (baslinje)'),
    gateway: viaGateway('(b) gateway, med person { fullName district { name } }', GATEWAY_QUERY),
    directAgain: direct('(c) claims-subgraf direkt igen (kontroll av (a))'),
    gatewayNoPerson: viaGateway('(d) gateway, samma fråga som (a)', DIRECT_QUERY),
  };
}

/** Starts the platform, fills the claims table, measures and stops everything again. */
export async function runClaimsListBench(options: ClaimsListOptions): Promise<ClaimsListReport> {
  const log = options.log ?? (() => undefined);
  const startedAt = new Date().toISOString();
  let claimsInTable = 0;
  log('startar PostgreSQL, migrerar och seedar alla subgrafer…');
  const platform = await startBenchPlatform(async (url) => {
    claimsInTable = await fillClaims(url, options.claims);
    log(`claims.claim har ${claimsInTable} rader`);
  });
  try {
    const token = await platform.tokenFor(USER);
    const variants = callers(platform, token);
    const names = Object.keys(variants) as VariantName[];

    log(`värmer upp (${options.warmup} varv)…`);
    for (let i = 0; i < options.warmup; i++) {
      for (const name of names) check(name, await variants[name].call());
    }

    const statements = {
      gateway: await countStatements(async () => check('gateway', await variants.gateway.call())),
      direct: await countStatements(async () => check('direct', await variants.direct.call())),
      gatewayNoPerson: await countStatements(async () => check('gatewayNoPerson', await variants.gatewayNoPerson.call())),
    };

    log(`mäter (${options.iterations} varv, varianterna växelvis)…`);
    const samples: Record<VariantName, number[]> = { direct: [], gateway: [], directAgain: [], gatewayNoPerson: [] };
    for (let i = 0; i < options.iterations; i++) {
      // Rotate the order every round, so that no variant always runs right after another one.
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length]!;
        const t0 = performance.now();
        const res = await variants[name].call();
        samples[name].push(performance.now() - t0);
        check(name, res);
      }
    }

    const results = {} as Record<VariantName, VariantResult>;
    for (const name of names) {
      const v = variants[name];
      results[name] = { label: v.label, target: v.target, query: v.query, ...summarize(samples[name]) };
    }
    const r = (a: VariantName, b: VariantName) => ({ p50: ratio(results[a].p50, results[b].p50), p95: ratio(results[a].p95, results[b].p95) });
    return {
      benchmark: 'claims-list',
      startedAt,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'okänd', node: process.version, platform: `${process.platform}-${process.arch}` },
      config: { claims: options.claims, claimsInTable, pageSize: PAGE_SIZE, iterations: options.iterations, warmup: options.warmup, user: USER },
      variants: results,
      ratios: {
        gatewayVsDirect: r('gateway', 'direct'),
        gatewayVsDirectAgain: r('gateway', 'directAgain'),
        gatewayNoPersonVsDirect: r('gatewayNoPerson', 'direct'),
        directAgainVsDirect: r('directAgain', 'direct'),
      },
      statements,
    };
  } finally {
    await platform.close();
  }
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The report as a table for the terminal. */
export function formatReport(report: ClaimsListReport): string {
  const lines: string[] = [];
  const { config, machine } = report;
  lines.push(`Lista med ${config.pageSize} återsökningar, ${config.claimsInTable} i claims.claim, ${config.iterations} varv (+${config.warmup} uppvärmning), ${machine.cpus} kärnor, Node ${machine.node}`);
  lines.push('');
  lines.push(`${'variant'.padEnd(58)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('medel', 9)}${pad('min', 8)}${pad('max', 8)}`);
  for (const v of Object.values(report.variants)) {
    lines.push(`${v.label.padEnd(58)}${pad(v.p50.toFixed(2), 9)}${pad(v.p95.toFixed(2), 9)}${pad(v.mean.toFixed(2), 9)}${pad(v.min.toFixed(1), 8)}${pad(v.max.toFixed(1), 8)}`);
  }
  lines.push('');
  lines.push(`${'kvot'.padEnd(58)}${pad('p50', 9)}${pad('p95', 9)}`);
  const ratioLabels: Record<keyof ClaimsListReport['ratios'], string> = {
    gatewayVsDirect: '(b) gateway med person / (a) direkt',
    gatewayVsDirectAgain: '(b) gateway med person / (c) direkt igen',
    gatewayNoPersonVsDirect: '(d) gateway utan person / (a) direkt',
    directAgainVsDirect: '(c) / (a) (ska vara ≈ 1)',
  };
  for (const [key, label] of Object.entries(ratioLabels)) {
    const q = report.ratios[key as keyof ClaimsListReport['ratios']];
    lines.push(`${label.padEnd(58)}${pad(q.p50.toFixed(2), 9)}${pad(q.p95.toFixed(2), 9)}`);
  }
  lines.push('');
  const perSchema = (s: StatementCount) => Object.entries(s.perSchema).map(([k, n]) => `${k} ${n}`).join(', ');
  lines.push(`SQL-satser per anrop: (b) ${report.statements.gateway.total} (${perSchema(report.statements.gateway)}); (a) ${report.statements.direct.total} (${perSchema(report.statements.direct)}); (d) ${report.statements.gatewayNoPerson.total} (${perSchema(report.statements.gatewayNoPerson)})`);
  lines.push('Satserna i (b):');
  for (const q of report.statements.gateway.sql) lines.push(`  [${q.schema}] ${q.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
  return lines.join('\n');
}
