import { QueryOrder, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, type Identity } from '@statsbidrag/domain';
import { decodeCursor, pageSize, toPage, ValidationError, type FieldProblem, type Page } from '@statsbidrag/graphql-kit';
import type DataLoader from 'dataloader';
import { claimScope } from '../../context.js';
import { ClaimEntity, ClaimSupplementRequestEntity, ClaimTypeEntity, type ClaimRow } from '../infra/claim.entity.js';
import type { ClaimFilterInput, ClaimOrderInput } from '../graphql/claim.input.js';
import { stockholmDate } from './change-claim-status.js';

const ORDER_COLUMNS = {
  CREATED_AT: 'createdAt',
  AMOUNT: 'amountOre',
  PERIOD_FROM: 'periodFrom',
  PERIOD_TO: 'periodTo',
  STATUS: 'status',
  CLAIM_TYPE: 'claimTypeName',
  DISTRICT: 'districtCode',
  MIG_CASE_NUMBER: 'migCaseNumber',
  RESPONSIBLE: 'responsibleUsername',
  UNIT: 'unitCode',
  UPDATED_AT: 'updatedAt',
} as const;

/** A listed claim with whether it has an overdue supplement request (computed in the same statement). */
export type ListedClaimRow = ClaimRow & { hasOverdueSupplement: boolean };

/** Loaders the list primes so that the field resolvers of the listed claims need no further statements. */
export interface ListLoaders {
  claim?: DataLoader<string, ClaimRow | null>;
  claimOverdueSupplement?: DataLoader<string, boolean>;
}

export interface ListClaimsArgs {
  filter?: ClaimFilterInput | null;
  first?: number | null;
  after?: string | null;
  /** Number of claims to skip (page N = (N - 1) × first); wins over `after`. */
  offset?: number | null;
  orderBy?: ClaimOrderInput | null;
}

const trimmed = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};
const escapeLike = (v: string): string => v.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Swedish problems with the filter and paging, all at once. */
export function checkListArgs(args: ListClaimsArgs): FieldProblem[] {
  const f = args.filter ?? {};
  const problems: FieldProblem[] = [];
  if (f.amountMin != null && f.amountMin < 0) problems.push({ field: 'filter.amountMin', reason: 'NEGATIVE', message: 'Belopp från kan inte vara negativt.' });
  if (f.amountMax != null && f.amountMax < 0) problems.push({ field: 'filter.amountMax', reason: 'NEGATIVE', message: 'Belopp till kan inte vara negativt.' });
  if (f.amountMin != null && f.amountMax != null && f.amountMin > f.amountMax) {
    problems.push({ field: 'filter.amountMin', reason: 'RANGE', message: 'Belopp från kan inte vara större än belopp till.' });
  }
  if (f.periodFrom && f.periodTo && f.periodFrom > f.periodTo) {
    problems.push({ field: 'filter.periodFrom', reason: 'RANGE', message: 'Period från kan inte vara senare än period till.' });
  }
  const ids = [...(f.personIds ?? []), ...(f.personId ? [f.personId] : [])];
  if (ids.some((id) => !isUuid(id))) problems.push({ field: f.personIds?.length ? 'filter.personIds' : 'filter.personId', reason: 'INVALID', message: 'Ogiltigt person-id.' });
  if (args.offset != null && (!Number.isInteger(args.offset) || args.offset < 0)) {
    problems.push({ field: 'offset', reason: 'INVALID', message: 'Antal poster att hoppa över (offset) måste vara 0 eller mer.' });
  }
  return problems;
}

/** The filter as MikroORM conditions (combined with AND), without the caller's district scope. */
function conditions(f: ClaimFilterInput): Record<string, unknown>[] {
  const and: Record<string, unknown>[] = [];
  if (f.statuses?.length) and.push({ status: { $in: f.statuses } });
  if (f.districtCode) and.push({ districtCode: f.districtCode });
  if (f.districtCodes) and.push({ districtCode: { $in: f.districtCodes } });
  if (trimmed(f.unitCode)) and.push({ unitCode: trimmed(f.unitCode) });
  if (trimmed(f.officerUsername)) and.push({ officerUsername: trimmed(f.officerUsername) });
  if (trimmed(f.responsibleUsername)) and.push({ responsibleUsername: trimmed(f.responsibleUsername) });
  if (f.responsibleIsGroup != null) and.push({ responsibleUsername: f.responsibleIsGroup ? null : { $ne: null } });
  if (f.claimTypeCode) and.push({ claimTypeCode: f.claimTypeCode });
  if (f.claimTypeCodes) and.push({ claimTypeCode: { $in: f.claimTypeCodes } });
  // Overlap with [from, to]: a claim without a period (an AmF proposal not yet filled in) does not overlap.
  if (f.periodFrom) and.push({ periodTo: { $gte: f.periodFrom } });
  if (f.periodTo) and.push({ periodFrom: { $lte: f.periodTo } });
  if (f.amountMin != null) and.push({ amountOre: { $gte: f.amountMin } });
  if (f.amountMax != null) and.push({ amountOre: { $lte: f.amountMax } });
  if (f.personId) and.push({ personId: f.personId });
  if (f.personIds) and.push({ personId: { $in: f.personIds } });
  const migCase = trimmed(f.migCaseNumber);
  if (migCase) and.push({ migCaseNumber: { $ilike: `%${escapeLike(migCase)}%` } });
  if (f.initiatedBy) and.push({ initiatedBy: f.initiatedBy });
  return and;
}

