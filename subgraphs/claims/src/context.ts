import type { EntityManager } from '@mikro-orm/postgresql';
import { districtScope } from '@statsbidrag/domain';
import { batchLoader, groupLoader, type IdentityContext } from '@statsbidrag/graphql-kit';
import DataLoader from 'dataloader';
import { overdueSupplementClaimIds } from './claim/application/list-claims.js';
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
import { ClaimMessageEntity, type ClaimMessageRow } from './message/infra/message.entity.js';
import { ClaimAttachmentEntity, type ClaimAttachmentRow } from './attachment/infra/attachment.entity.js';
import { loadContents } from './attachment/application/claim-attachments.js';
import { MigApplicationClaimEntity, MigApplicationEntity, type MigApplicationClaimRow, type MigApplicationRow } from './mig-application/infra/mig-application.entity.js';

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
    /** The claims of a MiG application, in position order. */
    migApplicationClaims: DataLoader<string, MigApplicationClaimRow[]>;
    /** The MiG applications a claim is in, newest first. */
    migApplicationsByClaim: DataLoader<string, { claimId: string; application: MigApplicationRow }[]>;
    /** Has the claim an unanswered supplement request past its reply-by date? (the claim list primes it) */
    claimOverdueSupplement: DataLoader<string, boolean>;
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
    migApplicationClaims: groupLoader(
      (applicationIds) => em.find(MigApplicationClaimEntity, { applicationId: { $in: [...applicationIds] } }, { orderBy: { applicationId: 'asc', position: 'asc' } }),
      (r) => r.applicationId,
    ),
    migApplicationsByClaim: groupLoader(
      async (claimIds) => {
        const links = await em.find(MigApplicationClaimEntity, { claimId: { $in: [...claimIds] } });
        if (!links.length) return [];
        const apps = await em.find(MigApplicationEntity, { id: { $in: [...new Set(links.map((l) => l.applicationId))] } }, { orderBy: { createdAt: 'desc', reference: 'desc' } });
        return apps.flatMap((application) => links.filter((l) => l.applicationId === application.id).map((l) => ({ claimId: l.claimId, application })));
      },
      (r) => r.claimId,
    ),
    claimOverdueSupplement: new DataLoader(async (claimIds) => {
      const overdue = await overdueSupplementClaimIds(em, claimIds);
      return claimIds.map((id) => overdue.has(id));
    }),
    editsByClaim: groupLoader(
      (claimIds) => em.find(ClaimEditEntity, { claimId: { $in: [...claimIds] } }, { orderBy: { changedAt: 'asc', id: 'asc' } }),
      (e) => e.claimId,
    ),
  };
}
