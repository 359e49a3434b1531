import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { batchLoader, groupLoader, type IdentityContext } from '@statsbidrag/graphql-kit';
import type DataLoader from 'dataloader';
import type { TaskQueue } from './import/application/import-jobs.js';
import { decisionScopeFilter } from './decision/application/decision-access.js';
import { DecisionEntity, type DecisionRow } from './decision/infra/decision.entity.js';
import { RecoveryMessageEntity, RecoveryOffsetEntity, type RecoveryMessageRow, type RecoveryOffsetRow } from './recovery/infra/recovery.entity.js';

export interface DecisionsContext extends IdentityContext {
  em: EntityManager;
  /** Queues background work (imports). */
  queue: TaskQueue;
  loaders: {
    decision: DataLoader<string, DecisionRow | null>;
    /** Decisions per claim, latest first, already limited to the caller's districts. */
    decisionsByClaim: DataLoader<string, DecisionRow[]>;
    /** A recovery's offsets and messages, oldest first (the caller has already seen the recovery). */
    recoveryOffsets: DataLoader<string, RecoveryOffsetRow[]>;
    recoveryMessages: DataLoader<string, RecoveryMessageRow[]>;
  };
}

/** Per-request context: a forked EntityManager and DataLoaders (one query per batch). */
export function createLoaders(em: EntityManager, identity: Identity): DecisionsContext['loaders'] {
  return {
    decision: batchLoader(
      (ids) => em.find(DecisionEntity, { id: { $in: [...ids] } }),
      (r) => r.id,
    ),
    decisionsByClaim: groupLoader(
      (claimIds) =>
        em.find(
          DecisionEntity,
          { claimId: { $in: [...claimIds] }, ...(decisionScopeFilter(identity) ?? {}) },
          { orderBy: { decidedAt: 'desc', createdAt: 'desc', id: 'asc' } },
        ),
      (r) => r.claimId!,
    ),
    recoveryOffsets: groupLoader(
      (ids) => em.find(RecoveryOffsetEntity, { recoveryId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (r) => r.recoveryId,
    ),
    recoveryMessages: groupLoader(
      (ids) => em.find(RecoveryMessageEntity, { recoveryId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (r) => r.recoveryId,
    ),
  };
}
