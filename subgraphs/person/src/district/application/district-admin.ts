import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { recordChange, snapshot, throwProblems } from '../../organisation/application/organisation-history.js';
import { validateDistrict, type DistrictInput } from '../domain/district-validation.js';
import { DistrictEntity, type DistrictRow } from '../infra/district.entity.js';

const KEYS = ['code', 'name', 'validFrom', 'validTo', 'successorCode'] as const;

async function validated(em: EntityManager, input: DistrictInput, mode: 'create' | 'update') {
  const all = await em.find(DistrictEntity, {});
  const result = validateDistrict(input, all, mode);
  if (!result.ok) throwProblems(result.problems);
  return { value: result.value, existing: all.find((d) => d.code === result.value.code) ?? null };
}

/** Adds a district (stadsdel) with validity and optional successor; history row with before = null. */
export async function createDistrict(em: EntityManager, identity: Identity, input: DistrictInput): Promise<DistrictRow> {
  const { value } = await validated(em, input, 'create');
  const row = em.create(DistrictEntity, { ...value, contactUsername: null });
  recordChange(em, identity, 'DISTRICT', value.code, null, snapshot(row, KEYS));
  await em.flush();
  return row;
}

/** Changes a district's name, validity or successor; history row with before and after. */
export async function updateDistrict(em: EntityManager, identity: Identity, input: DistrictInput): Promise<DistrictRow> {
  const { value, existing } = await validated(em, input, 'update');
  const row = existing!;
  const before = snapshot(row, KEYS);
  em.assign(row, { name: value.name, validFrom: value.validFrom, validTo: value.validTo, successorCode: value.successorCode });
  const after = snapshot(row, KEYS);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    recordChange(em, identity, 'DISTRICT', row.code, before, after);
    await em.flush();
  }
  return row;
}
