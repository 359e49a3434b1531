import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { decodeCursor, pageSize, toPage, type Page } from '@statsbidrag/graphql-kit';
import { claimScope } from '../../context.js';
import { ClaimEntity, type ClaimRow } from '../infra/claim.entity.js';
import type { ClaimFilterInput, ClaimOrderInput } from '../graphql/claim.input.js';

const ORDER_COLUMNS = { CREATED_AT: 'createdAt', AMOUNT: 'amountOre', PERIOD_FROM: 'periodFrom', STATUS: 'status' } as const;

/**
 * One page of claims the caller may see. The total comes from a window function in the same
 * statement, so a list costs one SQL statement.
 */
export async function listClaims(
  em: EntityManager,
  identity: Identity,
  args: { filter?: ClaimFilterInput | null; first?: number | null; after?: string | null; orderBy?: ClaimOrderInput | null },
): Promise<Page<ClaimRow>> {
  const limit = pageSize(args.first);
  const offset = decodeCursor(args.after);
  const f = args.filter ?? {};
  const where = {
    ...(f.statuses?.length ? { status: { $in: f.statuses } } : {}),
    ...(f.claimTypeCode ? { claimTypeCode: f.claimTypeCode } : {}),
    ...(f.personId ? { personId: f.personId } : {}),
    ...(f.districtCode ? { districtCode: f.districtCode } : {}),
  };
  const scope = claimScope(identity);
  const column = ORDER_COLUMNS[args.orderBy?.field ?? 'CREATED_AT'];
  const direction = args.orderBy?.direction === 'ASC' ? 'asc' : 'desc';

  const qb = em
    .createQueryBuilder(ClaimEntity, 'c')
    .select(['*'])
    .addSelect(raw('count(*) over() as "totalCount"') as never)
    .where(where)
    .andWhere(scope)
    .orderBy([{ [column]: direction }, { id: 'asc' }])
    .limit(limit)
    .offset(offset);
  const rows = (await qb.execute('all', true)) as unknown as (ClaimRow & { totalCount: string | number })[];
  let total = rows.length ? Number(rows[0]!.totalCount) : 0;
  if (!rows.length && offset > 0) {
    total = await em.count(ClaimEntity, { ...where, ...scope });
  }
  const claims = rows.map(({ totalCount: _ignored, ...row }) => row as ClaimRow);
  return toPage(claims, offset, total);
}
