import { createTestDatabase } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { personSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const identities = { ...testIdentities, administrator: { sub: 'administrator', name: 'Ada', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity };
type Gql<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const gql = async <T = Record<string, unknown>>(who: keyof typeof identities, query: string, variables: Record<string, unknown> = {}) =>
  (await callSubgraph<T>(subgraph.url, query, { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables })).body as Gql<T>;

const UPDATE = 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id fullName personalIdentityNumber isCoordinationNumber migIndividualNumber birthDate protectedIdentity } }';
type Updated = { updatePerson: { fullName: string; personalIdentityNumber: string | null; isCoordinationNumber: boolean; migIndividualNumber: string | null; birthDate: string | null; protectedIdentity: boolean } };

beforeAll(async () => {
  db = await createTestDatabase('person_update');
  await migrateSubgraph(personSubgraph, db.url);
  await seedSubgraph(personSubgraph, db.url);
  subgraph = await startSubgraph(personSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const [a, b] = [PERSONS[10]!, PERSONS[11]!];

describe('aktualisera personuppgifter (updatePerson)', () => {
  it('changes names and identifiers, normalised, and keeps what was left out', async () => {
    // Skatteverket's published test personnummer 19121212-1212
    const res = await gql<Updated>('coordinator', UPDATE, { i: { personId: a.id, lastName: ' Ahmadi-Ali ', personalIdentityNumber: '19121212-1212' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePerson).toEqual({
      id: a.id, fullName: `${a.firstName} Ahmadi-Ali`, personalIdentityNumber: '191212121212', isCoordinationNumber: false, migIndividualNumber: a.migIndividualNumber, birthDate: '1912-12-12', protectedIdentity: false,
    } as unknown as Updated['updatePerson']);
    const history = await gql<{ person: { handlingHistory: { action: string; note: string }[] } }>('coordinator', 'query($id: ID!) { person(id: $id) { handlingHistory { action note } } }', { id: a.id });
    expect(history.data!.person.handlingHistory).toEqual([{ action: 'UPDATED', note: 'Ändrade fält: lastName, personalIdentityNumber, isCoordinationNumber, birthDate' }]);
  });

  it('refuses an identifier that belongs to another person, naming that person', async () => {
    const res = await gql('coordinator', UPDATE, { i: { personId: a.id, migIndividualNumber: b.migIndividualNumber } });
    expect(res.errors?.[0]).toMatchObject({
      message: 'MiG:s individnummer tillhör redan en annan person. Samma person får inte finnas två gånger: öppna den personen i stället.',
      extensions: { code: 'CONFLICT', reason: 'DUPLICATE_IDENTIFIER', field: 'migIndividualNumber', existingPersonId: b.id },
    });
  });

  it('validates each field with a Swedish message', async () => {
    const badPin = await gql('coordinator', UPDATE, { i: { personId: a.id, personalIdentityNumber: '121212-1213' } });
    expect(badPin.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personalIdentityNumber' });
    expect(badPin.errors?.[0]?.message).toMatch(/Kontrollsiffran/);
    const noName = await gql('coordinator', UPDATE, { i: { personId: a.id, firstName: '  ' } });
    expect(noName.errors?.[0]).toMatchObject({ message: 'Förnamn måste anges.', extensions: { field: 'firstName', reason: 'REQUIRED' } });
    const noIdentity = await gql('coordinator', UPDATE, { i: { personId: b.id, personalIdentityNumber: '', migIndividualNumber: '' } });
    expect(noIdentity.errors?.[0]?.extensions).toMatchObject({ field: 'personalIdentityNumber', reason: 'REQUIRED' });
  });

  it('lets only coordinators and administrators change data, and marks protected identity', async () => {
    for (const who of ['jarvaOfficer', 'analyst'] as const) {
      expect((await gql(who, UPDATE, { i: { personId: b.id, firstName: 'X' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const res = await gql<Updated>('administrator', UPDATE, { i: { personId: b.id, protectedIdentity: true } });
    expect(res.data!.updatePerson.protectedIdentity).toBe(true);
    const district = await gql<{ person: { fullName: string } | null }>('jarvaOfficer', 'query($id: ID!) { person(id: $id) { fullName } }', { id: b.id });
    if (district.data?.person) expect(district.data.person.fullName).toBe('Skyddad identitet');
  });
});
