import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { batchLoader, groupLoader, type IdentityContext } from '@statsbidrag/graphql-kit';
import type DataLoader from 'dataloader';
import { appealScopeFilter } from './appeal/application/appeal-access.js';
import { AppealEntity, type AppealRow } from './appeal/infra/appeal.entity.js';

export interface AppealsContext extends IdentityContext {
  em: EntityManager;
  loaders: {
    appeal: DataLoader<string, AppealRow | null>;
    /** Appeals per decision, latest first, already limited to the caller's districts. */
    appealsByDecision: DataLoader<string, AppealRow[]>;
  };
}

/** Per-request context: a forked EntityManager and DataLoaders (one query per batch). */
export function createLoaders(em: EntityManager, identity: Identity): AppealsContext['loaders'] {
  return {
    appeal: batchLoader(
      (ids) => em.find(AppealEntity, { id: { $in: [...ids] } }),
      (r) => r.id,
    ),
    appealsByDecision: groupLoader(
      (decisionIds) =>
        em.find(
          AppealEntity,
          { decisionId: { $in: [...decisionIds] }, ...(appealScopeFilter(identity) ?? {}) },
          { orderBy: { createdAt: 'desc', id: 'asc' } },
        ),
      (r) => r.decisionId,
    ),
  };
}
