import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { batchLoader, groupLoader, type IdentityContext } from '@statsbidrag/graphql-kit';
import type DataLoader from 'dataloader';
import { flatRateScopeFilter } from './flat-rate-payment/application/flat-rate-access.js';
import { FlatRatePaymentEntity, type FlatRatePaymentRow } from './flat-rate-payment/infra/flat-rate-payment.entity.js';

/** Queues background tasks (the event bus in a running subgraph). */
export interface TaskQueue {
  sendTask(name: string, data: object, options?: { singletonKey?: string }): Promise<string | null>;
}

export interface AllocationContext extends IdentityContext {
  em: EntityManager;
  /** Queues background work (imports). */
  queue: TaskQueue;
  loaders: {
    flatRatePayment: DataLoader<string, FlatRatePaymentRow | null>;
    /** Payments per person, already limited to the caller's districts. */
    flatRatesByPerson: DataLoader<string, FlatRatePaymentRow[]>;
  };
}

/** Per-request context: a forked EntityManager and DataLoaders (one query per batch). */
export function createLoaders(em: EntityManager, identity: Identity): AllocationContext['loaders'] {
  return {
    flatRatePayment: batchLoader(
      (ids) => em.find(FlatRatePaymentEntity, { id: { $in: [...ids] } }),
      (r) => r.id,
    ),
    flatRatesByPerson: groupLoader(
      (personIds) =>
        em.find(
          FlatRatePaymentEntity,
          { personId: { $in: [...personIds] }, ...(flatRateScopeFilter(identity) ?? {}) },
          { orderBy: { paymentDate: 'asc', id: 'asc' } },
        ),
      (r) => r.personId!,
    ),
  };
}
