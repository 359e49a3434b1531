import { createOrm, createTestDatabase, Migration, type MikroORM } from '@statsbidrag/db';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EVENT_ENTITIES, OutboxEventEntity } from './entities.js';
import { EventBus, installSubgraphEvents, type EventConsumer } from './bus.js';
import { recordEvent, recordEventsOnce } from './outbox.js';
import type { CaseStateChanged } from './catalogue.js';

/** The two tables each subgraph's own migration creates (see subgraphs/*\/src/migrations). */
function eventTablesMigration(schema: string) {
  return class extends Migration {
    override up(): void {
      this.addSql(`create table "${schema}"."inbox_event" ("consumer" varchar(255) not null, "event_id" uuid not null, "topic" varchar(255) not null, "processed_at" timestamptz not null default now(), primary key ("consumer", "event_id"));`);
      this.addSql(`create table "${schema}"."outbox_event" ("id" uuid not null, "topic" varchar(255) not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "published_at" timestamptz null, primary key ("id"));`);
      this.addSql(`create table "${schema}"."seen" ("case_id" text primary key, "open" boolean not null, "times" int not null default 1);`);
    }
  };
}

async function ormFor(url: string, schema: string): Promise<MikroORM> {
  const orm = await createOrm({ schema, databaseUrl: url, entities: [...EVENT_ENTITIES], migrations: [{ name: 'events', class: eventTablesMigration(schema) }] });
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  await orm.migrator.up();
  return orm;
}

const state = (caseId: string, open: boolean): CaseStateChanged => ({
  context: 'claims', caseId, personId: null, decisionId: null, districtCode: null, label: `Ärende ${caseId}`, status: open ? 'OPEN' : 'DONE', statusLabel: open ? 'Öppet' : 'Klart', open, at: new Date().toISOString(),
});

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('väntade förgäves');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('EventBus (outbox → pg-boss → inbox)', () => {
  let db: { url: string; drop(): Promise<void> };
  let producerOrm: MikroORM;
  let consumerOrm: MikroORM;
  let producer: EventBus;
  let consumer: EventBus;
  let jobRuns = 0;
  const seen: EventConsumer<'claims.case-state-changed'> = {
    topic: 'claims.case-state-changed',
    name: 'case-state',
    async handle(em: EntityManager, event) {
      await em.getConnection().execute(
        'insert into consumer_side.seen (case_id, open) values (?, ?) on conflict (case_id) do update set open = excluded.open, times = seen.times + 1',
        [event.payload.caseId, event.payload.open], 'all', em.getTransactionContext(),
      );
    },
  };

  beforeAll(async () => {
    db = await createTestDatabase('events');
    producerOrm = await ormFor(db.url, 'producer_side');
    consumerOrm = await ormFor(db.url, 'consumer_side');
    const events = { consumers: [seen], jobs: [{ name: 'nightly', cron: '0 2 * * *', run: async () => { jobRuns++; } }] };
    await installSubgraphEvents('consumer_side', db.url, events);
    producer = new EventBus({ subgraph: 'producer_side', databaseUrl: db.url, orm: producerOrm });
    consumer = new EventBus({ subgraph: 'consumer_side', databaseUrl: db.url, orm: consumerOrm, ...events });
    await producer.start();
    await consumer.start();
  });

  afterAll(async () => {
    await producer?.stop();
    await consumer?.stop();
    await producerOrm?.close(true);
    await consumerOrm?.close(true);
    await db?.drop();
  });

  const seenRow = async (caseId: string) =>
    ((await consumerOrm.em.fork().getConnection().execute('select open, times from consumer_side.seen where case_id = ?', [caseId])) as { open: boolean; times: number }[])[0];

  it('delivers an event committed with the change to the subscribed consumer', async () => {
    await producerOrm.em.fork().transactional(async (em) => {
      recordEvent(em, 'claims.case-state-changed', state('A', true));
    });
    expect(await waitFor(() => seenRow('A'))).toEqual({ open: true, times: 1 });
    const [row] = await producerOrm.em.fork().find(OutboxEventEntity, {});
    expect(row!.publishedAt).toBeInstanceOf(Date);
  });

  it('publishes nothing from a transaction that rolled back', async () => {
    await expect(
      producerOrm.em.fork().transactional(async (em) => {
        recordEvent(em, 'claims.case-state-changed', state('B', true));
        await em.flush();
        throw new Error('avbruten');
      }),
    ).rejects.toThrow('avbruten');
    await producerOrm.em.fork().transactional(async (em) => {
      recordEvent(em, 'claims.case-state-changed', state('C', false));
    });
    await waitFor(() => seenRow('C'));
    expect(await seenRow('B')).toBeUndefined();
  });

  it('applies a redelivered event once (the inbox drops the repeat), and seeding the same events twice publishes once', async () => {
    const once = [{ id: '00000000-0000-4000-8000-0000000000d1', payload: state('D', true) }];
    await recordEventsOnce(producerOrm.em.fork(), 'claims.case-state-changed', once);
    await recordEventsOnce(producerOrm.em.fork(), 'claims.case-state-changed', once);
    await waitFor(() => seenRow('D'));
    // the queue hands the same event over again (as after a crash between publish and marking)
    await producer.boss.publish('claims.case-state-changed', { id: once[0]!.id, topic: 'claims.case-state-changed', payload: once[0]!.payload });
    await producerOrm.em.fork().transactional(async (em) => {
      recordEvent(em, 'claims.case-state-changed', state('E', true));
    });
    await waitFor(() => seenRow('E'));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await seenRow('D')).toEqual({ open: true, times: 1 });
    expect(await producerOrm.em.fork().count(OutboxEventEntity, { id: once[0]!.id })).toBe(1);
  });

  it('registers the scheduled job and runs it on demand', async () => {
    const schedules = await consumer.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron, s.options?.tz ?? (s as unknown as { timezone?: string }).timezone])).toEqual([['consumer_side.nightly', '0 2 * * *', 'Europe/Stockholm']]);
    await consumer.runJobNow('nightly');
    await waitFor(async () => jobRuns === 1);
  });
});
