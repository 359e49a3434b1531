import { isUuid } from '@statsbidrag/domain';
import { decodeCursor, pageSize, toPage, ValidationError } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { AuditEntryEntity } from '../infra/audit-entry.entity.js';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type.js';
import { AuditLogFilterInput } from './audit-log-filter.input.js';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Authorized(['SYSTEM_ADMIN'])
  @Query(() => AuditEntryConnection, { description: 'Granskningsloggen: vem som läst vems identitetsuppgifter och när. Endast systemansvarig.' })
  async auditLog(
    @Ctx() { em }: PersonContext,
    @Arg('filter', () => AuditLogFilterInput, { nullable: true }) filter?: AuditLogFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEntryConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const where: Record<string, unknown> = {};
    if (filter?.personId) {
      if (!isUuid(filter.personId)) throw new ValidationError('personId', 'Ogiltigt person-id.');
      where.personId = filter.personId;
    }
    if (filter?.username) where.username = filter.username.trim();
    if (filter?.from || filter?.to) {
      where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    }
    const [rows, total] = await em.findAndCount(AuditEntryEntity, where, { orderBy: { at: 'desc', id: 'asc' }, limit, offset });
    const entries: AuditEntry[] = rows.map((r) => ({ id: r.id, at: r.at, username: r.username, personId: r.personId, subjectType: r.subjectType, fields: [...r.fields], operation: r.operation }));
    return toPage(entries, offset, total);
  }
}
