import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { randomUUID } from 'node:crypto';
import { claimsSubgraph } from '../../subgraph.js';
import { stockholmDate } from './change-claim-status.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  homeless: { sub: 'hemlos', name: 'Utan stadsdel', roles: ['DISTRICT_OFFICER'], districtCodes: [] } as Identity,
};
type Who = keyof typeof identities;

interface Row {
  key: string;
  districtCode: string;
  unitCode: string | null;
  officerUsername: string | null;
  responsibleUsername: string | null;
  claimTypeCode: string;
  status: string;
  amountOre: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  initiatedBy: string;
  migCaseNumber: string | null;
  person: string;
  /** hours after a base time */
  created: number;
  updated: number;
}

const P1 = randomUUID();
const P2 = randomUUID();
const P3 = randomUUID();
const ROWS: Row[] = [
  { key: 'a', districtCode: 'JARVA', unitCode: 'JARVA_IFO', officerUsername: 'jarva.handlaggare', responsibleUsername: 'anna.amf', claimTypeCode: 'GSKA', status: 'INITIERAD_AV_SDF', amountOre: 100_000, periodFrom: '2025-01-01', periodTo: '2025-03-31', initiatedBy: 'DISTRICT', migCaseNumber: null, person: P1, created: 1, updated: 9 },
  { key: 'b', districtCode: 'JARVA', unitCode: 'JARVA_SOC', officerUsername: 'jarva.annan', responsibleUsername: null, claimTypeCode: 'EKB', status: 'KOMPLETTERING_FRAN_SDF_BEGARD', amountOre: 250_000, periodFrom: '2025-04-01', periodTo: '2025-06-30', initiatedBy: 'AMF', migCaseNumber: '4321-2026-000123', person: P2, created: 2, updated: 2 },
  { key: 'c', districtCode: 'FARSTA', unitCode: 'FARSTA_IFO', officerUsername: 'farsta.handlaggare', responsibleUsername: 'bo.amf', claimTypeCode: 'GSKA', status: 'KOMPLETTERING_FRAN_SDF_BEGARD', amountOre: 500_000, periodFrom: '2024-07-01', periodTo: '2024-12-31', initiatedBy: 'DISTRICT', migCaseNumber: '4321-2025-000999', person: P3, created: 3, updated: 5 },
  { key: 'd', districtCode: 'FARSTA', unitCode: null, officerUsername: null, responsibleUsername: null, claimTypeCode: 'BOST', status: 'INITIERAD_TILL_SDF', amountOre: null, periodFrom: null, periodTo: null, initiatedBy: 'AMF', migCaseNumber: null, person: P3, created: 4, updated: 4 },
  { key: 'e', districtCode: 'SKARHOLMEN', unitCode: 'SKARHOLMEN_IFO', officerUsername: null, responsibleUsername: 'anna.amf', claimTypeCode: 'EKB', status: 'ATERSOKNING_INSKICKAD_MIG', amountOre: 75_050, periodFrom: '2025-02-01', periodTo: '2025-02-28', initiatedBy: 'DISTRICT', migCaseNumber: 'ABC-100%', person: P1, created: 5, updated: 1 },
];
const ids: Record<string, string> = {};
const daysFromToday = (days: number) => {
  const [y, m, d] = stockholmDate().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

beforeAll(async () => {
  db = await createTestDatabase('claims_lists');
  await migrateSubgraph(claimsSubgraph, db.url);
  subgraph = await startSubgraph(claimsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
  const conn = subgraph.orm.em.fork().getConnection();
  for (const [code, name] of [['GSKA', 'Grundskola – asyl'], ['EKB', 'Ensamkommande barn'], ['BOST', 'Zeta boende']]) {
    await conn.execute('insert into claims.claim_type (code, name, group_name, active, required_attachment_kinds) values (?, ?, ?, true, ?)', [code, name, 'Grupp', '{}']);
  }
  const base = Date.parse('2026-01-15T08:00:00Z');
  for (const r of ROWS) {
    ids[r.key] = randomUUID();
    await conn.execute(
      `insert into claims.claim (id, person_id, district_code, unit_code, officer_username, responsible_username, claim_type_code, status, amount_ore, period_from, period_to,
        initiated_by, mig_case_number, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?)`,
      [ids[r.key], r.person, r.districtCode, r.unitCode, r.officerUsername, r.responsibleUsername, r.claimTypeCode, r.status, r.amountOre, r.periodFrom, r.periodTo,
        r.initiatedBy, r.migCaseNumber, new Date(base + r.created * 3_600_000), new Date(base + r.updated * 3_600_000)],
    );
  }
  const supplement = (claim: string, replyBy: string, answered: boolean) =>
    conn.execute(
      `insert into claims.claim_supplement_request (id, claim_id, description, reply_by, requested_by, requested_at, answer, answered_by, answered_at)
       values (?, ?, 'Underlag saknas', ?, 'samordnare', now(), ?, ?, ?)`,
      [randomUUID(), ids[claim], replyBy, answered ? 'Svar' : null, answered ? 'x' : null, answered ? new Date() : null],
    );
  await supplement('b', daysFromToday(-1), false); // overdue
  await supplement('c', daysFromToday(0), false); // due today: not overdue yet
  await supplement('a', daysFromToday(-10), true); // answered late: not overdue
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

interface GqlError { message: string; extensions?: Record<string, unknown> }
interface ListNode { id: string; amount: number | null; unitCode: string | null; officerUsername: string | null; hasOverdueSupplement: boolean; updatedAt: string | null }
interface ListResult { keys: string[]; total: number; nodes: ListNode[]; errors?: GqlError[] }

const keyOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;

async function list(who: Who, variables: Record<string, unknown> = {}): Promise<ListResult> {
  const res = await callSubgraph<{ claims: { totalCount: number; edges: { node: ListNode }[] } }>(
    subgraph.url,
    `query($filter: ClaimFilterInput, $orderBy: ClaimOrderInput, $first: Int, $after: String, $offset: Int) {
      claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {
        totalCount edges { node { id amount unitCode officerUsername hasOverdueSupplement updatedAt } }
      }
    }`,
    { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables },
  );
  const errors = res.body.errors as GqlError[] | undefined;
  const nodes = res.body.data?.claims.edges.map((e) => e.node) ?? [];
  return { keys: nodes.map((n) => keyOf(n.id)), total: res.body.data?.claims.totalCount ?? -1, nodes, ...(errors ? { errors } : {}) };
}
const keys = async (filter: Record<string, unknown>, who: Who = 'coordinator') => {
  const r = await list(who, { filter, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
  expect(r.errors).toBeUndefined();
  return r.keys;
};

describe('claims list filters', () => {
  it('lists every claim without a filter, newest first, with the list fields', async () => {
    const r = await list('coordinator');
    expect(r.errors).toBeUndefined();
    expect(r.keys).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(r.total).toBe(5);
    expect(r.nodes.find((n) => n.id === ids.b)).toMatchObject({ unitCode: 'JARVA_SOC', officerUsername: 'jarva.annan', hasOverdueSupplement: true });
    expect(r.nodes.find((n) => n.id === ids.a)).toMatchObject({ hasOverdueSupplement: false, updatedAt: '2026-01-15T17:00:00.000Z' });
  });

  it('narrows by each filter, and combines them with AND', async () => {
    expect(await keys({ statuses: ['KOMPLETTERING_FRAN_SDF_BEGARD', 'INITIERAD_TILL_SDF'] })).toEqual(['b', 'c', 'd']);
    expect(await keys({ districtCodes: ['FARSTA', 'SKARHOLMEN'] })).toEqual(['c', 'd', 'e']);
    expect(await keys({ districtCode: 'JARVA' })).toEqual(['a', 'b']);
    expect(await keys({ unitCode: 'JARVA_IFO' })).toEqual(['a']);
    expect(await keys({ officerUsername: 'farsta.handlaggare' })).toEqual(['c']);
    expect(await keys({ responsibleUsername: 'anna.amf' })).toEqual(['a', 'e']);
    expect(await keys({ responsibleIsGroup: true })).toEqual(['b', 'd']);
    expect(await keys({ responsibleIsGroup: false })).toEqual(['a', 'c', 'e']);
    expect(await keys({ claimTypeCodes: ['EKB', 'BOST'] })).toEqual(['b', 'd', 'e']);
    expect(await keys({ claimTypeCode: 'GSKA' })).toEqual(['a', 'c']);
    expect(await keys({ periodFrom: '2025-02-15', periodTo: '2025-04-01' })).toEqual(['a', 'b', 'e']);
    expect(await keys({ periodTo: '2024-12-31' })).toEqual(['c']);
    expect(await keys({ amountMin: 100_000, amountMax: 250_000 })).toEqual(['a', 'b']);
    expect(await keys({ amountMin: 75_050 })).toEqual(['a', 'b', 'c', 'e']);
    expect(await keys({ personIds: [P1, P2] })).toEqual(['a', 'b', 'e']);
    expect(await keys({ personId: P3 })).toEqual(['c', 'd']);
    expect(await keys({ migCaseNumber: ' 2026-000 ' })).toEqual(['b']);
    expect(await keys({ migCaseNumber: 'abc-100%' })).toEqual(['e']);
    expect(await keys({ migCaseNumber: '%' })).toEqual(['e']);
    expect(await keys({ initiatedBy: 'AMF' })).toEqual(['b', 'd']);
    expect(await keys({ overdue: true })).toEqual(['b']);
    expect(await keys({ overdue: false })).toEqual(['a', 'c', 'd', 'e']);
    expect(await keys({ statuses: ['KOMPLETTERING_FRAN_SDF_BEGARD'], districtCodes: ['FARSTA'], amountMax: 500_000 })).toEqual(['c']);
    expect(await keys({ personIds: [] })).toEqual([]);
  });

  it('never shows a district user another district’s claims, whatever the filter asks for', async () => {
    expect(await keys({}, 'jarvaOfficer')).toEqual(['a', 'b']);
    expect(await keys({ districtCodes: ['FARSTA'] }, 'jarvaOfficer')).toEqual([]);
    expect(await keys({ districtCode: 'FARSTA' }, 'farstaOfficer')).toEqual(['c', 'd']);
    expect(await keys({ districtCodes: ['JARVA', 'FARSTA'] }, 'farstaOfficer')).toEqual(['c', 'd']);
    expect(await keys({ personIds: [P1] }, 'farstaOfficer')).toEqual([]);
    expect(await keys({}, 'homeless')).toEqual([]);
    const r = await list('jarvaOfficer', { filter: { overdue: true }, first: 10 });
    expect(r).toMatchObject({ keys: ['b'], total: 1 });
  });

  it('refuses bad ranges, negative amounts, bad ids and offsets with Swedish messages', async () => {
    const range = await list('coordinator', { filter: { amountMin: 500, amountMax: 100, periodFrom: '2025-06-01', periodTo: '2025-01-01' } });
    expect(range.errors?.[0]).toMatchObject({
      message: 'Belopp från kan inte vara större än belopp till. Period från kan inte vara senare än period till.',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.amountMin', reason: 'RANGE' },
    });
    expect((range.errors?.[0]?.extensions?.problems as unknown[]).length).toBe(2);
    const negative = await list('coordinator', { filter: { amountMin: -1 } });
    expect(negative.errors?.[0]).toMatchObject({ message: 'Belopp från kan inte vara negativt.', extensions: { code: 'BAD_USER_INPUT', field: 'filter.amountMin' } });
    const badId = await list('coordinator', { filter: { personIds: ['inte-ett-id'] } });
    expect(badId.errors?.[0]).toMatchObject({ message: 'Ogiltigt person-id.', extensions: { code: 'BAD_USER_INPUT' } });
    const offset = await list('coordinator', { offset: -5 });
    expect(offset.errors?.[0]).toMatchObject({ message: 'Antal poster att hoppa över (offset) måste vara 0 eller mer.', extensions: { code: 'BAD_USER_INPUT', field: 'offset' } });
    const first = await list('coordinator', { first: 501 });
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('claims list sorting and paging', () => {
  const sorted = async (field: string, direction: 'ASC' | 'DESC') => {
    const r = await list('coordinator', { orderBy: { field, direction } });
    expect(r.errors).toBeUndefined();
    return r.keys.join('');
  };

  it('sorts on every column both ways, empty values last, ties by id', async () => {
    const tie = (a: string, b: string) => (ids[a]! < ids[b]! ? a + b : b + a);
    expect(await sorted('CREATED_AT', 'ASC')).toBe('abcde');
    expect(await sorted('CREATED_AT', 'DESC')).toBe('edcba');
    expect(await sorted('UPDATED_AT', 'ASC')).toBe('ebdca');
    expect(await sorted('AMOUNT', 'ASC')).toBe('eabcd');
    expect(await sorted('AMOUNT', 'DESC')).toBe('cbaed');
    expect(await sorted('PERIOD_FROM', 'ASC')).toBe('caebd');
    expect(await sorted('PERIOD_TO', 'DESC')).toBe('baecd');
    expect(await sorted('STATUS', 'ASC')).toBe(`ead${tie('b', 'c')}`);
    // by the claim type's name (Ensamkommande barn, Grundskola – asyl, Zeta boende), not its code
    expect(await sorted('CLAIM_TYPE', 'ASC')).toBe(`${tie('b', 'e')}${tie('a', 'c')}d`);
    expect(await sorted('CLAIM_TYPE', 'DESC')).toBe(`d${tie('a', 'c')}${tie('b', 'e')}`);
    expect(await sorted('DISTRICT', 'DESC')).toBe(`e${tie('a', 'b')}${tie('c', 'd')}`);
    expect(await sorted('MIG_CASE_NUMBER', 'ASC')).toBe(`cbe${tie('a', 'd')}`);
    expect(await sorted('MIG_CASE_NUMBER', 'DESC')).toBe(`ebc${tie('a', 'd')}`);
    expect(await sorted('RESPONSIBLE', 'ASC')).toBe(`${tie('a', 'e')}c${tie('b', 'd')}`);
    expect(await sorted('UNIT', 'ASC')).toBe('cabed');
    expect(await sorted('UNIT', 'DESC')).toBe('ebacd');
  });

  it('pages with offset or after and keeps the total', async () => {
    const orderBy = { field: 'CREATED_AT', direction: 'ASC' };
    expect(await list('coordinator', { orderBy, first: 2, offset: 2 })).toMatchObject({ keys: ['c', 'd'], total: 5 });
    expect(await list('coordinator', { orderBy, first: 2, offset: 4 })).toMatchObject({ keys: ['e'], total: 5 });
    expect(await list('coordinator', { orderBy, first: 2, offset: 10 })).toMatchObject({ keys: [], total: 5 });
    const firstPage = await callSubgraph<{ claims: { pageInfo: { endCursor: string } } }>(subgraph.url, '{ claims(first: 2, orderBy: { field: CREATED_AT, direction: ASC }) { pageInfo { endCursor } } }', {
      identity: identities.coordinator, secret: TEST_INTERNAL_SECRET,
    });
    expect(await list('coordinator', { orderBy, first: 2, after: firstPage.body.data!.claims.pageInfo.endCursor })).toMatchObject({ keys: ['c', 'd'], total: 5 });
  });

  it('costs one SQL statement per list, with the list fields and every filter (two past the last page)', async () => {
    const filter = { statuses: ['KOMPLETTERING_FRAN_SDF_BEGARD'], overdue: true, migCaseNumber: '2026', periodFrom: '2025-01-01', amountMin: 1, responsibleIsGroup: true };
    const one = await queryCounter.measure(() => list('coordinator', { filter, orderBy: { field: 'RESPONSIBLE', direction: 'DESC' } }));
    expect(one.result.keys).toEqual(['b']);
    expect(one.queries.filter((q) => q.schema === 'claims')).toHaveLength(1);
    const past = await queryCounter.measure(() => list('coordinator', { filter, offset: 5 }));
    expect(past.result.total).toBe(1);
    expect(past.queries.filter((q) => q.schema === 'claims')).toHaveLength(2);
  });
});
