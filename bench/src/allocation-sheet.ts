import { performance } from 'node:perf_hooks';
import { CURRENT_DISTRICTS } from '@statsbidrag/demo-data';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { allocationSubgraph, computeSheetContent, loadSheetInputs } from '@statsbidrag/subgraph-allocation';
import { startBenchDatabase } from './database.js';
import { ratio, summarize, type Summary } from './stats.js';

/**
 * The allocation sheet for a year of Stockholm-scale data (issue 6, Performance): the application's
 * code (five plain-row queries + the domain's arithmetic) against one hand-written SQL aggregation
 * over the same tables (GROUP BY month, code, district), same database, same run, in turns.
 */

export interface AllocationSheetBenchOptions {
  persons: number;
  rounds: number;
  log?: (line: string) => void;
}

export interface AllocationSheetBenchReport {
  startedAt: string;
  persons: number;
  flatRateRows: number;
  claimLines: number;
  offsets: number;
  rounds: number;
  generateMs: number;
  month: { app: Summary; sql: Summary; ratio: number };
  year: { app: Summary; sql: Summary; ratio: number; appLoad: Summary };
  /** The app's line total equals the SQL total for every month (checked every round). */
  totalsAgree: boolean;
}

const YEAR = '2025';
const MONTHS = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
const BENCH_MONTH = `${YEAR}-06`;

/** Rows are generated in the database (generate_series): ~10 generalschablon rows per person a year, EKBP for every 20th person, 3 % without address. */
async function generate(subgraph: RunningSubgraph, persons: number): Promise<{ flatRateRows: number; claimLines: number; offsets: number }> {
  const conn = subgraph.orm.em.fork().getConnection();
  const districts = CURRENT_DISTRICTS.map((d) => d.code);
  const arr = `array[${districts.map((d) => `'${d}'`).join(',')}]`;
  await conn.execute(`
    insert into allocation.flat_rate_payment (id, person_id, district_code, compensation_code, kind, amount, payment_date, counts_on, age_band, source, import_id, row_number, created_at)
    select gen_random_uuid(), p.person_id,
           case when p.n % 33 = 0 then null else (${arr})[1 + (p.n + m) % ${districts.length}] end,
           r.code, r.kind, r.amount + p.n % 97, make_date(${YEAR}, m, 25), make_date(${YEAR}, m, 1) - 1,
           case when r.kind = 'GENERAL' then (array['0–19','20–64','65+'])[1 + p.n % 3] end,
           'IMPORT', md5('${YEAR}-' || m)::uuid, row_number() over (partition by m order by p.n, r.code), now()
      from (select n, md5('person-' || n)::uuid as person_id from generate_series(1, ${persons}) n) p
     cross join generate_series(1, 12) m
     cross join lateral (values ('NSCH', 'GENERAL', 1650000), ('EKBP', 'DAILY', 3000000)) r(code, kind, amount)
     where (r.code = 'NSCH' and (p.n + m) % 6 <> 0 and m <> (p.n % 12) + 1) or (r.code = 'EKBP' and p.n % 20 = 0)`);
  await conn.execute(`
    insert into allocation.flat_rate_import_total (id, import_id, month, compensation_code, amount, rows)
    select gen_random_uuid(), import_id, to_char(payment_date, 'YYYY-MM'), compensation_code, sum(amount), count(*)
      from allocation.flat_rate_payment group by import_id, to_char(payment_date, 'YYYY-MM'), compensation_code`);
  await conn.execute(`
    insert into allocation.payment_line_copy (payment_line_id, month, compensation_code, amount, claim_id, district_code, state_at)
    select gen_random_uuid(), '${YEAR}-' || lpad(((n % 12) + 1)::text, 2, '0'), 'LSS', 500000 + n, gen_random_uuid(),
           case when n % 10 = 0 then null else (${arr})[1 + n % ${districts.length}] end, now()
      from generate_series(1, ${Math.max(12, Math.round(persons / 10))}) n`);
  await conn.execute(`
    insert into allocation.recovery_offset_copy (id, recovery_id, district_code, compensation_code, month, amount, import_key, at)
    select gen_random_uuid(), gen_random_uuid(), (${arr})[1 + n % ${districts.length}], 'NSCH', '${YEAR}-' || lpad(((n % 12) + 1)::text, 2, '0'), 10000 + n, '', now()
      from generate_series(1, ${Math.max(12, Math.round(persons / 200))}) n`);
  await conn.execute('analyze');
  const count = async (table: string) => Number(((await conn.execute(`select count(*)::int as c from allocation.${table}`)) as [{ c: number }])[0].c);
  return { flatRateRows: await count('flat_rate_payment'), claimLines: await count('payment_line_copy'), offsets: await count('recovery_offset_copy') };
}

/** The hand-written baseline: one statement, the same sources, grouped by month, code, kind and district. */
function sqlAggregation(fromMonth: string, toMonth: string): string {
  return `
    select month, code, kind, district, sum(paid)::bigint as paid, sum(recovered)::bigint as recovered from (
      select to_char(f.payment_date, 'YYYY-MM') as month, f.compensation_code as code,
             case when m.flat_rate_payment_id is not null then 'UNALLOCATED' when f.district_code is null then 'AMF_REVENUE' else 'DISTRICT' end as kind,
             case when m.flat_rate_payment_id is null then f.district_code end as district,
             greatest(f.amount, 0) as paid, greatest(-f.amount, 0) as recovered
        from allocation.flat_rate_payment f left join allocation.unallocated_mark m on m.flat_rate_payment_id = f.id
       where f.payment_date >= to_date('${fromMonth}', 'YYYY-MM') and f.payment_date < to_date('${toMonth}', 'YYYY-MM') + interval '1 month'
      union all
      select month, compensation_code, case when district_code is null then 'UNALLOCATED' else 'DISTRICT' end, district_code, greatest(amount, 0), greatest(-amount, 0)
        from allocation.payment_line_copy where claim_id is not null and month between '${fromMonth}' and '${toMonth}'
      union all
      select month, compensation_code, case when district_code is null then 'AMF_REVENUE' else 'DISTRICT' end, district_code, 0, amount
        from allocation.recovery_offset_copy where month between '${fromMonth}' and '${toMonth}'
    ) x group by month, code, kind, district`;
}

