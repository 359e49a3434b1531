import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { CLAIMS, PERSONS } from '@statsbidrag/demo-data';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { claimsSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const as = (identity: keyof typeof testIdentities) => ({ identity: testIdentities[identity], secret: TEST_INTERNAL_SECRET });

type ClaimsPage = { claims: { totalCount: number; edges: { node: { id: string; amount: number; status: string; district: { code: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

beforeAll(async () => {
  db = await createTestDatabase('claims');
  await migrateSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  subgraph = await startSubgraph(claimsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('claims subgraph called directly', () => {
  it('answers 401 without the gateway identity', async () => {
    const res = await callSubgraph(subgraph.url, '{ claims { totalCount } }');
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a coordinator every claim and a Järva officer only Järva’s, whatever the filter says', async () => {
    const q = 'query($f: ClaimFilterInput) { claims(first: 500, filter: $f) { totalCount edges { node { id district { code } } } } }';
    const all = await callSubgraph<ClaimsPage>(subgraph.url, q, as('coordinator'));
    expect(all.body.data?.claims.totalCount).toBe(CLAIMS.length);

    const jarva = await callSubgraph<ClaimsPage>(subgraph.url, q, as('jarvaOfficer'));
    const jarvaCount = CLAIMS.filter((c) => c.districtCode === 'JARVA').length;
    expect(jarvaCount).toBeGreaterThan(0);
    expect(jarva.body.data?.claims.totalCount).toBe(jarvaCount);
    expect(jarva.body.data?.claims.edges.every((e) => e.node.district.code === 'JARVA')).toBe(true);

    const sneaky = await callSubgraph<ClaimsPage>(subgraph.url, q, { ...as('jarvaOfficer'), variables: { f: { districtCode: 'FARSTA' } } });
    expect(sneaky.body.data?.claims.totalCount).toBe(0);

    const farstaClaim = CLAIMS.find((c) => c.districtCode === 'FARSTA')!;
    const byId = await callSubgraph<{ claim: unknown }>(subgraph.url, 'query($id: ID!) { claim(id: $id) { id } }', { ...as('jarvaOfficer'), variables: { id: farstaClaim.id } });
    expect(byId.body.data?.claim).toBeNull();
  });

  it('pages and sorts on the server, with a total that matches', async () => {
    const q = 'query($after: String) { claims(first: 100, after: $after, orderBy: { field: AMOUNT, direction: DESC }) { totalCount edges { node { id amount } } pageInfo { hasNextPage endCursor } } }';
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { body: { data?: ClaimsPage | null } } = await callSubgraph<ClaimsPage>(subgraph.url, q, { ...as('coordinator'), variables: { after } });
      const page: ClaimsPage['claims'] = res.body.data!.claims;
      expect(page.totalCount).toBe(CLAIMS.length);
      seen.push(...page.edges.map((e) => e.node.amount));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 10);
    expect(seen).toHaveLength(CLAIMS.length);
    expect(seen).toEqual([...CLAIMS.map((c) => c.amountOre)].sort((a, b) => b - a));
  });

  it('lists a page of 50 claims with their claim types in two SQL statements (no N+1)', async () => {
    const { result, queries } = await queryCounter.measure(() =>
      callSubgraph<ClaimsPage>(subgraph.url, '{ claims(first: 50) { totalCount edges { node { id claimType { code name } } } } }', as('coordinator')),
    );
    expect(result.body.data?.claims.edges).toHaveLength(50);
    expect(queries.filter((q) => q.schema === 'claims')).toHaveLength(2);
  });

  it('lets a district officer start a claim for their district, recorded with status and history', async () => {
    const person = PERSONS.find((p) => p.districtCode === 'JARVA')!;
    const input = { personId: person.id, districtCode: 'JARVA', claimTypeCode: 'GSKA', amount: 1_234_550, periodFrom: '2026-01-01', periodTo: '2026-03-31', question: 'Räcker skolintyget?' };
    const res = await callSubgraph<{ initiateClaim: { id: string; status: string; statusLabel: string; amount: number; initiatedBy: string; claimType: { name: string } } }>(
      subgraph.url,
      'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id status statusLabel amount initiatedBy claimType { name } } }',
      { ...as('jarvaOfficer'), variables: { input } },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.initiateClaim).toMatchObject({ status: 'INITIERAD_AV_SDF', statusLabel: 'Initierad av SDF', amount: 1_234_550, initiatedBy: 'DISTRICT', claimType: { name: 'Grundskola – asyl' } });
    const history = await subgraph.orm.em.fork().getConnection().execute('select to_status, changed_by from claims.claim_status_change where claim_id = ?', [res.body.data!.initiateClaim.id]);
    expect(history).toEqual([{ to_status: 'INITIERAD_AV_SDF', changed_by: 'jarva.handlaggare' }]);
  });

  it('refuses a claim for another district, an unknown claim type and a bad amount with Swedish messages', async () => {
    const base = { personId: PERSONS[0]!.id, districtCode: 'JARVA', claimTypeCode: 'GSKA', amount: 100, periodFrom: '2026-01-01', periodTo: '2026-03-31' };
    const m = 'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id } }';
    const other = await callSubgraph(subgraph.url, m, { ...as('farstaOfficer'), variables: { input: base } });
    expect(other.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const unknownType = await callSubgraph(subgraph.url, m, { ...as('coordinator'), variables: { input: { ...base, claimTypeCode: 'NOPE' } } });
    expect(unknownType.body.errors?.[0]).toMatchObject({ message: 'Ersättningstypen NOPE finns inte.', extensions: { code: 'BAD_USER_INPUT', field: 'claimTypeCode' } });
    const badAmount = await callSubgraph(subgraph.url, m, { ...as('coordinator'), variables: { input: { ...base, amount: 0 } } });
    expect(badAmount.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'amount' } });
    const fractional = await callSubgraph(subgraph.url, m, { ...as('coordinator'), variables: { input: { ...base, amount: 10.5 } } });
    expect(fractional.body.errors?.[0]?.message).toMatch(/heltal i öre/);
    const badDate = await callSubgraph(subgraph.url, m, { ...as('coordinator'), variables: { input: { ...base, periodTo: '2026-02-30' } } });
    expect(badDate.body.errors?.[0]?.message).toMatch(/inget giltigt datum/);
    const analyst = await callSubgraph(subgraph.url, m, { ...as('analyst'), variables: { input: base } });
    expect(analyst.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds Person.claims through entity references, batched and district-scoped', async () => {
    const jarvaPeople = PERSONS.filter((p) => p.districtCode === 'JARVA').slice(0, 3);
    const farsta = PERSONS.find((p) => p.districtCode === 'FARSTA')!;
    const reps = [...jarvaPeople, farsta].map((p) => ({ __typename: 'Person', id: p.id }));
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id claims { id district { code } } } } }';
    const { result, queries } = await queryCounter.measure(() =>
      callSubgraph<{ _entities: { id: string; claims: { district: { code: string } }[] }[] }>(subgraph.url, q, { ...as('jarvaOfficer'), variables: { r: reps } }),
    );
    const entities = result.body.data!._entities;
    expect(entities).toHaveLength(4);
    expect(entities[0]!.claims.length).toBeGreaterThan(0);
    expect(entities[3]!.claims).toEqual([]); // Farsta person: nothing for a Järva officer
    expect(queries.filter((q) => q.schema === 'claims')).toHaveLength(1);
  });

  it('hides internals: a malformed query gets a Swedish message and no stack trace', async () => {
    const res = await callSubgraph(subgraph.url, '{ claims { nope } }', as('coordinator'));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Fältet "nope" finns inte på typen "ClaimConnection".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.js|select /i);
  });
});
