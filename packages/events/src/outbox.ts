import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { EventCatalogue, EventTopic } from './catalogue.js';
import { OutboxEventEntity } from './entities.js';

/**
 * Records an event in the subgraph's outbox. It is written by the caller's next flush, in the
 * caller's transaction: the event exists exactly when the change it reports was committed.
 * `id` makes the event idempotent (e.g. demo data recording the same event on every seed).
 */
export function recordEvent<T extends EventTopic>(em: EntityManager, topic: T, payload: EventCatalogue[T], id: string = randomUUID()): void {
  em.create(OutboxEventEntity, { id, topic, payload: payload as unknown as Record<string, unknown>, createdAt: new Date(), publishedAt: null });
}

/** Records many events at once, skipping ids already in the outbox (for idempotent seeding). */
export async function recordEventsOnce<T extends EventTopic>(em: SqlEntityManager, topic: T, events: readonly { id: string; payload: EventCatalogue[T] }[]): Promise<void> {
  if (events.length === 0) return;
  const now = new Date();
  for (let i = 0; i < events.length; i += 500) {
    await em
      .createQueryBuilder(OutboxEventEntity)
      .insert(events.slice(i, i + 500).map((e) => ({ id: e.id, topic, payload: e.payload as unknown as Record<string, unknown>, createdAt: now, publishedAt: null })))
      .onConflict('id')
      .ignore()
      .execute();
  }
}
