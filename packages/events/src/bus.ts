import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { queryCounter } from '@statsbidrag/db';
import { PgBoss } from 'pg-boss';
import type { EventCatalogue, EventTopic } from './catalogue.js';
import { OutboxEventEntity } from './entities.js';

/** The PostgreSQL schema pg-boss keeps its queues in (shared infrastructure, like the database server). */
export const QUEUE_SCHEMA = 'queue';

/** An event as a consumer receives it. */
export interface DeliveredEvent<T extends EventTopic = EventTopic> {
  id: string;
  topic: T;
  payload: EventCatalogue[T];
}

/** Applies one event, in a transaction that also records it in the consumer's inbox. */
export interface EventConsumer<T extends EventTopic = EventTopic> {
  topic: T;
  /** Unique within the subgraph; with the subgraph name it names the consumer's queue. */
  name: string;
  handle(em: EntityManager, event: DeliveredEvent<T>): Promise<void>;
}

/** A recurring job (cron, Europe/Stockholm). pg-boss makes sure one instance runs each occurrence. */
export interface ScheduledJob {
  name: string;
  cron: string;
  run(em: EntityManager): Promise<unknown>;
}

/**
 * Work a subgraph sends itself to do in the background (e.g. an import): run outside any
 * transaction (the task manages its own), one at a time per instance. pg-boss keeps the job in
 * PostgreSQL: a process that dies mid-task stops sending heartbeats, and the job is run again.
 */
export interface BackgroundTask<T extends object = Record<string, unknown>> {
  name: string;
  run(orm: MikroORM, data: T): Promise<void>;
}

/** A consumer of any one topic. */
export type AnyEventConsumer = { [T in EventTopic]: EventConsumer<T> }[EventTopic];

/** What a subgraph takes part in. */
export interface SubgraphEvents {
  consumers?: readonly AnyEventConsumer[];
  jobs?: readonly ScheduledJob[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each task has its own data type
  tasks?: readonly BackgroundTask<any>[];
}

export interface EventBusOptions extends SubgraphEvents {
  /** Subgraph name = its PostgreSQL schema. */
  subgraph: string;
  databaseUrl: string;
  orm: MikroORM;
  /** How often the relay looks for unpublished events (ms). */
  relayIntervalMs?: number;
  /** How often a worker looks for jobs (s, ≥ 0.5). */
  pollingIntervalSeconds?: number;
  onError?(error: unknown, where: string): void;
}

const PUBLISHED_RETENTION_MS = 7 * 24 * 3_600_000;

export function queueName(subgraph: string, consumerOrJob: string): string {
  return `${subgraph}.${consumerOrJob}`;
}

function makeBoss(databaseUrl: string, schedule: boolean): PgBoss {
  return new PgBoss({ connectionString: databaseUrl, schema: QUEUE_SCHEMA, max: 3, schedule, application_name: 'statsbidrag-events' });
}

/**
 * Creates the queue schema, the consumer queues with their subscriptions and the schedules. Run
 * by the migrate task, before any service starts, so that no event published at start-up finds a
 * topic without its subscribers.
 */
export async function installSubgraphEvents(subgraph: string, databaseUrl: string, events: SubgraphEvents): Promise<void> {
  const boss = makeBoss(databaseUrl, false);
  boss.on('error', () => undefined);
  await boss.start();
  try {
    await declare(boss, subgraph, events);
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

async function declare(boss: PgBoss, subgraph: string, events: SubgraphEvents): Promise<void> {
  for (const consumer of events.consumers ?? []) {
    const queue = queueName(subgraph, consumer.name);
    if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { retryLimit: 10, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 });
    await boss.subscribe(consumer.topic, queue);
  }
  for (const job of events.jobs ?? []) {
    const queue = queueName(subgraph, job.name);
    if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { retryLimit: 3, retryDelay: 60, policy: 'singleton' });
    await boss.schedule(queue, job.cron, null, { tz: 'Europe/Stockholm' });
  }
  for (const task of events.tasks ?? []) {
    const queue = queueName(subgraph, task.name);
    if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { retryLimit: 5, retryDelay: 5, retryBackoff: true, heartbeatSeconds: 30, expireInSeconds: 3600 });
  }
}

/**
 * One subgraph's part of the event system: relays its outbox to the queue, runs its consumers
 * (each event applied once: the inbox row and the change commit together) and its scheduled jobs.
 */
export class EventBus {
  readonly boss: PgBoss;
  private relayTimer: NodeJS.Timeout | null = null;
  private relaying: Promise<number> | null = null;
  private lastCleanup = 0;
  private stopped = false;

