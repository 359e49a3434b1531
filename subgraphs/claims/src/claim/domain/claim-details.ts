import { CLAIM_STATUS_LABELS, ClaimStatus, hasAnyRole, isIsoDate, isUuid, Role, type Identity } from '@statsbidrag/domain';
import type { FieldProblem } from './claim.js';

/**
 * A claim's details besides its status: who handles it and what it asks for. Pure rules for who may
 * change which detail when (issue 4 points 2–4, 7), and what an edit changed.
 */
export const ClaimDetailField = {
  UNIT: 'UNIT',
  OFFICER: 'OFFICER',
  AMOUNT: 'AMOUNT',
  PERIOD_FROM: 'PERIOD_FROM',
  PERIOD_TO: 'PERIOD_TO',
  CLAIM_TYPE: 'CLAIM_TYPE',
  PERSON: 'PERSON',
  RESPONSIBLE: 'RESPONSIBLE',
} as const;
export type ClaimDetailField = (typeof ClaimDetailField)[keyof typeof ClaimDetailField];

export const CLAIM_DETAIL_FIELD_LABELS: Record<ClaimDetailField, string> = {
  UNIT: 'Enhet',
  OFFICER: 'Handläggare SDF',
  AMOUNT: 'Belopp',
  PERIOD_FROM: 'Period från',
  PERIOD_TO: 'Period till',
  CLAIM_TYPE: 'Ersättningstyp',
  PERSON: 'Person',
  RESPONSIBLE: 'Ansvarig AmF',
};

/** The input field (GraphQL and problems) of each detail. */
export const CLAIM_DETAIL_INPUT_FIELDS: Record<ClaimDetailField, string> = {
  UNIT: 'unitCode',
  OFFICER: 'officerUsername',
  AMOUNT: 'amount',
  PERIOD_FROM: 'periodFrom',
  PERIOD_TO: 'periodTo',
  CLAIM_TYPE: 'claimTypeCode',
  PERSON: 'personId',
  RESPONSIBLE: 'username',
};

const S = ClaimStatus;
const F = ClaimDetailField;
const DISTRICT: readonly Role[] = [Role.DISTRICT_CONTACT, Role.DISTRICT_OFFICER];

/** While the district has the claim, or AmF has asked it for more: it may fill in the figures. */
const DISTRICT_FIGURE_STATUSES: readonly ClaimStatus[] = [S.INITIERAD_AV_SDF, S.UNDERLAG_FRAN_SDF_INKOMMEN, S.INITIERAD_TILL_SDF, S.KOMPLETTERING_FRAN_SDF_BEGARD];
/** Until AmF sends the application to MiG: the district may (re)assign its unit and officer. */
const DISTRICT_ASSIGN_STATUSES: readonly ClaimStatus[] = [
  ...DISTRICT_FIGURE_STATUSES, S.ATERSOKNING_BEKRAFTAD_SDF, S.ATERSOK_ACCEPTERAD_AMF, S.ATERSOK_FORBEREDS_AMF, S.KOMPLETTERING_FRAN_SDF_INKOMMEN,
];
/** Up to and including ATERSOK_FORBEREDS_AMF (step 4): AmF may change everything. */
const COORDINATOR_STATUSES: readonly ClaimStatus[] = DISTRICT_ASSIGN_STATUSES;

/**
 * Who may change which detail in which status (`updateClaimDetails`). A district user only on
 * their own district's claims (another district's claim "finns inte").
 *
 * | Role                                  | Statuses                                                                                   | Details                                   |
 * |---------------------------------------|--------------------------------------------------------------------------------------------|-------------------------------------------|
 * | DISTRICT_CONTACT, DISTRICT_OFFICER    | INITIERAD_AV_SDF, UNDERLAG_FRAN_SDF_INKOMMEN, INITIERAD_TILL_SDF, KOMPLETTERING_FRAN_SDF_BEGARD | unit, officer, amount, period             |
 * | DISTRICT_CONTACT, DISTRICT_OFFICER    | ATERSOKNING_BEKRAFTAD_SDF, ATERSOK_ACCEPTERAD_AMF, ATERSOK_FORBEREDS_AMF, KOMPLETTERING_FRAN_SDF_INKOMMEN | unit, officer (figures are AmF's now)     |
 * | COORDINATOR                           | every status up to ATERSOK_FORBEREDS_AMF (the eight above)                                  | claim type, period, amount, person, unit, officer |
 * | everyone                              | ATERSOKNING_INSKICKAD_MIG and later, declined/rejected                                      | nothing                                   |
 *
 * A coordinator's edit of an ATERSOK_ACCEPTERAD_AMF claim starts the preparation (→ ATERSOK_FORBEREDS_AMF).
 * The responsible officer at AmF is `assignClaimResponsible` (COORDINATOR, any status), not this table.
 */
