import { createTestDatabase } from '@statsbidrag/db';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { PERSONS } from '@statsbidrag/demo-data';
import { personSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const as = (identity: keyof typeof testIdentities) => ({ identity: testIdentities[identity], secret: TEST_INTERNAL_SECRET });

beforeAll(async () => {
  db = await createTestDatabase('person');
  await migrateSubgraph(personSubgraph, db.url);
  await seedSubgraph(personSubgraph, db.url);
  await seedSubgraph(personSubgraph, db.url); // idempotent
  subgraph = await startSubgraph(personSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('person subgraph called directly', () => {
  it('answers 401 with a Swedish message when the gateway identity is missing or forged', async () => {
    const missing = await callSubgraph(subgraph.url, '{ districts { code } }');
    expect(missing.status).toBe(401);
    expect(missing.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'IDENTITY_MISSING' } });
    const forged = await callSubgraph(subgraph.url, '{ districts { code } }', { identity: testIdentities.coordinator, secret: 'some-other-secret-some-other-secret-00' });
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0]?.message).toMatch(/identitet/);
  });

  it('has a health endpoint that checks the database', async () => {
    const res = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', service: 'person' });
  });

  it('lists the 11 districts valid today and the 13 valid before the 2023 merger', async () => {
    const today = await callSubgraph<{ districts: { code: string }[] }>(subgraph.url, '{ districts { code name } }', as('coordinator'));
    expect(today.body.data?.districts).toHaveLength(11);
    const before = await callSubgraph<{ districts: { code: string; successor: { name: string } | null }[] }>(
      subgraph.url,
      '{ districts(validOn: "2023-06-30") { code successor { name } } }',
      as('coordinator'),
    );
    expect(before.body.data?.districts).toHaveLength(13);
    expect(before.body.data?.districts.find((d) => d.code === 'SPANGA_TENSTA')?.successor?.name).toBe('Järva');
  });

  it('limits a district officer to persons of their own district', async () => {
    const q = '{ persons(first: 500) { totalCount edges { node { id district { code } } } } }';
    const jarva = await callSubgraph<{ persons: { totalCount: number; edges: { node: { district: { code: string } } }[] } }>(subgraph.url, q, as('jarvaOfficer'));
    const expected = PERSONS.filter((p) => p.districtCode === 'JARVA').length;
    expect(jarva.body.data?.persons.totalCount).toBe(expected);
    expect(jarva.body.data?.persons.edges.every((e) => e.node.district.code === 'JARVA')).toBe(true);
    const all = await callSubgraph<{ persons: { totalCount: number } }>(subgraph.url, q, as('coordinator'));
    expect(all.body.data?.persons.totalCount).toBe(PERSONS.length);

    const farstaPerson = PERSONS.find((p) => p.districtCode === 'FARSTA')!;
    const direct = await callSubgraph<{ person: unknown }>(subgraph.url, 'query($id: ID!) { person(id: $id) { id } }', { ...as('jarvaOfficer'), variables: { id: farstaPerson.id } });
    expect(direct.body.data?.person).toBeNull();
    // Entity references from other subgraphs obey the same scope.
    const entities = await callSubgraph<{ _entities: ({ id: string } | null)[] }>(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }',
      { ...as('jarvaOfficer'), variables: { r: [{ __typename: 'Person', id: farstaPerson.id }] } },
    );
    expect(entities.body.data?._entities).toEqual([null]);
  });

  it('registers a person once: a second registration with the same identifier finds the first', async () => {
    const mutation = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id fullName personalIdentityNumber district { code } } }';
    const input = { firstName: 'Test', lastName: 'Testsson', personalIdentityNumber: '701063-2391' };
    const first = await callSubgraph<{ registerPerson: { id: string; personalIdentityNumber: string; district: { code: string } } }>(subgraph.url, mutation, { ...as('jarvaOfficer'), variables: { input } });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.registerPerson).toMatchObject({ personalIdentityNumber: '197010632391', district: { code: 'JARVA' } });
    const again = await callSubgraph<{ registerPerson: { id: string } }>(subgraph.url, mutation, {
      ...as('coordinator'),
      variables: { input: { ...input, personalIdentityNumber: '197010632391', firstName: 'Annat' } },
    });
    expect(again.body.data?.registerPerson.id).toBe(first.body.data?.registerPerson.id);
  });

  it('rejects invalid input with a Swedish message, a stable code and the field', async () => {
    const res = await callSubgraph(subgraph.url, 'mutation { registerPerson(input: { firstName: "A", lastName: "B", personalIdentityNumber: "701063-2392" }) { id } }', as('coordinator'));
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'personalIdentityNumber' } });
    expect(res.body.errors?.[0]?.message).toMatch(/Kontrollsiffran/);
    const several = await callSubgraph(subgraph.url, 'mutation { registerPerson(input: { firstName: "", lastName: "B", migIndividualNumber: "12" }) { id } }', as('coordinator'));
    expect((several.body.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual(['firstName', 'migIndividualNumber']);
  });

  it('refuses writes to roles without the right (analyst is read-only)', async () => {
    const res = await callSubgraph(subgraph.url, 'mutation { registerPerson(input: { firstName: "A", lastName: "B", migIndividualNumber: "1234567" }) { id } }', as('analyst'));
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });
  });

  it('does not let a district officer register persons in another district', async () => {
    const res = await callSubgraph(subgraph.url, 'mutation { registerPerson(input: { firstName: "A", lastName: "B", migIndividualNumber: "7654321", districtCode: "FARSTA" }) { id } }', as('jarvaOfficer'));
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells the signed-in user who they are', async () => {
    const res = await callSubgraph<{ me: unknown }>(subgraph.url, '{ me { username name roles roleLabels districts { code name } } }', as('jarvaOfficer'));
    expect(res.body.data?.me).toEqual({
      username: 'jarva.handlaggare',
      name: 'Hedda Handläggare (Järva)',
      roles: ['DISTRICT_OFFICER'],
      roleLabels: ['Handläggare SDF'],
      districts: [{ code: 'JARVA', name: 'Järva' }],
    });
  });
});