  constructor(private readonly options: EventBusOptions) {
    this.boss = makeBoss(options.databaseUrl, (options.jobs?.length ?? 0) > 0);
    this.boss.on('error', (err) => this.report(err, 'pg-boss'));
  }

  private report(error: unknown, where: string): void {
    if (this.options.onError) this.options.onError(error, where);
    else console.error(`[${this.options.subgraph}] händelsefel (${where}):`, error instanceof Error ? error.message : error);
  }

  async start(): Promise<void> {
    await this.boss.start();
    await declare(this.boss, this.options.subgraph, this.options);
    const pollingIntervalSeconds = this.options.pollingIntervalSeconds ?? 0.5;
    for (const consumer of (this.options.consumers ?? []) as readonly EventConsumer[]) {
      await this.boss.work<DeliveredEvent>(queueName(this.options.subgraph, consumer.name), { batchSize: 20, pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) await queryCounter.untracked(() => this.apply(consumer, job.data));
      });
    }
    for (const job of this.options.jobs ?? []) {
      await this.boss.work(queueName(this.options.subgraph, job.name), { pollingIntervalSeconds }, async () => {
        await queryCounter.untracked(() => this.options.orm.em.fork().transactional((em) => job.run(em as EntityManager)));
      });
    }
    for (const task of this.options.tasks ?? []) {
      await this.boss.work<Record<string, unknown>>(queueName(this.options.subgraph, task.name), { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
        if (job) await queryCounter.untracked(() => task.run(this.options.orm, job.data));
      });
    }
    const interval = this.options.relayIntervalMs ?? 250;
    const tick = () => {
      if (this.stopped) return;
      this.relayOnce()
        .catch((err) => this.report(err, 'utkorg'))
        .finally(() => {
          if (!this.stopped) this.relayTimer = setTimeout(tick, interval);
        });
    };
    this.relayTimer = setTimeout(tick, 0);
  }

  /** Applies an event unless this consumer already has (inbox), in one transaction. */
  private async apply(consumer: EventConsumer, event: DeliveredEvent): Promise<void> {
    await this.options.orm.em.fork().transactional(async (em) => {
      const inserted = (await em
        .getConnection()
        .execute(
          `insert into "${this.options.subgraph}".inbox_event (consumer, event_id, topic) values (?, ?, ?) on conflict do nothing returning event_id`,
          [consumer.name, event.id, event.topic],
          'all',
          em.getTransactionContext(),
        )) as unknown[];
      if (inserted.length === 0) return;
      await consumer.handle(em as EntityManager, event);
    });
  }

  /**
   * Publishes what is waiting in the outbox (oldest first; `SKIP LOCKED`, so several instances
   * share the work) and returns how many events it published. Publishing happens before the rows
   * are marked: a crash in between publishes again, and consumers' inboxes drop the repeat.
   */
  relayOnce(): Promise<number> {
    this.relaying ??= queryCounter.untracked(() => this.relayBatch()).finally(() => {
      this.relaying = null;
    });
    return this.relaying;
  }

  private async relayBatch(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.options.orm.em.fork().transactional(async (em) => {
        const rows = await em.find(OutboxEventEntity, { publishedAt: null }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 100, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
        for (const row of rows) {
          const delivered: DeliveredEvent = { id: row.id, topic: row.topic as EventTopic, payload: row.payload as unknown as EventCatalogue[EventTopic] };
          await this.boss.publish(row.topic, delivered as unknown as object);
          row.publishedAt = new Date();
        }
        return rows.length;
      });
      total += count;
      if (count < 100) break;
    }
    if (Date.now() - this.lastCleanup > 3_600_000) {
      this.lastCleanup = Date.now();
      await this.options.orm.em.fork().nativeDelete(OutboxEventEntity, { publishedAt: { $lt: new Date(Date.now() - PUBLISHED_RETENTION_MS) } });
    }
    return total;
  }

  /** Queues a background task of this subgraph; returns the job id (null when an equal job is already queued). */
  async sendTask(name: string, data: object, options: { singletonKey?: string } = {}): Promise<string | null> {
    if (!(this.options.tasks ?? []).some((t) => t.name === name)) throw new Error(`okänd bakgrundsuppgift ${name}`);
    return this.boss.send(queueName(this.options.subgraph, name), data, options.singletonKey ? { singletonKey: options.singletonKey } : {});
  }

  /** Runs a scheduled job now (e.g. "kör gallring nu"); returns the job id. */
  async runJobNow(name: string): Promise<string | null> {
    return this.boss.send(queueName(this.options.subgraph, name), {});
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.relayTimer) clearTimeout(this.relayTimer);
    await this.relaying?.catch(() => undefined);
    await this.boss.stop({ graceful: true, timeout: 5_000, close: true });
  }
}