export function editableDetails(claim: { status: ClaimStatus; districtCode: string }, identity: Identity): ClaimDetailField[] {
  const fields = new Set<ClaimDetailField>();
  if (hasAnyRole(identity, [Role.COORDINATOR]) && COORDINATOR_STATUSES.includes(claim.status)) {
    [F.UNIT, F.OFFICER, F.AMOUNT, F.PERIOD_FROM, F.PERIOD_TO, F.CLAIM_TYPE, F.PERSON].forEach((f) => fields.add(f));
  }
  if (hasAnyRole(identity, DISTRICT) && identity.districtCodes.includes(claim.districtCode)) {
    if (DISTRICT_ASSIGN_STATUSES.includes(claim.status)) [F.UNIT, F.OFFICER].forEach((f) => fields.add(f));
    if (DISTRICT_FIGURE_STATUSES.includes(claim.status)) [F.AMOUNT, F.PERIOD_FROM, F.PERIOD_TO].forEach((f) => fields.add(f));
  }
  return Object.values(F).filter((f) => fields.has(f));
}

/** The details as stored: what an edit compares and records. Money in öre, dates ÅÅÅÅ-MM-DD. */
export interface ClaimDetails {
  unitCode: string | null;
  officerUsername: string | null;
  amountOre: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  claimTypeCode: string;
  personId: string;
}

/** What a caller asks to change; absent or null = unchanged. */
export interface ClaimDetailsChange {
  unitCode?: string | null;
  officerUsername?: string | null;
  amount?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  claimTypeCode?: string | null;
  personId?: string | null;
  reason?: string | null;
}

const DETAIL_KEYS: Record<Exclude<ClaimDetailField, 'RESPONSIBLE'>, keyof ClaimDetails> = {
  UNIT: 'unitCode',
  OFFICER: 'officerUsername',
  AMOUNT: 'amountOre',
  PERIOD_FROM: 'periodFrom',
  PERIOD_TO: 'periodTo',
  CLAIM_TYPE: 'claimTypeCode',
  PERSON: 'personId',
};

export const MAX_REASON = 4000;
const CODE = /^[A-Z0-9_]{1,50}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

export type DetailsEditResult =
  | { ok: true; after: ClaimDetails; changed: ClaimDetailField[]; before: Record<string, unknown>; afterChanged: Record<string, unknown>; reason: string | null }
  | { ok: false; reason: 'FORBIDDEN_FIELD' | 'WRONG_STATUS' | 'INVALID_INPUT' | 'NO_CHANGES'; message: string; problems: FieldProblem[] };

/** Checks the formats of a change (not whether the claim type exists: that is the caller's lookup). */
export function validateDetailsChange(change: ClaimDetailsChange): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const unit = change.unitCode?.trim();
  if (unit != null && unit !== '' && !CODE.test(unit)) problems.push({ field: 'unitCode', reason: 'FORMAT', message: `Enhetskoden ${unit} är ogiltig.` });
  const officer = change.officerUsername?.trim();
  if (officer != null && officer !== '' && !USERNAME.test(officer)) problems.push({ field: 'officerUsername', reason: 'FORMAT', message: `Användarnamnet ${officer} är ogiltigt.` });
  if (change.amount != null && (!Number.isSafeInteger(change.amount) || change.amount <= 0)) {
    problems.push({ field: 'amount', reason: 'RANGE', message: 'Beloppet måste vara större än noll (anges i hela öre).' });
  }
  for (const field of ['periodFrom', 'periodTo'] as const) {
    const value = change[field];
    if (value != null && !isIsoDate(value)) problems.push({ field, reason: 'FORMAT', message: `${value} är inget giltigt datum (ÅÅÅÅ-MM-DD).` });
  }
  const type = change.claimTypeCode?.trim();
  if (type != null && type !== '' && !CODE.test(type)) problems.push({ field: 'claimTypeCode', reason: 'UNKNOWN_CLAIM_TYPE', message: `Ersättningstypen ${type} finns inte.` });
  if (change.personId != null && !isUuid(change.personId)) problems.push({ field: 'personId', reason: 'FORMAT', message: 'Ogiltig person.' });
  if ((change.reason?.trim().length ?? 0) > MAX_REASON) problems.push({ field: 'reason', reason: 'TOO_LONG', message: 'Anledningen får vara högst 4 000 tecken.' });
  return problems;
}

/**
 * Applies a change of details: refuses a detail the caller may not change now, checks the
 * formats and the period, and lists only what really changed (before/after of those).
 */
