import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDatabase } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import { luhnCheckDigit } from '@statsbidrag/domain';
import type { PersonRegistrationRequested } from '@statsbidrag/events';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { randomUUID } from 'node:crypto';
import { personSubgraph } from '../subgraph.js';
import { personRegistrationConsumer } from './person-registration-consumer.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const sql = async <T,>(query: string, params: unknown[] = []) => (await subgraph.orm.em.fork().getConnection().execute(query, params)) as T[];
const deliver = (payload: PersonRegistrationRequested) =>
  subgraph.orm.em.fork().transactional((em) => personRegistrationConsumer.handle(em as EntityManager, { id: randomUUID(), topic: 'allocation.person-registration-requested', payload }));

// A fictitious samordningsnummer (1991-05-05, day + 60).
const NINE = '910565238';
const PNR = `19${NINE}${luhnCheckDigit(NINE)}`;

beforeAll(async () => {
  db = await createTestDatabase('person_registration');
  await migrateSubgraph(personSubgraph, db.url);
  await seedSubgraph(personSubgraph, db.url);
  subgraph = await startSubgraph(personSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('a person registered from the flat-rate import (allocation.person-registration-requested)', () => {
  const request: PersonRegistrationRequested = {
    personId: randomUUID(), firstName: 'Nyo', lastName: 'Nysson', personalIdentityNumber: PNR, migIndividualNumber: '9188888', birthDate: '1991-05-05', requestedBy: 'samordnare', at: new Date().toISOString(),
  };

  it('creates the person with the same id, without district, and records person.identity-changed; the same event twice does nothing', async () => {
    await deliver(request);
    await deliver(request);
    const persons = await sql<{ id: string; first_name: string; is_coordination_number: boolean; district_code: string | null }>(`select id, first_name, is_coordination_number, district_code from person.person where personal_identity_number = ?`, [PNR]);
    expect(persons).toEqual([{ id: request.personId, first_name: 'Nyo', is_coordination_number: true, district_code: null }]);
    const events = await sql<{ payload: { personId: string; migIndividualNumber: string; registrations: unknown[] } }>(`select payload from person.outbox_event where topic = 'person.identity-changed' and payload->>'personId' = ?`, [request.personId]);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ migIndividualNumber: '9188888', registrations: [] });
  });

  it('skips (and logs) a request whose identifier another person already has, without failing', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    const other = { ...request, personId: randomUUID(), personalIdentityNumber: null, migIndividualNumber: PERSONS[0]!.migIndividualNumber };
    try {
      await expect(deliver(other)).resolves.toBeUndefined();
    } finally {
      console.warn = warn;
    }
    expect(await sql('select 1 from person.person where id = ?', [other.personId])).toHaveLength(0);
    expect(warnings).toEqual([expect.stringMatching(/hoppades över/)]);
  });
});

describe('move-out date', () => {
  it('records person.identity-changed with movedOutOn when it is registered', async () => {
    const person = PERSONS[12]!;
    const res = await callSubgraph(subgraph.url, 'mutation($i: RegisterMoveOutInput!) { registerMoveOut(input: $i) { id movedOutOn } }', {
      identity: testIdentities.coordinator, secret: TEST_INTERNAL_SECRET, variables: { i: { personId: person.id, movedOutOn: '2025-03-31' } },
    });
    expect(res.body.errors).toBeUndefined();
    const events = await sql<{ payload: { movedOutOn: string | null } }>(`select payload from person.outbox_event where topic = 'person.identity-changed' and payload->>'personId' = ?`, [person.id]);
    expect(events.map((e) => e.payload.movedOutOn)).toContain('2025-03-31');
  });
});
