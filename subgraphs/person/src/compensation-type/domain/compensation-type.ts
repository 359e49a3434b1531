import { isIsoDate } from '@statsbidrag/domain';
import type { FieldProblem, Validated } from '../../organisation/domain/organisation-validation.js';

/**
 * MiG's compensation codes ("Ersättningskoder för kommuner": GRUPP · KOD · KLARTEXT), with whether
 * the compensation is paid after an application (återsökning) or without one (schablon), and the
 * dates the code is used. Återkrav (recovery) codes start with `Å-`.
 */
export interface CompensationTypeInput {
  code: string;
  group: string;
  groupName: string;
  name: string;
  paidWithApplication: boolean;
  validFrom: string;
  validTo?: string | null;
}
export interface ValidCompensationType extends Omit<CompensationTypeInput, 'validTo'> { validTo: string | null }

/** A code: capital letters (Å, Ä, Ö included) and digits, parts joined by `-`, at most 12 characters: GSKA, BUV-A, Å-FSK. */
export const COMPENSATION_CODE_RE = /^[A-ZÅÄÖ0-9]+(-[A-ZÅÄÖ0-9]+)*$/;
/** A group code: like a code, up to 20 characters (LMA, SKOLA, BUV-F). */
export const GROUP_CODE_RE = /^[A-ZÅÄÖ0-9]+([- ][A-ZÅÄÖ0-9]+)*$/;

export function normaliseCompensationCode(value: string): string {
  return (value ?? '').trim().toUpperCase().replace(/\s*-\s*/g, '-');
}

/** Återkrav: MiG demands money back; the code starts with `Å`. */
export function isRecoveryCode(code: string): boolean {
  return code.startsWith('Å');
}

export function isCompensationTypeValidOn(t: { validFrom: string; validTo?: string | null }, date: string): boolean {
  return t.validFrom <= date && (t.validTo == null || t.validTo >= date);
}

/** An återsökningstyp: paid after an application, not a recovery code. */
export function isClaimType(t: { code: string; paidWithApplication: boolean }): boolean {
  return t.paidWithApplication && !isRecoveryCode(t.code);
}

/**
 * Validates a new (`exists` false) or changed compensation type. `exists`: whether the code is
 * already in the table. Returns every problem, one per field.
 */
export function validateCompensationType(input: CompensationTypeInput, exists: boolean, mode: 'create' | 'update'): Validated<ValidCompensationType> {
  const problems: FieldProblem[] = [];
  const add = (field: string, reason: string, message: string) => {
    if (!problems.some((p) => p.field === field)) problems.push({ field, reason, message });
  };
  const value: ValidCompensationType = {
    code: normaliseCompensationCode(input.code),
    group: (input.group ?? '').trim().toUpperCase().replace(/\s+/g, ' '),
    groupName: (input.groupName ?? '').trim().replace(/\s+/g, ' '),
    name: (input.name ?? '').trim().replace(/\s+/g, ' '),
    paidWithApplication: input.paidWithApplication,
    validFrom: (input.validFrom ?? '').trim(),
    validTo: input.validTo?.trim() || null,
  };
  if (!value.code) add('code', 'REQUIRED', 'Kod måste anges.');
  else if (value.code.length > 12 || !COMPENSATION_CODE_RE.test(value.code)) {
    add('code', 'FORMAT', 'Koden ska ha högst 12 tecken: versaler och siffror, delar åtskilda med bindestreck, t.ex. GSKA, BUV-A eller Å-FSK.');
  } else if (mode === 'create' && exists) add('code', 'DUPLICATE_CODE', `Ersättningskoden ${value.code} finns redan.`);
  else if (mode === 'update' && !exists) add('code', 'UNKNOWN_CODE', `Ersättningskoden ${value.code} finns inte.`);

  if (!value.group) add('group', 'REQUIRED', 'Gruppkod måste anges.');
  else if (value.group.length > 20 || !GROUP_CODE_RE.test(value.group)) add('group', 'FORMAT', 'Gruppkoden ska ha högst 20 tecken: versaler och siffror, t.ex. SKOLA eller BUV-F.');
  if (!value.groupName) add('groupName', 'REQUIRED', 'Gruppnamn måste anges.');
  else if (value.groupName.length > 100) add('groupName', 'TOO_LONG', 'Gruppnamnet får vara högst 100 tecken.');
  if (!value.name) add('name', 'REQUIRED', 'Klartext måste anges.');
  else if (value.name.length > 200) add('name', 'TOO_LONG', 'Klartexten får vara högst 200 tecken.');

  if (!value.validFrom) add('validFrom', 'REQUIRED', 'Giltig från måste anges.');
  else if (!isIsoDate(value.validFrom)) add('validFrom', 'FORMAT', 'Giltig från ska vara ett datum ÅÅÅÅ-MM-DD.');
  if (value.validTo) {
    if (!isIsoDate(value.validTo)) add('validTo', 'FORMAT', 'Giltig till ska vara ett datum ÅÅÅÅ-MM-DD.');
    else if (isIsoDate(value.validFrom) && value.validTo < value.validFrom) {
      add('validTo', 'VALID_TO_BEFORE_FROM', `Giltig till (${value.validTo}) kan inte vara före giltig från (${value.validFrom}).`);
    }
  }
  if (typeof value.paidWithApplication !== 'boolean') add('paidWithApplication', 'REQUIRED', 'Ange om ersättningen betalas efter ansökan eller utan ansökan.');
  return problems.length ? { ok: false, problems } : { ok: true, value };
}
