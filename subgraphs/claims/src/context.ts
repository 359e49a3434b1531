import type { EntityManager } from '@mikro-orm/postgresql';
import { districtScope } from '@statsbidrag/domain';
import { batchLoader, groupLoader, type IdentityContext } from '@statsbidrag/graphql-kit';
import type DataLoader from 'dataloader';
import {
  ClaimEditEntity,
  ClaimEntity,
  ClaimStatusChangeEntity,
  ClaimSupplementRequestEntity,
  ClaimTypeEntity,
  type ClaimEditRow,
  type ClaimRow,
  type ClaimStatusChangeRow,
  type ClaimSupplementRequestRow,
  type ClaimTypeRow,
} from './claim/infra/claim.entity.js';
import type { Identity } from '@statsbidrag/domain';

export interface ClaimsContext extends IdentityContext {
  em: EntityManager;
  loaders: {
    claimType: DataLoader<string, ClaimTypeRow | null>;
    claimsByPerson: DataLoader<string, ClaimRow[]>;
    claim: DataLoader<string, ClaimRow | null>;
    /** Status changes per claim, oldest first (callers pass only claims they may see). */
    historyByClaim: DataLoader<string, ClaimStatusChangeRow[]>;
    /** Supplement requests per claim, oldest first. */
    supplementsByClaim: DataLoader<string, ClaimSupplementRequestRow[]>;
    /** Edits of the details per claim, oldest first (callers pass only claims they may see). */
    editsByClaim: DataLoader<string, ClaimEditRow[]>;
  };
}

/** MikroORM condition for the caller's districts (empty object = all). */
export function claimScope(identity: Identity): { districtCode?: { $in: string[] } } {
  const scope = districtScope(identity);
  return scope === null ? {} : { districtCode: { $in: scope } };
}

export function createLoaders(em: EntityManager, identity: Identity): ClaimsContext['loaders'] {
  return {
    claimType: batchLoader((codes) => em.find(ClaimTypeEntity, { code: { $in: [...codes] } }), (t) => t.code),
    claimsByPerson: groupLoader(
      (personIds) => em.find(ClaimEntity, { personId: { $in: [...personIds] }, ...claimScope(identity) }, { orderBy: { createdAt: 'desc', id: 'asc' } }),
      (c) => c.personId,
    ),
    claim: batchLoader((ids) => em.find(ClaimEntity, { id: { $in: [...ids] }, ...claimScope(identity) }), (c) => c.id),
    historyByClaim: groupLoader(
      (claimIds) => em.find(ClaimStatusChangeEntity, { claimId: { $in: [...claimIds] } }, { orderBy: { changedAt: 'asc', id: 'asc' } }),
      (h) => h.claimId,
    ),
    supplementsByClaim: groupLoader(
      (claimIds) => em.find(ClaimSupplementRequestEntity, { claimId: { $in: [...claimIds] } }, { orderBy: { requestedAt: 'asc', id: 'asc' } }),
      (s) => s.claimId,
    ),
    editsByClaim: groupLoader(
      (claimIds) => em.find(ClaimEditEntity, { claimId: { $in: [...claimIds] } }, { orderBy: { changedAt: 'asc', id: 'asc' } }),
      (e) => e.claimId,
    ),
  };
}