/** The schema-qualified table name of an entity, for raw SQL. */
function qualified(em: EntityManager, entity: typeof ClaimSupplementRequestEntity | typeof ClaimTypeEntity): string {
  const meta = em.getMetadata(entity as typeof ClaimTypeEntity);
  const schema = meta.schema ?? em.config.get('schema');
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}

/** Is there an unanswered supplement request whose reply-by date has passed? (`?` = today in Stockholm.) */
function overdueSql(em: EntityManager): string {
  return `select 1 from ${qualified(em, ClaimSupplementRequestEntity)} s where s.claim_id = c.id and s.answered_at is null and s.reply_by < ?`;
}

/**
 * One page of claims the caller may see. The total comes from a window function in the same
 * statement, so a list costs one SQL statement (two when a page after the last one is asked for).
 * The listed rows are primed into the given loaders, so that the claims' own fields need no more.
 */
export async function listClaims(em: EntityManager, identity: Identity, args: ListClaimsArgs, loaders: ListLoaders = {}): Promise<Page<ListedClaimRow>> {
  const problems = checkListArgs(args);
  if (problems.length) throw ValidationError.of(problems);
  const limit = pageSize(args.first);
  const offset = args.offset ?? decodeCursor(args.after);
  const today = stockholmDate();
  const filter = args.filter ?? {};
  const where = { $and: [...conditions(filter), claimScope(identity)] };
  const overdue = overdueSql(em);
  const field = ORDER_COLUMNS[args.orderBy?.field ?? 'CREATED_AT'];
  // Claim types sort by their name (what the user reads), not their code.
  const column = field === 'claimTypeName' ? raw(`(select t.name from ${qualified(em, ClaimTypeEntity)} t where t.code = c.claim_type_code)`) : field;
  const direction = args.orderBy?.direction === 'ASC' ? QueryOrder.ASC_NULLS_LAST : QueryOrder.DESC_NULLS_LAST;

  const filtered = () => {
    const qb = em.createQueryBuilder(ClaimEntity, 'c').where(where as never);
    if (filter.overdue != null) qb.andWhere(`${filter.overdue ? '' : 'not '}exists (${overdue})`, [today]);
    return qb;
  };
  const qb = filtered()
    .select(['*'])
    .addSelect(raw(`exists (${overdue}) as "hasOverdueSupplement"`, [today]) as never)
    .addSelect(raw('count(*) over() as "totalCount"') as never)
    .orderBy([{ [column]: direction }, { id: QueryOrder.ASC }])
    .limit(limit)
    .offset(offset);
  const rows = (await qb.execute('all', true)) as unknown as (ListedClaimRow & { totalCount: string | number })[];
  let total = rows.length ? Number(rows[0]!.totalCount) : 0;
  if (!rows.length && offset > 0) {
    total = await filtered().getCount();
  }
  const claims = rows.map(({ totalCount: _ignored, ...row }) => ({ ...row, hasOverdueSupplement: Boolean(row.hasOverdueSupplement) }) as ListedClaimRow);
  for (const c of claims) {
    loaders.claim?.prime(c.id, c);
    loaders.claimOverdueSupplement?.prime(c.id, c.hasOverdueSupplement);
  }
  return toPage(claims, offset, total);
}

/** Which of the given claims have an overdue supplement request (for claims not loaded through the list). */
export async function overdueSupplementClaimIds(em: EntityManager, claimIds: readonly string[]): Promise<Set<string>> {
  const rows = await em.find(
    ClaimSupplementRequestEntity,
    { claimId: { $in: [...claimIds] }, answeredAt: null, replyBy: { $lt: stockholmDate() } },
    { fields: ['claimId'] },
  );
  return new Set(rows.map((r) => r.claimId));
}