export async function runAllocationSheetBench(options: AllocationSheetBenchOptions): Promise<AllocationSheetBenchReport> {
  const log = options.log ?? (() => undefined);
  const startedAt = new Date().toISOString();
  const db = await startBenchDatabase('allocation_sheet_bench');
  let subgraph: RunningSubgraph | null = null;
  try {
    await migrateSubgraph(allocationSubgraph, db.url);
    subgraph = await startSubgraph(allocationSubgraph, { databaseUrl: db.url, internalSecret: 'bench-allocation-sheet-secret-0123456789abcdef', port: 0 });
    const g0 = performance.now();
    const counts = await generate(subgraph, options.persons);
    const generateMs = performance.now() - g0;
    log(`${counts.flatRateRows} schablonrader, ${counts.claimLines} betalningsrader, ${counts.offsets} avräkningar (${Math.round(generateMs)} ms)`);

    const times = { monthApp: [] as number[], monthSql: [] as number[], yearApp: [] as number[], yearSql: [] as number[], yearLoad: [] as number[] };
    let totalsAgree = true;
    const app = async (from: string, to: string) => {
      const em = subgraph!.orm.em.fork();
      const t = performance.now();
      const inputs = await loadSheetInputs(em, from, to);
      const loaded = performance.now();
      const sheets = [...inputs.values()].map(computeSheetContent);
      return { ms: performance.now() - t, loadMs: loaded - t, totals: new Map(sheets.map((s) => [s.month, s.total])), lines: sheets.reduce((n, s) => n + s.lines.length, 0) };
    };
    const sql = async (from: string, to: string) => {
      const conn = subgraph!.orm.em.fork().getConnection();
      const t = performance.now();
      const rows = await conn.execute<{ month: string; paid: string; recovered: string }[]>(sqlAggregation(from, to));
      const totals = new Map<string, number>();
      for (const r of rows) totals.set(r.month, (totals.get(r.month) ?? 0) + Number(r.paid) - Number(r.recovered));
      return { ms: performance.now() - t, totals, lines: rows.length };
    };
    const check = (a: Awaited<ReturnType<typeof app>>, b: Awaited<ReturnType<typeof sql>>) => {
      for (const [month, total] of a.totals) if ((b.totals.get(month) ?? 0) !== total) totalsAgree = false;
      if (a.lines !== b.lines) totalsAgree = false;
    };
    // One warm-up of each (JIT, plan cache), not counted.
    check(await app(BENCH_MONTH, BENCH_MONTH), await sql(BENCH_MONTH, BENCH_MONTH));
    for (let round = 0; round < options.rounds; round++) {
      const appFirst = round % 2 === 0;
      for (const [from, to, appTimes, sqlTimes] of [
        [BENCH_MONTH, BENCH_MONTH, times.monthApp, times.monthSql],
        [MONTHS[0]!, MONTHS[11]!, times.yearApp, times.yearSql],
      ] as const) {
        const a = appFirst ? await app(from, to) : null;
        const s = await sql(from, to);
        const a2 = a ?? (await app(from, to));
        check(a2, s);
        appTimes.push(a2.ms);
        if (from !== to) times.yearLoad.push(a2.loadMs);
        sqlTimes.push(s.ms);
      }
      log(`runda ${round + 1}: månad ${Math.round(times.monthApp.at(-1)!)} / ${Math.round(times.monthSql.at(-1)!)} ms, år ${Math.round(times.yearApp.at(-1)!)} / ${Math.round(times.yearSql.at(-1)!)} ms`);
    }
    const month = { app: summarize(times.monthApp), sql: summarize(times.monthSql) };
    const year = { app: summarize(times.yearApp), sql: summarize(times.yearSql), appLoad: summarize(times.yearLoad) };
    return {
      startedAt,
      persons: options.persons,
      ...counts,
      rounds: options.rounds,
      generateMs: Math.round(generateMs),
      month: { ...month, ratio: ratio(month.app.p50, month.sql.p50) },
      year: { ...year, ratio: ratio(year.app.p50, year.sql.p50) },
      totalsAgree,
    };
  } finally {
    await subgraph?.close();
    await db.close();
  }
}

export function formatAllocationSheetReport(r: AllocationSheetBenchReport): string {
  const ms = (s: Summary) => `${Math.round(s.p50)} ms (min ${Math.round(s.min)}, max ${Math.round(s.max)})`;
  return [
    `Fördelningsark, ${r.persons} personer, ${r.flatRateRows} schablonrader, ${r.claimLines} betalningsrader, ${r.offsets} avräkningar, ${r.rounds} rundor`,
    `En månad:   applikationen ${ms(r.month.app)}   SQL ${ms(r.month.sql)}   kvot ${r.month.ratio}`,
    `Hela året:  applikationen ${ms(r.year.app)}   SQL ${ms(r.year.sql)}   kvot ${r.year.ratio}`,
    `  varav läsning (fem frågor, rader till objekt) ${ms(r.year.appLoad)}, resten beräkning`,
    `Summorna stämmer med SQL: ${r.totalsAgree ? 'ja' : 'NEJ'}`,
  ].join('\n');
}
