import { isIsoDate } from '@statsbidrag/domain';
import type { FieldProblem, Validated } from '../../organisation/domain/organisation-validation.js';
import { isValidOn, type DistrictValidity } from './district-validity.js';

/**
 * Rules for the system administrator's district register (stadsdelar with validity and successor).
 * Pure: the caller passes every district there is (a dozen rows).
 */
export interface DistrictInput {
  code: string;
  name: string;
  validFrom: string;
  validTo?: string | null;
  successorCode?: string | null;
}
export interface ValidDistrict { code: string; name: string; validFrom: string; validTo: string | null; successorCode: string | null }
export interface KnownDistrict extends DistrictValidity { name: string }

/** A district code: capital letters A–Z, digits and `_`, 2–40 characters, starting with a letter (e.g. `NORRA_INNERSTADEN`). */
export const DISTRICT_CODE_RE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** The calendar day after an ISO date (ÅÅÅÅ-MM-DD). */
export function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Normalises a code typed by a person: trimmed, upper case, spaces and hyphens as `_`, Å/Ä/Ö as A/A/O. */
export function normaliseDistrictCode(value: string): string {
  return (value ?? '')
    .trim()
    .toUpperCase()
    .replace(/[ÅÄ]/g, 'A')
    .replace(/Ö/g, 'O')
    .replace(/[\s-]+/g, '_');
}

/**
 * Validates a new (`mode: 'create'`) or changed (`'update'`) district against all districts.
 * Returns every problem, at most one per field, each with a Swedish message and a stable reason.
 */
export function validateDistrict(input: DistrictInput, districts: readonly KnownDistrict[], mode: 'create' | 'update'): Validated<ValidDistrict> {
  const problems: FieldProblem[] = [];
  const has = (field: string) => problems.some((p) => p.field === field);
  const add = (field: string, reason: string, message: string) => {
    if (!has(field)) problems.push({ field, reason, message });
  };
  const value: ValidDistrict = {
    code: normaliseDistrictCode(input.code),
    name: (input.name ?? '').trim().replace(/\s+/g, ' '),
    validFrom: (input.validFrom ?? '').trim(),
    validTo: input.validTo?.trim() || null,
    successorCode: input.successorCode ? normaliseDistrictCode(input.successorCode) || null : null,
  };
  const byCode = new Map(districts.map((d) => [d.code, d]));

  if (!value.code) add('code', 'REQUIRED', 'Kod måste anges.');
  else if (!DISTRICT_CODE_RE.test(value.code)) {
    add('code', 'FORMAT', 'Koden ska ha 2–40 tecken: versaler A–Z, siffror eller understreck och börja med en bokstav, t.ex. NORRA_INNERSTADEN.');
  } else if (mode === 'create' && byCode.has(value.code)) add('code', 'DUPLICATE_CODE', `Det finns redan en stadsdel med koden ${value.code}.`);
  else if (mode === 'update' && !byCode.has(value.code)) add('code', 'UNKNOWN_DISTRICT', `Stadsdelen ${value.code} finns inte.`);

  if (!value.name) add('name', 'REQUIRED', 'Namn måste anges.');
  else if (value.name.length > 100) add('name', 'TOO_LONG', 'Namnet får vara högst 100 tecken.');
  else {
    const same = districts.find((d) => d.code !== value.code && d.name.toLocaleLowerCase('sv-SE') === value.name.toLocaleLowerCase('sv-SE') && overlaps(d, value));
    if (same) add('name', 'DUPLICATE_NAME', `Stadsdelen ${same.name} (${same.code}) gäller redan under samma tid.`);
  }

  if (!value.validFrom) add('validFrom', 'REQUIRED', 'Giltig från måste anges.');
  else if (!isIsoDate(value.validFrom)) add('validFrom', 'FORMAT', 'Giltig från ska vara ett datum ÅÅÅÅ-MM-DD.');
  if (value.validTo && !isIsoDate(value.validTo)) add('validTo', 'FORMAT', 'Giltig till ska vara ett datum ÅÅÅÅ-MM-DD.');
  if (!has('validFrom') && !has('validTo') && value.validTo && value.validTo < value.validFrom) {
    add('validTo', 'VALID_TO_BEFORE_FROM', `Giltig till (${value.validTo}) kan inte vara före giltig från (${value.validFrom}).`);
  }

  if (value.successorCode) {
    const successor = byCode.get(value.successorCode);
    if (value.successorCode === value.code) add('successorCode', 'SELF_SUCCESSOR', 'En stadsdel kan inte efterträda sig själv.');
    else if (!successor) add('successorCode', 'UNKNOWN_SUCCESSOR', `Efterträdaren ${value.successorCode} finns inte.`);
    else if (leadsBackTo(value.successorCode, value.code, byCode)) {
      add('successorCode', 'SUCCESSOR_CYCLE', `${successor.name} leder tillbaka till stadsdelen: efterträdarna får inte gå i cirkel.`);
    } else if (!value.validTo) add('validTo', 'SUCCESSOR_NEEDS_VALID_TO', 'En stadsdel med efterträdare måste ha ett slutdatum (giltig till).');
    else if (!has('validTo') && !isValidOn(successor, dayAfter(value.validTo))) {
      add('successorCode', 'SUCCESSOR_NOT_VALID', `${successor.name} gäller inte ${dayAfter(value.validTo)}, dagen efter att stadsdelen upphör.`);
    }
  }

  // Districts that name this one as successor must still find it valid the day after they end.
  if (mode === 'update' && value.validFrom && !has('validTo') && !has('validFrom')) {
    const orphan = districts.find((d) => d.successorCode === value.code && d.code !== value.code && d.validTo && !isValidOn(value, dayAfter(d.validTo)));
    if (orphan) {
      const field = value.validFrom > dayAfter(orphan.validTo!) ? 'validFrom' : 'validTo';
      add(field, 'PREDECESSOR_GAP', `${orphan.name} har stadsdelen som efterträdare från ${dayAfter(orphan.validTo!)}; giltighetstiden måste omfatta den dagen.`);
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

function overlaps(a: { validFrom: string; validTo?: string | null }, b: { validFrom: string; validTo?: string | null }): boolean {
  if (!a.validFrom || !b.validFrom) return false;
  const aEnd = a.validTo ?? '9999-12-31';
  const bEnd = b.validTo ?? '9999-12-31';
  return a.validFrom <= bEnd && b.validFrom <= aEnd;
}

/** Does following successors from `start` reach `target`? (A chain that already loops elsewhere stops.) */
function leadsBackTo(start: string, target: string, byCode: ReadonlyMap<string, KnownDistrict>): boolean {
  const seen = new Set<string>();
  let code: string | null | undefined = start;
  while (code && !seen.has(code)) {
    if (code === target) return true;
    seen.add(code);
    code = byCode.get(code)?.successorCode;
  }
  return false;
}
