import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { demoAppeals } from './seed-data.js';
import { appealsSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const financeManager: Identity = { sub: 'ekonomichef', name: 'Eva Ekonomichef', roles: ['FINANCE_MANAGER'], districtCodes: [] };
const as = (identity: keyof typeof testIdentities | Identity) => ({ identity: typeof identity === 'string' ? testIdentities[identity] : identity, secret: TEST_INTERNAL_SECRET });
const demo = demoAppeals();

type Node = { id: string; status: string; appealedAt: string | null; district: { code: string } | null; decision: { id: string } | null };
type ListResult = { appeals: { totalCount: number; edges: { node: Node }[] } };
const LIST = `query($filter: AppealFilterInput, $first: Int) {
  appeals(filter: $filter, first: $first) { totalCount edges { node { id status appealedAt district { code } decision { id } } } }
}`;
const REGISTER = 'mutation($input: RegisterAppealInput!) { registerAppeal(input: $input) { id status statusLabel appealedAt administrativeCourtCaseNumber amfCaseNumber note createdAt decision { id } district { code } } }';

beforeAll(async () => {
  db = await createTestDatabase('appeals');
  await migrateSubgraph(appealsSubgraph, db.url);
  await seedSubgraph(appealsSubgraph, db.url);
  await seedSubgraph(appealsSubgraph, db.url); // idempotent
  subgraph = await startSubgraph(appealsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('appeals subgraph called directly', () => {
  it('answers 401 with a Swedish message when the gateway identity is missing', async () => {
    const missing = await callSubgraph(subgraph.url, '{ appeals { totalCount } }');
    expect(missing.status).toBe(401);
    expect(missing.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'IDENTITY_MISSING' } });
  });

  it('has a health endpoint that checks the database', async () => {
    const res = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', service: 'appeals' });
  });

  it('limits a district officer to appeals about their own district, in lists and by id', async () => {
    const all = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('coordinator'), variables: { first: 500 } });
    expect(all.body.data?.appeals.totalCount).toBe(demo.length); // seeded twice, stored once
    const jarva = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('jarvaOfficer'), variables: { first: 500 } });
    const expected = demo.filter((a) => a.districtCode === 'JARVA');
    expect(expected.length).toBeGreaterThan(0);
    expect(jarva.body.data?.appeals.totalCount).toBe(expected.length);
    expect(jarva.body.data?.appeals.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining(expected.map((a) => expect.objectContaining({ id: a.id, district: { code: 'JARVA' }, decision: { id: a.decisionId } }))),
    );
    const other = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('jarvaOfficer'), variables: { filter: { districtCode: 'FARSTA' } } });
    expect(other.body.data?.appeals.totalCount).toBe(0);

    const farsta = demo.find((a) => a.districtCode === 'FARSTA')!;
    const byId = 'query($id: ID!) { appeal(id: $id) { id status } }';
    expect((await callSubgraph<{ appeal: unknown }>(subgraph.url, byId, { ...as('jarvaOfficer'), variables: { id: farsta.id } })).body.data?.appeal).toBeNull();
    expect((await callSubgraph<{ appeal: unknown }>(subgraph.url, byId, { ...as('analyst'), variables: { id: farsta.id } })).body.data?.appeal).toEqual({ id: farsta.id, status: farsta.status });
    const refs = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Appeal { id } } }';
    const entities = await callSubgraph<{ _entities: unknown[] }>(subgraph.url, refs, { ...as('farstaOfficer'), variables: { r: [{ __typename: 'Appeal', id: farsta.id }] } });
    expect(entities.body.data?._entities).toEqual([{ id: farsta.id }]);
  });

  it('filters by status', async () => {
    const res = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('coordinator'), variables: { filter: { statuses: ['DRAFT'] } } });
    expect(res.body.data?.appeals.totalCount).toBe(demo.filter((a) => a.status === 'DRAFT').length);
    expect(res.body.data?.appeals.edges.every((e) => e.node.status === 'DRAFT' && e.node.appealedAt === null)).toBe(true);
  });

  it('adds Decision.appeal, batched in one query and limited to the caller\'s districts', async () => {
    const jarva = demo.find((a) => a.districtCode === 'JARVA')!;
    const farsta = demo.find((a) => a.districtCode === 'FARSTA')!;
    const notAppealed = '00000000-0000-5000-8000-000000000000';
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Decision { id appeal { id status district { code } } } } }';
    const r = [jarva.decisionId, farsta.decisionId, notAppealed, ...demo.slice(0, 6).map((a) => a.decisionId)].map((id) => ({ __typename: 'Decision', id }));
    type Result = { _entities: { id: string; appeal: { id: string; district: { code: string } } | null }[] };

    const { result: asJarva, queries } = await queryCounter.measure(() => callSubgraph<Result>(subgraph.url, q, { ...as('jarvaOfficer'), variables: { r } }));
    expect(asJarva.body.errors).toBeUndefined();
    expect(queries.filter((x) => x.schema === 'appeals' && /^select/i.test(x.sql))).toHaveLength(1);
    const [j, f, none] = asJarva.body.data!._entities;
    expect(j!.appeal).toMatchObject({ id: jarva.id, district: { code: 'JARVA' } });
    expect(f!.appeal).toBeNull();
    expect(none!.appeal).toBeNull();

    const asCoordinator = await callSubgraph<Result>(subgraph.url, q, { ...as('coordinator'), variables: { r } });
    expect(asCoordinator.body.data!._entities[1]!.appeal?.id).toBe(farsta.id);
  });

  it('registers an appeal as coordinator and as finance manager', async () => {
    const decisionId = demo.find((a) => a.districtCode === 'JARVA')!.decisionId;
    const input = { decisionId, districtCode: 'jarva', status: 'AT_ADMINISTRATIVE_COURT', appealedAt: '2025-04-01', administrativeCourtCaseNumber: '4711-25', amfCaseNumber: 'AMN 2025/9', note: 'Ny överklagan.' };
    const res = await callSubgraph<{ registerAppeal: Record<string, unknown> }>(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.registerAppeal).toMatchObject({
      status: 'AT_ADMINISTRATIVE_COURT', statusLabel: 'Hos förvaltningsrätten', appealedAt: '2025-04-01', administrativeCourtCaseNumber: '4711-25',
      amfCaseNumber: 'AMN 2025/9', note: 'Ny överklagan.', decision: { id: decisionId }, district: { code: 'JARVA' },
    });
    const draft = await callSubgraph<{ registerAppeal: Record<string, unknown> }>(subgraph.url, REGISTER, { ...as(financeManager), variables: { input: { decisionId, districtCode: 'JARVA' } } });
    expect(draft.body.errors).toBeUndefined();
    expect(draft.body.data?.registerAppeal).toMatchObject({ status: 'DRAFT', appealedAt: null });
    // The latest appeal is the decision's appeal.
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Decision { appeal { id } } } }';
    const latest = await callSubgraph<{ _entities: { appeal: { id: string } }[] }>(subgraph.url, q, { ...as('jarvaOfficer'), variables: { r: [{ __typename: 'Decision', id: decisionId }] } });
    expect(latest.body.data?._entities[0]?.appeal.id).toBe(draft.body.data?.registerAppeal.id);
  });

  it('rejects invalid input with a Swedish message, a stable code and the field', async () => {
    const decisionId = demo[0]!.decisionId;
    const noDate = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { decisionId, status: 'APPEALED' } } });
    expect(noDate.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'appealedAt' } });
    expect(noDate.body.errors?.[0]?.message).toMatch(/Ange datum då beslutet överklagades/);
    const longNote = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { decisionId, note: 'x'.repeat(4001) } } });
    expect(longNote.body.errors?.[0]).toMatchObject({ message: 'Anteckningen får vara högst 4000 tecken.', extensions: { code: 'BAD_USER_INPUT', field: 'note' } });
    const badId = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { decisionId: 'abc' } } });
    expect(badId.body.errors?.[0]).toMatchObject({ message: 'Beslutets id har fel format.', extensions: { code: 'BAD_USER_INPUT', field: 'decisionId' } });
  });

  it('refuses writes to other roles (analyst is read-only, administrators and districts cannot appeal)', async () => {
    const input = { decisionId: demo[0]!.decisionId };
    const administrator: Identity = { sub: 'admin', name: 'Ada Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] };
    for (const who of ['analyst', 'jarvaOfficer', administrator] as const) {
      const res = await callSubgraph(subgraph.url, REGISTER, { ...as(who), variables: { input } });
      expect(res.body.errors?.[0]).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });
    }
  });
});
