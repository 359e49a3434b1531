import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Utkorg (transactional outbox): an event is written in the same transaction as the change it
 * reports, in the publishing subgraph's own schema; the relay hands it to the queue afterwards.
 * Published rows are kept a week for tracing, then deleted.
 */
export const OutboxEventEntity = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  properties: {
    id: p.uuid().primary(),
    topic: p.string(),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().defaultRaw('now()'),
    publishedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['publishedAt', 'createdAt'] }],
});
export type OutboxEventRow = InferEntity<typeof OutboxEventEntity>;

/** Inkorg: the events a consumer has applied, so a redelivered event changes nothing. */
export const InboxEventEntity = defineEntity({
  name: 'InboxEvent',
  tableName: 'inbox_event',
  properties: {
    consumer: p.string().primary(),
    eventId: p.uuid().primary(),
    topic: p.string(),
    processedAt: p.datetime().defaultRaw('now()'),
  },
});
export type InboxEventRow = InferEntity<typeof InboxEventEntity>;

/** Register these in every subgraph's entity list (its migrations create the two tables). */
export const EVENT_ENTITIES = [OutboxEventEntity, InboxEventEntity] as const;
