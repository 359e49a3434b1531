/**
 * EXPLAIN ANALYZE of the claims list's one statement on 10 000 claims (issue 4, lists): no filter,
 * a status filter and the overdue filter. Not a test; run after a build:
 *   node dist/claims-list-explain.js   (BENCH_CLAIMS=10000 by default)
 */
import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { migrateSubgraph, seedSubgraph, startSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { claimsSubgraph } from '@statsbidrag/subgraph-claims';
import pg from 'pg';
import { readBenchEnvironment, setTestDatabaseServer, testDatabaseServer } from './environment.js';
import { fillClaims } from './fill-claims.js';

const QUERY = `query($filter: ClaimFilterInput) { claims(first: 50, filter: $filter) { totalCount edges { node { id amount status hasOverdueSupplement } } } }`;
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
/** label, filter, the values of the `?` left in the logged statement (limit and offset come last). */
const VARIANTS: [string, Record<string, unknown> | null, () => string[]][] = [
  ['inget filter', null, () => []],
  ['status KOMPLETTERING_FRAN_SDF_BEGARD', { statuses: ['KOMPLETTERING_FRAN_SDF_BEGARD'] }, () => ["'KOMPLETTERING_FRAN_SDF_BEGARD'"]],
  ['overdue: true', { overdue: true }, () => [`'${today()}'`]],
];

async function main(): Promise<void> {
  let stop: (() => Promise<void>) | null = null;
  if (!testDatabaseServer()) {
    const { startEmbeddedPostgres } = await import('@statsbidrag/db/embedded');
    const server = await startEmbeddedPostgres({ persistent: false, name: 'explain' });
    setTestDatabaseServer(server.url);
    stop = () => server.stop();
  }
  const db = await createTestDatabase('explain');
  await migrateSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  const n = await fillClaims(db.url, readBenchEnvironment().claims);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  // A supplement request on every 10th claim in KOMPLETTERING_FRAN_SDF_BEGARD-like volume; half of them overdue, a quarter answered.
  await client.query(`insert into claims.claim_supplement_request (id, claim_id, description, reply_by, requested_by, requested_at, answer, answered_by, answered_at)
    select gen_random_uuid(), c.id, 'x', current_date + ((row_number() over () % 2) * 20 - 10)::int, 'bench', now(),
      case when row_number() over () % 4 = 0 then 'svar' end, case when row_number() over () % 4 = 0 then 'bench' end, case when row_number() over () % 4 = 0 then now() end
    from claims.claim c where c.status = 'KOMPLETTERING_FRAN_SDF_BEGARD' or abs(hashtext(c.id::text)) % 10 = 0`);
  await client.query('analyze claims.claim; analyze claims.claim_supplement_request');
  const counts = await client.query(`select (select count(*) from claims.claim) claims, (select count(*) from claims.claim_supplement_request) requests`);
  console.log(`claims: ${n}`, counts.rows[0]);
  const subgraph = await startSubgraph(claimsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
  try {
    for (const [label, filter, values] of VARIANTS) {
      const { result, queries } = await queryCounter.measure(() =>
        callSubgraph<{ claims: { totalCount: number } }>(subgraph.url, QUERY, { identity: testIdentities.coordinator, secret: TEST_INTERNAL_SECRET, variables: { filter } }),
      );
      // The logged statement keeps some values as `?`: put them back (then limit 50, offset 0).
      const sql = queries.filter((q) => q.schema === 'claims').map((q) => {
        const rest = [...values(), '50', '0'];
        return q.sql.replace(/\?/g, () => rest.shift() ?? '?');
      });
      console.log(`\n=== ${label}: totalCount ${result.body.data?.claims.totalCount}, ${sql.length} statement(s)\n${sql[0]}`);
      for (let i = 0; i < 3; i++) await client.query(sql[0]!); // warm
      const plan = await client.query(`explain (analyze, buffers) ${sql[0]}`);
      console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
  } finally {
    await client.end();
    await subgraph.close();
    await db.drop();
    await stop?.();
  }
}

await main();
