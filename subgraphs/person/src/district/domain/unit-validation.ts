import type { FieldProblem, Validated } from '../../organisation/domain/organisation-validation.js';

/**
 * Rules for units (enheter) inside a district. Units are never deleted (claims reference their
 * codes); they are deactivated instead, and an inactive unit cannot be moved or renamed.
 */
export interface UnitInput { code: string; name: string; districtCode: string }
export interface KnownUnit { code: string; name: string; districtCode: string; active: boolean }

/** A unit code: capital letters A–Z, digits and `_`, 2–60 characters, e.g. `JARVA_IFO`. */
export const UNIT_CODE_RE = /^[A-Z0-9][A-Z0-9_]{1,59}$/;

export function normaliseUnitCode(value: string): string {
  return (value ?? '')
    .trim()
    .toUpperCase()
    .replace(/[ÅÄ]/g, 'A')
    .replace(/Ö/g, 'O')
    .replace(/[\s-]+/g, '_');
}

/**
 * Validates a new unit (`existing` null) or a change of name/district of `existing`.
 * `currentDistrictCodes`: districts that have not ended (a unit can only belong to one of them).
 */
export function validateUnit(input: UnitInput, existing: KnownUnit | null, mode: 'create' | 'update', siblings: readonly KnownUnit[], currentDistrictCodes: readonly string[]): Validated<UnitInput> {
  const problems: FieldProblem[] = [];
  const value: UnitInput = {
    code: normaliseUnitCode(input.code),
    name: (input.name ?? '').trim().replace(/\s+/g, ' '),
    districtCode: (input.districtCode ?? '').trim().toUpperCase(),
  };
  if (!value.code) problems.push({ field: 'code', reason: 'REQUIRED', message: 'Kod måste anges.' });
  else if (!UNIT_CODE_RE.test(value.code)) {
    problems.push({ field: 'code', reason: 'FORMAT', message: 'Koden ska ha 2–60 tecken: versaler A–Z, siffror eller understreck, t.ex. JARVA_IFO.' });
  } else if (mode === 'create' && existing) problems.push({ field: 'code', reason: 'DUPLICATE_CODE', message: `Det finns redan en enhet med koden ${value.code} (${existing.name}).` });
  else if (mode === 'update' && !existing) problems.push({ field: 'code', reason: 'UNKNOWN_UNIT', message: `Enheten ${value.code} finns inte.` });
  else if (mode === 'update' && existing && !existing.active) {
    problems.push({ field: 'code', reason: 'UNIT_INACTIVE', message: `${existing.name} är avvecklad och kan inte ändras.` });
  }

  if (!value.name) problems.push({ field: 'name', reason: 'REQUIRED', message: 'Namn måste anges.' });
  else if (value.name.length > 150) problems.push({ field: 'name', reason: 'TOO_LONG', message: 'Namnet får vara högst 150 tecken.' });
  else {
    const twin = siblings.find((u) => u.active && u.code !== value.code && u.districtCode === value.districtCode && u.name.toLocaleLowerCase('sv-SE') === value.name.toLocaleLowerCase('sv-SE'));
    if (twin) problems.push({ field: 'name', reason: 'DUPLICATE_NAME', message: `Stadsdelen har redan en enhet som heter ${twin.name}.` });
  }

  if (!value.districtCode) problems.push({ field: 'districtCode', reason: 'REQUIRED', message: 'Stadsdel måste anges.' });
  else if (!currentDistrictCodes.includes(value.districtCode)) {
    problems.push({ field: 'districtCode', reason: 'UNKNOWN_DISTRICT', message: `Stadsdelen ${value.districtCode} finns inte eller har upphört.` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value };
}
