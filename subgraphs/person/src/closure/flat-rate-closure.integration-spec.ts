import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDatabase } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import type { FlatRateCaseClosed } from '@statsbidrag/events';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { TEST_INTERNAL_SECRET } from '@statsbidrag/graphql-kit/testing';
import { randomUUID } from 'node:crypto';
import { PersonCaseEntity } from '../case/infra/person-case.entity.js';
import { personSubgraph } from '../subgraph.js';
import { flatRateClosureConsumer } from './application/flat-rate-closure-consumer.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
type Row = { closed_on: string | null; closure_reason: string | null; closed_by: string | null; purge_on: string | null };
const handling = async (personId: string) =>
  ((await subgraph.orm.em.fork().getConnection().execute(
    `select to_char(closed_on, 'YYYY-MM-DD') as closed_on, closure_reason, closed_by, to_char(purge_on, 'YYYY-MM-DD') as purge_on from person.person where id = ?`, [personId],
  )) as Row[])[0]!;
const changes = async (personId: string) => (await subgraph.orm.em.fork().getConnection().execute(`select action, username from person.person_change where person_id = ?`, [personId])) as { action: string; username: string }[];
const deliver = (payload: FlatRateCaseClosed) =>
  subgraph.orm.em.fork().transactional((em) => flatRateClosureConsumer.handle(em as EntityManager, { id: randomUUID(), topic: 'allocation.flat-rate-case-closed', payload }));
const event = (personId: string): FlatRateCaseClosed => ({ personId, closedOn: '2025-03-31', reason: 'SCHABLONPERIOD_SLUT', at: new Date().toISOString() });

beforeAll(async () => {
  db = await createTestDatabase('person_flat_rate_closure');
  await migrateSubgraph(personSubgraph, db.url);
  await seedSubgraph(personSubgraph, db.url);
  subgraph = await startSubgraph(personSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('the generalschablon period ends (allocation.flat-rate-case-closed)', () => {
  it('closes the person\'s handling SCHABLONPERIOD_SLUT on the end of the last period, with the purge date 21 days later, by the system; twice changes nothing', async () => {
    const person = PERSONS[11]!;
    expect(await handling(person.id)).toMatchObject({ closed_on: null });
    await deliver(event(person.id));
    await deliver(event(person.id));
    expect(await handling(person.id)).toEqual({ closed_on: '2025-03-31', closure_reason: 'SCHABLONPERIOD_SLUT', closed_by: 'system', purge_on: '2025-04-21' });
    expect(await changes(person.id)).toEqual([{ action: 'CLOSED', username: 'system' }]);
  });

  it('leaves a person with an open claim as it is (the coordinator closes by hand once it is settled)', async () => {
    const person = PERSONS[12]!;
    await subgraph.orm.em.fork().transactional(async (em) => {
      em.create(PersonCaseEntity, { context: 'CLAIM', caseId: randomUUID(), personId: person.id, decisionId: null, districtCode: person.districtCode, label: 'Återsökning', status: 'ATERSOKNING_INSKICKAD_MIG', statusLabel: 'Inskickad till MiG', open: true, stateAt: new Date() });
    });
    await expect(deliver(event(person.id))).resolves.toBeUndefined();
    expect(await handling(person.id)).toMatchObject({ closed_on: null, closure_reason: null });
    expect(await changes(person.id)).toEqual([]);
  });

  it('ignores an unknown person', async () => {
    await expect(deliver(event(randomUUID()))).resolves.toBeUndefined();
  });
});
