import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { PERSONS } from '@statsbidrag/demo-data';
import { demoFlatRatePayments } from './seed-data.js';
import { allocationSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const as = (identity: keyof typeof testIdentities) => ({ identity: testIdentities[identity], secret: TEST_INTERNAL_SECRET });
const demo = demoFlatRatePayments();

type Node = { id: string; amount: number; kind: string; paymentDate: string; district: { code: string } | null; person: { id: string } | null };
type ListResult = { flatRatePayments: { totalCount: number; edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const LIST = `query($filter: FlatRatePaymentFilterInput, $first: Int, $after: String) {
  flatRatePayments(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id amount kind paymentDate district { code } person { id } } } pageInfo { hasNextPage endCursor }
  }
}`;
const REGISTER = 'mutation($input: RegisterFlatRatePaymentInput!) { registerFlatRatePayment(input: $input) { id compensationCode kind kindLabel amount paymentDate periodFrom periodTo createdAt district { code } person { id } } }';

beforeAll(async () => {
  db = await createTestDatabase('allocation');
  await migrateSubgraph(allocationSubgraph, db.url);
  await seedSubgraph(allocationSubgraph, db.url);
  await seedSubgraph(allocationSubgraph, db.url); // idempotent
  subgraph = await startSubgraph(allocationSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('allocation subgraph called directly', () => {
  it('answers 401 with a Swedish message when the gateway identity is missing', async () => {
    const missing = await callSubgraph(subgraph.url, '{ flatRatePayments { totalCount } }');
    expect(missing.status).toBe(401);
    expect(missing.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'IDENTITY_MISSING' } });
  });

  it('has a health endpoint that checks the database', async () => {
    const res = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', service: 'allocation' });
  });

  it('seeds a few payments per person for 100 persons, and seeding twice adds nothing', async () => {
    const all = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('coordinator'), variables: { first: 1 } });
    expect(all.body.data?.flatRatePayments.totalCount).toBe(demo.length);
    expect(new Set(demo.filter((p) => p.personId).map((p) => p.personId)).size).toBe(100);
  });

  it('limits a district officer to payments allocated to their own district', async () => {
    const jarva = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('jarvaOfficer'), variables: { first: 500 } });
    expect(jarva.body.errors).toBeUndefined();
    const expected = demo.filter((p) => p.districtCode === 'JARVA').length;
    expect(expected).toBeGreaterThan(0);
    expect(jarva.body.data?.flatRatePayments.totalCount).toBe(expected);
    expect(jarva.body.data?.flatRatePayments.edges.every((e) => e.node.district?.code === 'JARVA')).toBe(true);
    // Asking for another district gives nothing, not that district's rows.
    const other = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('jarvaOfficer'), variables: { filter: { districtCode: 'FARSTA' } } });
    expect(other.body.data?.flatRatePayments.totalCount).toBe(0);
    // The analyst (central, read-only) sees every district.
    const analyst = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('analyst'), variables: { filter: { districtCode: 'FARSTA' }, first: 1 } });
    expect(analyst.body.data?.flatRatePayments.totalCount).toBe(demo.filter((p) => p.districtCode === 'FARSTA').length);
  });

  it('filters by kind and payment date range and pages with cursors', async () => {
    const filter = { kind: 'DAILY', paymentDateFrom: '2024-01-01', paymentDateTo: '2025-12-31' };
    const expected = demo.filter((p) => p.kind === 'DAILY' && p.paymentDate >= '2024-01-01' && p.paymentDate <= '2025-12-31');
    const page1 = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('coordinator'), variables: { filter, first: 3 } });
    const conn = page1.body.data!.flatRatePayments;
    expect(conn.totalCount).toBe(expected.length);
    expect(conn.edges.every((e) => e.node.kind === 'DAILY' && e.node.paymentDate >= '2024-01-01')).toBe(true);
    expect(conn.pageInfo.hasNextPage).toBe(expected.length > 3);
    const page2 = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('coordinator'), variables: { filter, first: 3, after: conn.pageInfo.endCursor } });
    const ids = new Set(conn.edges.map((e) => e.node.id));
    expect(page2.body.data!.flatRatePayments.edges.some((e) => ids.has(e.node.id))).toBe(false);
  });

  it('resolves FlatRatePayment references only inside the caller\'s districts', async () => {
    const farsta = demo.find((p) => p.districtCode === 'FARSTA')!;
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on FlatRatePayment { id amount } } }';
    const variables = { r: [{ __typename: 'FlatRatePayment', id: farsta.id }] };
    const asJarva = await callSubgraph<{ _entities: unknown[] }>(subgraph.url, q, { ...as('jarvaOfficer'), variables });
    expect(asJarva.body.data?._entities).toEqual([null]);
    const asCoordinator = await callSubgraph<{ _entities: unknown[] }>(subgraph.url, q, { ...as('coordinator'), variables });
    expect(asCoordinator.body.data?._entities).toEqual([{ id: farsta.id, amount: farsta.amount }]);
  });

  it('adds Person.flatRates, batched in one query and limited to the caller\'s districts', async () => {
    // A person who moved within the city: the generalschablon stays with the district of the first payment, later money follows the move.
    const moved = PERSONS.slice(0, 100).find((p) => {
      const codes = new Set(demo.filter((d) => d.personId === p.id).map((d) => d.districtCode));
      return codes.has('JARVA') && codes.size > 1;
    })!;
    expect(moved).toBeDefined();
    const farstaPerson = PERSONS.slice(0, 100).find((p) => p.districtCode === 'FARSTA')!;
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id flatRates { id amount district { code } } } } }';
    const r = [moved, farstaPerson, ...PERSONS.slice(0, 8)].map((p) => ({ __typename: 'Person', id: p.id }));
    type Result = { _entities: { id: string; flatRates: { id: string; district: { code: string } | null }[] }[] };

    const { result: asJarva, queries } = await queryCounter.measure(() => callSubgraph<Result>(subgraph.url, q, { ...as('jarvaOfficer'), variables: { r } }));
    expect(asJarva.body.errors).toBeUndefined();
    expect(queries.filter((x) => x.schema === 'allocation' && /^select/i.test(x.sql))).toHaveLength(1);
    const [movedAsJarva, farstaAsJarva] = asJarva.body.data!._entities;
    expect(movedAsJarva!.flatRates.map((f) => f.id).sort()).toEqual(demo.filter((d) => d.personId === moved.id && d.districtCode === 'JARVA').map((d) => d.id).sort());
    expect(movedAsJarva!.flatRates.every((f) => f.district?.code === 'JARVA')).toBe(true);
    expect(farstaAsJarva!.flatRates).toEqual([]);

    const asCoordinator = await callSubgraph<Result>(subgraph.url, q, { ...as('coordinator'), variables: { r } });
    expect(asCoordinator.body.data!._entities[0]!.flatRates).toHaveLength(demo.filter((d) => d.personId === moved.id).length);
    expect(asCoordinator.body.data!._entities[1]!.flatRates.length).toBeGreaterThan(0);
  });

  it('registers a flat-rate payment (coordinator), with a negative amount as a recovery', async () => {
    const person = PERSONS.find((p) => p.districtCode === 'JARVA')!;
    const input = { personId: person.id, districtCode: 'JARVA', compensationCode: 'å-nsch', kind: 'GENERAL', amount: -165_000, paymentDate: '2025-06-30', periodFrom: '2025-04-01', periodTo: '2025-06-30' };
    const res = await callSubgraph<{ registerFlatRatePayment: Record<string, unknown> }>(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.registerFlatRatePayment).toMatchObject({
      compensationCode: 'Å-NSCH', kind: 'GENERAL', kindLabel: 'Generalschablon', amount: -165_000, paymentDate: '2025-06-30',
      periodFrom: '2025-04-01', periodTo: '2025-06-30', district: { code: 'JARVA' }, person: { id: person.id },
    });
    expect(String(res.body.data?.registerFlatRatePayment.createdAt)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The Järva officer now sees it too.
    const jarva = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('jarvaOfficer'), variables: { filter: { paymentDateFrom: '2025-06-30', paymentDateTo: '2025-06-30' }, first: 500 } });
    expect(jarva.body.data?.flatRatePayments.edges.map((e) => e.node.id)).toContain(res.body.data?.registerFlatRatePayment.id);
  });

  it('rejects invalid input with a Swedish message, a stable code and the field', async () => {
    const base = { compensationCode: 'NSCH', kind: 'GENERAL', amount: 1000, paymentDate: '2025-06-30' };
    const zero = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { ...base, amount: 0 } } });
    expect(zero.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'amount' } });
    expect(zero.body.errors?.[0]?.message).toMatch(/får inte vara noll/);
    const period = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { ...base, periodFrom: '2025-07-01', periodTo: '2025-06-30' } } });
    expect(period.body.errors?.[0]).toMatchObject({ message: 'Periodens slutdatum får inte vara före startdatumet.', extensions: { code: 'BAD_USER_INPUT', field: 'periodTo' } });
    const code = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { ...base, compensationCode: 'X'.repeat(17) } } });
    expect(code.body.errors?.[0]).toMatchObject({ message: 'Ersättningskoden får vara högst 16 tecken.', extensions: { code: 'BAD_USER_INPUT', field: 'compensationCode' } });
    const date = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { ...base, paymentDate: '2025-02-30' } } });
    expect(date.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(date.body.errors?.[0]?.message).toMatch(/giltigt datum/);
  });

  it('refuses writes to roles without the right (analyst is read-only, districts cannot register)', async () => {
    const input = { compensationCode: 'NSCH', kind: 'GENERAL', amount: 1000, paymentDate: '2025-06-30', districtCode: 'JARVA' };
    for (const who of ['analyst', 'jarvaOfficer'] as const) {
      const res = await callSubgraph(subgraph.url, REGISTER, { ...as(who), variables: { input } });
      expect(res.body.errors?.[0]).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });
    }
  });
});
