import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { personSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  administrator: { sub: 'administrator', name: 'Ada Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
  systemAdmin: { sub: 'systemansvarig', name: 'Sam Systemansvarig', roles: ['SYSTEM_ADMIN'], districtCodes: [] } as Identity,
};
const as = (who: keyof typeof identities, variables?: Record<string, unknown>) => ({ identity: identities[who], secret: TEST_INTERNAL_SECRET, ...(variables ? { variables } : {}) });
const tenWithDash = (pin: string) => `${pin.slice(2, 8)}-${pin.slice(8)}`;

type Node = Record<string, unknown> & { id: string };
async function search(who: keyof typeof identities, variables: Record<string, unknown>, fields = 'id'): Promise<Node[]> {
  const res = await callSubgraph<{ persons: { totalCount: number; edges: { node: Node }[] } }>(
    subgraph.url,
    `query Search($search: String, $birthDate: Date) { persons(search: $search, birthDate: $birthDate, first: 500) { totalCount edges { node { ${fields} } } } }`,
    as(who, variables),
  );
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.persons.totalCount).toBe(res.body.data!.persons.edges.length);
  return res.body.data!.persons.edges.map((e) => e.node);
}

const auditRows = () => subgraph.orm.em.getConnection().execute<{ username: string; person_id: string; fields: string[]; operation: string }[]>('select * from person.audit_entry order by at, person_id');
const isInsert = (sql: string, table: string) => /^\s*insert/i.test(sql) && sql.includes(table);

const jarva = PERSONS.filter((p) => p.districtCode === 'JARVA');
const hidden = jarva[0]!; // marked protected below
const visible = jarva[1]!;

