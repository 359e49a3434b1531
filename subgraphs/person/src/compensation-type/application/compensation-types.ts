import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { recordChange, snapshot, throwProblems } from '../../organisation/application/organisation-history.js';
import { normaliseCompensationCode, validateCompensationType, type CompensationTypeInput } from '../domain/compensation-type.js';
import { CompensationTypeEntity, type CompensationTypeRow } from '../infra/compensation-type.entity.js';

const KEYS = ['code', 'groupCode', 'groupName', 'name', 'paidWithApplication', 'validFrom', 'validTo'] as const;

export interface CompensationTypeFilter {
  /** Part of the code, plain text or group name. */
  search?: string | null;
  /** Group code, exactly. */
  group?: string | null;
  paidWithApplication?: boolean | null;
  /** Only codes valid on this date. */
  validOn?: string | null;
}

/** Compensation types matching the filter, by group and code; one statement for the page and one for the count. */
export function findCompensationTypes(em: EntityManager, filter: CompensationTypeFilter, limit: number, offset: number): Promise<[CompensationTypeRow[], number]> {
  const where: Record<string, unknown>[] = [];
  const search = filter.search?.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push({ $or: [{ code: { $ilike: like } }, { name: { $ilike: like } }, { groupName: { $ilike: like } }, { groupCode: { $ilike: like } }] });
  }
  if (filter.group?.trim()) where.push({ groupCode: filter.group.trim().toUpperCase() });
  if (filter.paidWithApplication != null) where.push({ paidWithApplication: filter.paidWithApplication });
  if (filter.validOn) where.push({ validFrom: { $lte: filter.validOn } }, { $or: [{ validTo: null }, { validTo: { $gte: filter.validOn } }] });
  return em.findAndCount(CompensationTypeEntity, where.length ? { $and: where } : {}, { orderBy: { groupCode: 'asc', code: 'asc' }, limit, offset });
}

function toRowValues(value: ReturnType<typeof validateCompensationType> & { ok: true }) {
  const v = value.value;
  return { code: v.code, groupCode: v.group, groupName: v.groupName, name: v.name, paidWithApplication: v.paidWithApplication, validFrom: v.validFrom, validTo: v.validTo };
}

/** Adds a code (unique); history row with before = null. */
export async function createCompensationType(em: EntityManager, identity: Identity, input: CompensationTypeInput): Promise<CompensationTypeRow> {
  const code = normaliseCompensationCode(input.code);
  const exists = code ? (await em.count(CompensationTypeEntity, { code })) > 0 : false;
  const result = validateCompensationType(input, exists, 'create');
  if (!result.ok) throwProblems(result.problems);
  const row = em.create(CompensationTypeEntity, { ...toRowValues(result), updatedAt: new Date(), updatedBy: identity.sub });
  recordChange(em, identity, 'COMPENSATION_TYPE', row.code, null, snapshot(row, KEYS));
  await em.flush();
  return row;
}

/** Changes a code's group, text, payment kind or validity; history row with before and after. */
export async function updateCompensationType(em: EntityManager, identity: Identity, input: CompensationTypeInput): Promise<CompensationTypeRow> {
  const code = normaliseCompensationCode(input.code);
  const existing = code ? await em.findOne(CompensationTypeEntity, { code }) : null;
  const result = validateCompensationType(input, existing !== null, 'update');
  if (!result.ok) throwProblems(result.problems);
  const row = existing!;
  const before = snapshot(row, KEYS);
  em.assign(row, toRowValues(result));
  const after = snapshot(row, KEYS);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    em.assign(row, { updatedAt: new Date(), updatedBy: identity.sub });
    recordChange(em, identity, 'COMPENSATION_TYPE', row.code, before, after);
    await em.flush();
  }
  return row;
}