export function editDetails(
  claim: { status: ClaimStatus; districtCode: string } & ClaimDetails,
  change: ClaimDetailsChange,
  identity: Identity,
): DetailsEditResult {
  const requested: Partial<Record<keyof ClaimDetails, string | number>> = {};
  const trimmed = (v: string | null | undefined) => (v == null || v.trim() === '' ? undefined : v.trim());
  if (trimmed(change.unitCode) !== undefined) requested.unitCode = trimmed(change.unitCode)!;
  if (trimmed(change.officerUsername) !== undefined) requested.officerUsername = trimmed(change.officerUsername)!;
  if (change.amount != null) requested.amountOre = change.amount;
  if (change.periodFrom != null) requested.periodFrom = change.periodFrom;
  if (change.periodTo != null) requested.periodTo = change.periodTo;
  if (trimmed(change.claimTypeCode) !== undefined) requested.claimTypeCode = trimmed(change.claimTypeCode)!;
  if (change.personId != null) requested.personId = change.personId;

  const allowed = editableDetails(claim, identity);
  const asked = (Object.keys(DETAIL_KEYS) as (keyof typeof DETAIL_KEYS)[]).filter((f) => requested[DETAIL_KEYS[f]] !== undefined);
  if (!allowed.length && asked.length) {
    return { ok: false, reason: 'WRONG_STATUS', problems: [], message: `Uppgifterna kan inte ändras: återsökningen har status "${CLAIM_STATUS_LABELS[claim.status] ?? claim.status}".` };
  }
  const forbidden = asked.filter((f) => !allowed.includes(f));
  if (forbidden.length) {
    const labels = forbidden.map((f) => CLAIM_DETAIL_FIELD_LABELS[f].toLowerCase()).join(', ');
    return {
      ok: false, reason: 'FORBIDDEN_FIELD', problems: [],
      message: `Du får inte ändra ${labels} när återsökningen har status "${CLAIM_STATUS_LABELS[claim.status] ?? claim.status}".`,
    };
  }
  const problems = validateDetailsChange(change);
  const after = { ...pickDetails(claim), ...requested } as ClaimDetails;
  if (after.periodFrom && after.periodTo && after.periodFrom > after.periodTo && !problems.some((p) => p.field.startsWith('period'))) {
    problems.push({ field: 'periodTo', reason: 'RANGE', message: 'Perioden måste sluta samma dag som den börjar eller senare.' });
  }
  if (problems.length) return { ok: false, reason: 'INVALID_INPUT', problems, message: problems.map((p) => p.message).join(' ') };

  const before = pickDetails(claim);
  const changed = asked.filter((f) => before[DETAIL_KEYS[f]] !== after[DETAIL_KEYS[f]]);
  if (!changed.length) {
    return { ok: false, reason: 'NO_CHANGES', problems: [{ field: 'claimId', reason: 'NO_CHANGES', message: 'Inga ändringar att spara.' }], message: 'Inga ändringar att spara.' };
  }
  const beforeChanged: Record<string, unknown> = {};
  const afterChanged: Record<string, unknown> = {};
  for (const f of changed) {
    beforeChanged[f] = before[DETAIL_KEYS[f]];
    afterChanged[f] = after[DETAIL_KEYS[f]];
  }
  return { ok: true, after, changed, before: beforeChanged, afterChanged, reason: change.reason?.trim() || null };
}

function pickDetails(claim: ClaimDetails): ClaimDetails {
  return {
    unitCode: claim.unitCode ?? null,
    officerUsername: claim.officerUsername ?? null,
    amountOre: claim.amountOre == null ? null : Number(claim.amountOre),
    periodFrom: claim.periodFrom ?? null,
    periodTo: claim.periodTo ?? null,
    claimTypeCode: claim.claimTypeCode,
    personId: claim.personId,
  };
}

/** One change of a detail as a user reads it: the values as text (amount in öre, as a number string). */
export interface DetailChange {
  field: ClaimDetailField;
  fieldLabel: string;
  before: string | null;
  after: string | null;
}

/** The changes of a stored edit, in the order of the fields. */
export function describeEdit(before: Record<string, unknown>, after: Record<string, unknown>): DetailChange[] {
  return Object.values(F)
    .filter((f) => f in before || f in after)
    .map((f) => ({ field: f, fieldLabel: CLAIM_DETAIL_FIELD_LABELS[f], before: asText(before[f]), after: asText(after[f]) }));
}

const asText = (v: unknown): string | null => (v == null ? null : String(v));

/** Checks a responsible officer's username (null = Statsbidragsgruppen). */
export function validateResponsible(username: string | null | undefined): FieldProblem[] {
  const value = username?.trim();
  if (value && !USERNAME.test(value)) return [{ field: 'username', reason: 'FORMAT', message: `Användarnamnet ${value} är ogiltigt.` }];
  return [];
}
