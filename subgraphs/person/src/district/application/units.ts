import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { recordChange, snapshot, throwProblems } from '../../organisation/application/organisation-history.js';
import { normaliseUnitCode, validateUnit, type UnitInput } from '../domain/unit-validation.js';
import { DistrictEntity, UnitEntity, type UnitRow } from '../infra/district.entity.js';

const KEYS = ['code', 'name', 'districtCode', 'active'] as const;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function validated(em: EntityManager, input: UnitInput, mode: 'create' | 'update') {
  const code = normaliseUnitCode(input.code);
  const existing = code ? await em.findOne(UnitEntity, { code }) : null;
  const districtCode = (input.districtCode ?? '').trim().toUpperCase();
  const districts = await em.find(DistrictEntity, {});
  // Units belong to districts that have not ended (current, or starting later).
  const current = districts.filter((d) => d.validTo == null || d.validTo >= today()).map((d) => d.code);
  const siblings = districtCode ? await em.find(UnitEntity, { districtCode }) : [];
  const result = validateUnit(input, existing, mode, siblings, current);
  if (!result.ok) throwProblems(result.problems);
  return { value: result.value, existing };
}

/** Adds a unit to a district that has not ended; history row with before = null. */
export async function createUnit(em: EntityManager, identity: Identity, input: UnitInput): Promise<UnitRow> {
  const { value } = await validated(em, input, 'create');
  const row = em.create(UnitEntity, { ...value, active: true });
  recordChange(em, identity, 'UNIT', value.code, null, snapshot(row, KEYS));
  await em.flush();
  return row;
}

/** Renames a unit and/or moves it to another district that has not ended; history row with before and after. */
export async function updateUnit(em: EntityManager, identity: Identity, input: UnitInput): Promise<UnitRow> {
  const { value, existing } = await validated(em, input, 'update');
  const row = existing!;
  const before = snapshot(row, KEYS);
  em.assign(row, { name: value.name, districtCode: value.districtCode });
  const after = snapshot(row, KEYS);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    recordChange(em, identity, 'UNIT', row.code, before, after);
    await em.flush();
  }
  return row;
}

/** Deactivates a unit (never deleted: claims reference its code); history row. */
export async function deactivateUnit(em: EntityManager, identity: Identity, input: { code: string }): Promise<UnitRow> {
  const code = normaliseUnitCode(input.code);
  const row = code ? await em.findOne(UnitEntity, { code }) : null;
  if (!row) throwProblems([{ field: 'code', reason: 'UNKNOWN_UNIT', message: `Enheten ${code || input.code} finns inte.` }]);
  if (!row.active) throwProblems([{ field: 'code', reason: 'UNIT_INACTIVE', message: `${row.name} är redan avvecklad.` }]);
  const before = snapshot(row, KEYS);
  row.active = false;
  recordChange(em, identity, 'UNIT', row.code, before, snapshot(row, KEYS));
  await em.flush();
  return row;
}
