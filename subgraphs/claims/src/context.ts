import type { EntityManager } from '@mikro-orm/postgresql';
import { districtScope } from '@statsbidrag/domain';
import { batchLoader, groupLoader, type IdentityContext } from '@statsbidrag/graphql-kit';
import DataLoader from 'dataloader';
import {
  ClaimEntity,
  ClaimStatusChangeEntity,
  ClaimSupplementRequestEntity,
  ClaimTypeEntity,
  type ClaimRow,
  type ClaimStatusChangeRow,
  type ClaimSupplementRequestRow,
  type ClaimTypeRow,
} from './claim/infra/claim.entity.js';
import type { Identity } from '@statsbidrag/domain';
import { ClaimMessageEntity, type ClaimMessageRow } from './message/infra/message.entity.js';
import { ClaimAttachmentEntity, type ClaimAttachmentRow } from './attachment/infra/attachment.entity.js';
import { loadContents } from './attachment/application/claim-attachments.js';

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
    /** Messages per claim, oldest first (visibility is filtered by the field). */
    messagesByClaim: DataLoader<string, ClaimMessageRow[]>;
    /** Attachments per claim that were not removed (superseded originals included), oldest first; without content. */
    attachmentsByClaim: DataLoader<string, ClaimAttachmentRow[]>;
    /** An attachment that was not removed, by id, without content (callers check its claim's scope). */
    attachment: DataLoader<string, ClaimAttachmentRow | null>;
    /** The content of attachments (the lazy column), only when a field needs it. */
    attachmentContent: DataLoader<string, Buffer | null>;
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
    messagesByClaim: groupLoader(
      (claimIds) => em.find(ClaimMessageEntity, { claimId: { $in: [...claimIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (m) => m.claimId,
    ),
    attachmentsByClaim: groupLoader(
      (claimIds) => em.find(ClaimAttachmentEntity, { claimId: { $in: [...claimIds] }, removedAt: null }, { orderBy: { uploadedAt: 'asc', id: 'asc' } }),
      (a) => a.claimId,
    ),
    attachment: batchLoader((ids) => em.find(ClaimAttachmentEntity, { id: { $in: [...ids] }, removedAt: null }), (a) => a.id),
    attachmentContent: new DataLoader<string, Buffer | null>(async (ids) => {
      const contents = await loadContents(em, ids);
      return ids.map((id) => contents.get(id) ?? null);
    }),
  };
}
