import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { CLAIMS } from '@statsbidrag/demo-data';
import { DECIDED_STATUSES, demoDecisions } from './seed-data.js';
import { decisionsSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const as = (identity: keyof typeof testIdentities) => ({ identity: testIdentities[identity], secret: TEST_INTERNAL_SECRET });
const demo = demoDecisions();

type Node = { id: string; outcome: string; grantedAmount: number; decidedAt: string; finalAt: string; migCaseNumber: string; district: { code: string } | null; claim: { id: string } | null; person: { id: string } | null };
type ListResult = { decisions: { totalCount: number; edges: { node: Node }[] } };
const LIST = `query($filter: DecisionFilterInput, $first: Int) {
  decisions(filter: $filter, first: $first) { totalCount edges { node { id outcome grantedAmount decidedAt finalAt migCaseNumber district { code } claim { id } person { id } } } }
}`;
const REGISTER = 'mutation($input: RegisterDecisionInput!) { registerDecision(input: $input) { id migCaseNumber outcome outcomeLabel decidedAt finalAt grantedAmount createdAt claim { id } person { id } district { code } } }';

beforeAll(async () => {
  db = await createTestDatabase('decisions');
  await migrateSubgraph(decisionsSubgraph, db.url);
  await seedSubgraph(decisionsSubgraph, db.url);
  await seedSubgraph(decisionsSubgraph, db.url); // idempotent
  subgraph = await startSubgraph(decisionsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('decisions subgraph called directly', () => {
  it('answers 401 with a Swedish message when the gateway identity is missing', async () => {
    const missing = await callSubgraph(subgraph.url, '{ decisions { totalCount } }');
    expect(missing.status).toBe(401);
    expect(missing.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'IDENTITY_MISSING' } });
  });

  it('has a health endpoint that checks the database', async () => {
    const res = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', service: 'decisions' });
  });

  it('seeds one decision per decided claim, consistent with the claim status, once', async () => {
    const res = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('coordinator'), variables: { first: 500 } });
    const decided = CLAIMS.filter((c) => DECIDED_STATUSES.includes(c.status));
    expect(res.body.data?.decisions.totalCount).toBe(decided.length);
    const byClaim = new Map(res.body.data!.decisions.edges.map((e) => [e.node.claim!.id, e.node]));
    for (const claim of decided) {
      const d = byClaim.get(claim.id)!;
      if (claim.status === 'UTBETALD') expect(d).toMatchObject({ outcome: 'BEVILJAD', grantedAmount: claim.amountOre });
      if (claim.status === 'DELVIS_BEVILJAT') {
        expect(d.outcome).toBe('DELVIS_BEVILJAD');
        expect(d.grantedAmount).toBeGreaterThan(0);
        expect(d.grantedAmount).toBeLessThan(claim.amountOre);
      }
      if (d.outcome === 'AVSLAG' || d.outcome === 'AVVISAD') expect(d.grantedAmount).toBe(0);
      expect(d.district?.code).toBe(claim.districtCode);
      expect(d.person?.id).toBe(claim.personId);
    }
  });

  it('limits a district officer to decisions about their own district, in lists and by id', async () => {
    const jarva = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('jarvaOfficer'), variables: { first: 500 } });
    const expected = demo.filter((d) => d.districtCode === 'JARVA').length;
    expect(expected).toBeGreaterThan(0);
    expect(jarva.body.data?.decisions.totalCount).toBe(expected);
    expect(jarva.body.data?.decisions.edges.every((e) => e.node.district?.code === 'JARVA')).toBe(true);
    const other = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('jarvaOfficer'), variables: { filter: { districtCode: 'FARSTA' } } });
    expect(other.body.data?.decisions.totalCount).toBe(0);

    const farsta = demo.find((d) => d.districtCode === 'FARSTA')!;
    const byId = 'query($id: ID!) { decision(id: $id) { id outcome } }';
    const hidden = await callSubgraph<{ decision: unknown }>(subgraph.url, byId, { ...as('jarvaOfficer'), variables: { id: farsta.id } });
    expect(hidden.body.data?.decision).toBeNull();
    const shown = await callSubgraph<{ decision: unknown }>(subgraph.url, byId, { ...as('analyst'), variables: { id: farsta.id } });
    expect(shown.body.data?.decision).toEqual({ id: farsta.id, outcome: farsta.outcome });

    const refs = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Decision { id } } }';
    const entities = await callSubgraph<{ _entities: unknown[] }>(subgraph.url, refs, { ...as('jarvaOfficer'), variables: { r: [{ __typename: 'Decision', id: farsta.id }] } });
    expect(entities.body.data?._entities).toEqual([null]);
  });

  it('filters by outcome, diarienummer prefix and decision date', async () => {
    const partly = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('coordinator'), variables: { filter: { outcomes: ['AVSLAG', 'AVVISAD'] }, first: 500 } });
    expect(partly.body.data?.decisions.totalCount).toBe(demo.filter((d) => d.outcome === 'AVSLAG' || d.outcome === 'AVVISAD').length);
    const one = demo[0]!;
    const prefix = one.migCaseNumber.slice(0, 10); // "1.1.3-2024"
    const byPrefix = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('coordinator'), variables: { filter: { migCaseNumber: prefix }, first: 500 } });
    expect(byPrefix.body.data?.decisions.totalCount).toBe(demo.filter((d) => d.migCaseNumber.startsWith(prefix)).length);
    const inRange = await callSubgraph<ListResult>(subgraph.url, LIST, { ...as('coordinator'), variables: { filter: { decidedFrom: '2025-01-01', decidedTo: '2025-06-30' }, first: 500 } });
    expect(inRange.body.data?.decisions.totalCount).toBe(demo.filter((d) => d.decidedAt >= '2025-01-01' && d.decidedAt <= '2025-06-30').length);
  });

  it('adds Claim.decision, batched in one query and limited to the caller\'s districts', async () => {
    const jarvaClaim = demo.find((d) => d.districtCode === 'JARVA')!.claimId;
    const farstaClaim = demo.find((d) => d.districtCode === 'FARSTA')!.claimId;
    const undecided = CLAIMS.find((c) => !DECIDED_STATUSES.includes(c.status))!.id;
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Claim { id decision { id outcome finalAt district { code } } } } }';
    const r = [jarvaClaim, farstaClaim, undecided, ...demo.slice(0, 7).map((d) => d.claimId)].map((id) => ({ __typename: 'Claim', id }));
    type Result = { _entities: { id: string; decision: { id: string; district: { code: string } } | null }[] };

    const { result: asJarva, queries } = await queryCounter.measure(() => callSubgraph<Result>(subgraph.url, q, { ...as('jarvaOfficer'), variables: { r } }));
    expect(asJarva.body.errors).toBeUndefined();
    expect(queries.filter((x) => x.schema === 'decisions' && /^select/i.test(x.sql))).toHaveLength(1);
    const [j, f, u] = asJarva.body.data!._entities;
    expect(j!.decision?.district.code).toBe('JARVA');
    expect(f!.decision).toBeNull();
    expect(u!.decision).toBeNull();

    const asCoordinator = await callSubgraph<Result>(subgraph.url, q, { ...as('coordinator'), variables: { r } });
    expect(asCoordinator.body.data!._entities[1]!.decision?.district.code).toBe('FARSTA');
  });

  it('registers a decision (coordinator) with laga kraft three weeks after the decision date; the latest is the claim\'s decision', async () => {
    const claim = demo.find((d) => d.districtCode === 'JARVA' && d.outcome === 'AVSLAG')!;
    const input = { claimId: claim.claimId, personId: claim.personId, districtCode: 'JARVA', migCaseNumber: claim.migCaseNumber, outcome: 'BEVILJAD_EFTER_NY_PROVNING', decidedAt: '2026-01-20', grantedAmount: 1_234_500 };
    const res = await callSubgraph<{ registerDecision: Record<string, unknown> }>(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.registerDecision).toMatchObject({
      outcome: 'BEVILJAD_EFTER_NY_PROVNING', outcomeLabel: 'Beviljad efter ny prövning', decidedAt: '2026-01-20', finalAt: '2026-02-10',
      grantedAmount: 1_234_500, claim: { id: claim.claimId }, district: { code: 'JARVA' },
    });
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Claim { decision { id } } } }';
    const latest = await callSubgraph<{ _entities: { decision: { id: string } }[] }>(subgraph.url, q, { ...as('jarvaOfficer'), variables: { r: [{ __typename: 'Claim', id: claim.claimId }] } });
    expect(latest.body.data?._entities[0]?.decision.id).toBe(res.body.data?.registerDecision.id);
  });

  it('rejects invalid input with a Swedish message, a stable code and the field', async () => {
    const base = { migCaseNumber: '1.1.3-2025-1', outcome: 'AVSLAG', decidedAt: '2025-03-01', grantedAmount: 0 };
    const mismatch = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { ...base, grantedAmount: 100 } } });
    expect(mismatch.body.errors?.[0]).toMatchObject({ message: 'Vid avslag ska beviljat belopp vara 0.', extensions: { code: 'BAD_USER_INPUT', field: 'grantedAmount' } });
    const noCase = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { ...base, migCaseNumber: '  ' } } });
    expect(noCase.body.errors?.[0]).toMatchObject({ message: 'MiG:s diarienummer måste anges.', extensions: { code: 'BAD_USER_INPUT', field: 'migCaseNumber' } });
    const future = await callSubgraph(subgraph.url, REGISTER, { ...as('coordinator'), variables: { input: { ...base, decidedAt: '2999-01-01' } } });
    expect(future.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'decidedAt' } });
  });

  it('lets only the coordinator and the administrator register decisions', async () => {
    const input = { migCaseNumber: '1.1.3-2025-2', outcome: 'BEVILJAD', decidedAt: '2025-03-01', grantedAmount: 100 };
    const admin = await callSubgraph(subgraph.url, REGISTER, { identity: { ...testIdentities.coordinator, sub: 'admin', roles: ['ADMINISTRATOR'] }, secret: TEST_INTERNAL_SECRET, variables: { input } });
    expect(admin.body.errors).toBeUndefined();
    for (const identity of [testIdentities.analyst, testIdentities.jarvaOfficer]) {
      const res = await callSubgraph(subgraph.url, REGISTER, { identity, secret: TEST_INTERNAL_SECRET, variables: { input } });
      expect(res.body.errors?.[0]).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });
    }
  });
});
