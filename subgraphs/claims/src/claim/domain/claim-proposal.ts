import { isIsoDate, isUuid } from '@statsbidrag/domain';
import type { FieldProblem } from './claim.js';

/**
 * AmF's proposal of a claim to a district (step 1b): one from the form, or one row of an Excel
 * import. Amount (öre) and period are optional: the district's officer fills them in.
 */
export interface ClaimProposal {
  personId?: string | null;
  districtCode: string;
  claimTypeCode: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  amount?: number | null;
  comment?: string | null;
}

export const MAX_COMMENT = 4000;
const DISTRICT_CODE = /^[A-Z_]{1,50}$/;

/**
 * Checks a proposal's own fields. `activeClaimTypes` are the codes of the active claim types.
 * Only the first problem of each field is reported.
 */
export function validateProposal(proposal: ClaimProposal, activeClaimTypes: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!proposal.personId) problems.push({ field: 'personId', reason: 'REQUIRED', message: 'Personen måste anges.' });
  else if (!isUuid(proposal.personId)) problems.push({ field: 'personId', reason: 'FORMAT', message: 'Ogiltig person.' });
  const district = proposal.districtCode?.trim() ?? '';
  if (!district) problems.push({ field: 'districtCode', reason: 'REQUIRED', message: 'Kostnadsbärande stadsdel måste anges.' });
  else if (!DISTRICT_CODE.test(district)) problems.push({ field: 'districtCode', reason: 'UNKNOWN_DISTRICT', message: `Stadsdelen ${district} finns inte.` });
  const type = proposal.claimTypeCode?.trim() ?? '';
  if (!type) problems.push({ field: 'claimTypeCode', reason: 'REQUIRED', message: 'Ersättningstyp måste anges.' });
  else if (!activeClaimTypes.has(type)) problems.push({ field: 'claimTypeCode', reason: 'UNKNOWN_CLAIM_TYPE', message: `Ersättningstypen ${type} finns inte.` });
  const { periodFrom, periodTo } = proposal;
  if (periodFrom && !isIsoDate(periodFrom)) problems.push({ field: 'periodFrom', reason: 'FORMAT', message: `${periodFrom} är inget giltigt datum (ÅÅÅÅ-MM-DD).` });
  if (periodTo && !isIsoDate(periodTo)) problems.push({ field: 'periodTo', reason: 'FORMAT', message: `${periodTo} är inget giltigt datum (ÅÅÅÅ-MM-DD).` });
  if (periodFrom && periodTo && isIsoDate(periodFrom) && isIsoDate(periodTo) && periodFrom > periodTo) {
    problems.push({ field: 'periodTo', reason: 'RANGE', message: 'Perioden måste sluta samma dag som den börjar eller senare.' });
  }
  if (proposal.amount != null && (!Number.isSafeInteger(proposal.amount) || proposal.amount < 0)) {
    problems.push({ field: 'amount', reason: 'RANGE', message: 'Beloppet kan inte vara negativt (anges i hela öre).' });
  }
  if ((proposal.comment?.trim().length ?? 0) > MAX_COMMENT) problems.push({ field: 'comment', reason: 'TOO_LONG', message: 'Kommentaren får vara högst 4 000 tecken.' });
  return problems;
}

/** Two proposals (or a proposal and an open claim) for the same person, type and period are duplicates. */
export function duplicateKey(c: { personId?: string | null; claimTypeCode: string; periodFrom?: string | null; periodTo?: string | null }): string {
  return [c.personId ?? '', c.claimTypeCode.trim(), c.periodFrom ?? '', c.periodTo ?? ''].join('|');
}

/** The first status-history reason of a proposal: AmF's comment, so the district reads it. */
export function proposalReason(comment: string | null | undefined): string {
  const text = comment?.trim();
  return text ? `Förslag från AmF: ${text}` : 'Förslag från AmF';
}