beforeAll(async () => {
  db = await createTestDatabase('person_card');
  await migrateSubgraph(personSubgraph, db.url);
  await seedSubgraph(personSubgraph, db.url);
  subgraph = await startSubgraph(personSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
  await subgraph.orm.em.getConnection().execute('update person.person set protected_identity = true where id = ?', [hidden.id]);
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('person search', () => {
  it('finds a person by personnummer in every accepted form', async () => {
    for (const form of [tenWithDash(visible.personalIdentityNumber), visible.personalIdentityNumber, `${visible.personalIdentityNumber.slice(0, 8)}-${visible.personalIdentityNumber.slice(8)}`]) {
      expect((await search('coordinator', { search: form })).map((n) => n.id)).toEqual([visible.id]);
    }
    // part of a number (≥ 6 digits)
    expect((await search('coordinator', { search: visible.personalIdentityNumber.slice(2, 10) })).map((n) => n.id)).toContain(visible.id);
  });

  it('finds a person by MiG individnummer, by full name and by birth date', async () => {
    expect((await search('coordinator', { search: visible.migIndividualNumber })).map((n) => n.id)).toEqual([visible.id]);
    const byName = await search('coordinator', { search: `${visible.firstName} ${visible.lastName}` }, 'id firstName lastName');
    expect(byName.map((n) => n.id)).toContain(visible.id);
    expect(byName.every((n) => n.firstName === visible.firstName && n.lastName === visible.lastName)).toBe(true);
    const born = await search('coordinator', { birthDate: visible.birthDate }, 'id birthDate');
    expect(born.map((n) => n.id).sort()).toEqual(PERSONS.filter((p) => p.birthDate === visible.birthDate).map((p) => p.id).sort());
    expect(born.every((n) => n.birthDate === visible.birthDate)).toBe(true);
    // birth date and name together
    expect((await search('coordinator', { birthDate: visible.birthDate, search: visible.lastName })).map((n) => n.id)).toContain(visible.id);
    expect(await search('coordinator', { birthDate: '1901-01-01', search: visible.lastName })).toEqual([]);
  });

  it('keeps a district officer to their own district', async () => {
    const farsta = PERSONS.find((p) => p.districtCode === 'FARSTA')!;
    expect(await search('jarvaOfficer', { search: farsta.personalIdentityNumber })).toEqual([]);
    expect(await search('farstaOfficer', { search: farsta.personalIdentityNumber })).toHaveLength(1);
  });

  it('treats LIKE wildcards in the search as text', async () => {
    expect(await search('coordinator', { search: '%' })).toEqual([]);
    expect(await search('coordinator', { search: '_' })).toEqual([]);
  });
});

describe('protected identity', () => {
  const CARD = 'query($id: ID!) { person(id: $id) { id fullName firstName lastName personalIdentityNumber birthDate migIndividualNumber protectedIdentity registrations { address postalCode registeredAt district { code } } } }';

  it('shows a district officer only the MiG individnummer of a protected person', async () => {
    const res = await callSubgraph<{ person: Record<string, unknown> }>(subgraph.url, CARD, as('jarvaOfficer', { id: hidden.id }));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.person).toEqual({
      id: hidden.id,
      fullName: 'Skyddad identitet',
      firstName: 'Skyddad',
      lastName: 'identitet',
      personalIdentityNumber: null,
      birthDate: null,
      migIndividualNumber: hidden.migIndividualNumber,
      protectedIdentity: true,
      registrations: [{ address: null, postalCode: null, registeredAt: hidden.registeredAt, district: { code: 'JARVA' } }],
    });
  });

  it('shows coordinators and administrators everything', async () => {
    for (const who of ['coordinator', 'administrator'] as const) {
      const res = await callSubgraph<{ person: Record<string, unknown> }>(subgraph.url, CARD, as(who, { id: hidden.id }));
      expect(res.body.data!.person).toMatchObject({ fullName: `${hidden.firstName} ${hidden.lastName}`, personalIdentityNumber: hidden.personalIdentityNumber, birthDate: hidden.birthDate });
    }
  });

  it('cannot be probed by personnummer, name or birth date by those who may not see it', async () => {
    for (const who of ['jarvaOfficer', 'analyst', 'systemAdmin'] as const) {
      expect(await search(who, { search: hidden.personalIdentityNumber })).toEqual([]);
      expect(await search(who, { search: tenWithDash(hidden.personalIdentityNumber) })).toEqual([]);
      expect((await search(who, { search: hidden.personalIdentityNumber.slice(2, 10) })).map((n) => n.id)).not.toContain(hidden.id);
      expect((await search(who, { search: `${hidden.firstName} ${hidden.lastName}` })).map((n) => n.id)).not.toContain(hidden.id);
      expect((await search(who, { birthDate: hidden.birthDate })).map((n) => n.id)).not.toContain(hidden.id);
      // the MiG individnummer, which they may see, still finds the person
      expect((await search(who, { search: hidden.migIndividualNumber }, 'id fullName')).map((n) => n.fullName)).toEqual(['Skyddad identitet']);
    }
    expect((await search('coordinator', { search: tenWithDash(hidden.personalIdentityNumber) })).map((n) => n.id)).toEqual([hidden.id]);
  });
});

describe('registration history', () => {
  it('reads every person’s registrations with one statement per request level', async () => {
    const { result, queries } = await queryCounter.measure(() =>
      callSubgraph<{ persons: { edges: { node: { registrations: { registeredAt: string; district: { name: string } }[]; districtOn: { code: string } | null } }[] } }>(
        subgraph.url,
        '{ persons(first: 100) { edges { node { id registrations { registeredAt source district { name } } districtOn(date: "2026-01-01") { code name } } } } }',
        as('coordinator'),
      ),
    );
    expect(result.body.errors).toBeUndefined();
    const nodes = result.body.data!.persons.edges.map((e) => e.node);
    expect(nodes).toHaveLength(100);
    expect(nodes.every((n) => n.registrations.length === 1 && n.districtOn !== null)).toBe(true);
    const person = queries.filter((q) => q.schema === 'person').map((q) => q.sql);
    expect(person.filter((sql) => sql.includes('person_registration'))).toHaveLength(1);
    expect(person.filter((sql) => /from "person"\."district"/.test(sql))).toHaveLength(1);
    expect(person.length).toBeLessThanOrEqual(4); // page (+ count), registrations, districts
  });
});

describe('audit log of identifier reads', () => {
  it('writes who read which identifiers of which person, in one INSERT per request', async () => {
    const before = (await auditRows()).length;
    const { result, queries } = await queryCounter.measure(() =>
      callSubgraph<{ persons: { edges: { node: { id: string } }[] } }>(
        subgraph.url,
        'query PersonList { persons(first: 20) { edges { node { id fullName personalIdentityNumber birthDate } } } }',
        as('coordinator'),
      ),
    );
    expect(result.body.errors).toBeUndefined();
    expect(queries.filter((q) => isInsert(q.sql, 'audit_entry'))).toHaveLength(1);
    const rows = (await auditRows()).slice(before);
    expect(rows).toHaveLength(20);
    const ids = new Set(result.body.data!.persons.edges.map((e) => e.node.id));
    for (const row of rows) {
      expect(row).toMatchObject({ username: 'samordnare', fields: ['personalIdentityNumber', 'birthDate'], operation: 'PersonList' });
      expect(ids.has(row.person_id)).toBe(true);
    }
  });

  it('writes nothing for a query that reads only names', async () => {
    const before = (await auditRows()).length;
    const { queries } = await queryCounter.measure(() => callSubgraph(subgraph.url, '{ persons(first: 50) { edges { node { id fullName district { name } } } } }', as('coordinator')));
    expect(queries.filter((q) => isInsert(q.sql, 'audit_entry'))).toHaveLength(0);
    expect(await auditRows()).toHaveLength(before);
  });

  it('logs reads through entity references (_entities) from other subgraphs, and nothing that was withheld', async () => {
    const before = (await auditRows()).length;
    const { result, queries } = await queryCounter.measure(() =>
      callSubgraph<{ _entities: ({ migIndividualNumber: string; personalIdentityNumber: string | null } | null)[] }>(
        subgraph.url,
        'query ClaimPersons__person__1($r: [_Any!]!) { _entities(representations: $r) { ... on Person { migIndividualNumber personalIdentityNumber } } }',
        as('jarvaOfficer', { r: [hidden, visible, jarva[2]!].map((p) => ({ __typename: 'Person', id: p.id })) }),
      ),
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!._entities[0]).toEqual({ migIndividualNumber: hidden.migIndividualNumber, personalIdentityNumber: null });
    expect(queries.filter((q) => isInsert(q.sql, 'audit_entry'))).toHaveLength(1);
    const rows = (await auditRows()).slice(before);
    const byPerson = new Map(rows.map((r) => [r.person_id, r]));
    expect(rows).toHaveLength(3);
    expect(byPerson.get(hidden.id)).toMatchObject({ username: 'jarva.handlaggare', fields: ['migIndividualNumber'], operation: 'ClaimPersons__person__1' });
    expect(byPerson.get(visible.id)?.fields).toEqual(['personalIdentityNumber', 'migIndividualNumber']);
  });

  it('lets the system administrator search the log, and no one else', async () => {
    await callSubgraph(subgraph.url, 'query Kort($id: ID!) { person(id: $id) { birthDate } }', as('administrator', { id: visible.id }));
    const QUERY = `query($filter: AuditLogFilterInput, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
      totalCount edges { cursor node { id at username personId fields operation } } pageInfo { hasNextPage endCursor } } }`;
    type Log = { auditLog: { totalCount: number; edges: { node: { at: string; username: string; personId: string; fields: string[]; operation: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const mine = await callSubgraph<Log>(subgraph.url, QUERY, as('systemAdmin', { filter: { personId: visible.id, username: 'administrator' } }));
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data!.auditLog.totalCount).toBe(1);
    expect(mine.body.data!.auditLog.edges[0]!.node).toMatchObject({ username: 'administrator', personId: visible.id, fields: ['birthDate'], operation: 'Kort' });

    const all = await callSubgraph<Log>(subgraph.url, QUERY, as('systemAdmin', { filter: { personId: visible.id }, first: 2 }));
    expect(all.body.data!.auditLog.totalCount).toBe(3);
    const times = all.body.data!.auditLog.edges.map((e) => e.node.at);
    expect([...times].sort().reverse()).toEqual(times); // newest first
    const next = await callSubgraph<Log>(subgraph.url, QUERY, as('systemAdmin', { filter: { personId: visible.id }, first: 2, after: all.body.data!.auditLog.pageInfo.endCursor }));
    expect(next.body.data!.auditLog.edges).toHaveLength(1);
    const future = await callSubgraph<Log>(subgraph.url, QUERY, as('systemAdmin', { filter: { from: new Date(Date.now() + 60_000).toISOString() } }));
    expect(future.body.data!.auditLog.totalCount).toBe(0);

    for (const who of ['coordinator', 'administrator', 'jarvaOfficer', 'analyst'] as const) {
      const refused = await callSubgraph(subgraph.url, '{ auditLog { totalCount } }', as(who));
      expect(refused.body.errors?.[0]).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });
    }
  });
});
