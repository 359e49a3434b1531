import { ClaimStatus, type ClaimInitiator, isUuid } from '@statsbidrag/domain';

export interface NewClaimInput {
  personId: string;
  districtCode: string;
  claimTypeCode: string;
  amount: number;
  periodFrom: string;
  periodTo: string;
  question?: string | null;
  unitCode?: string | null;
  officerUsername?: string | null;
}

export interface FieldProblem { field: string; message: string; reason: string }


/** Rules for a claim a district starts (step 1a). Amount in öre, period from ≤ to. */
export function validateNewClaim(input: NewClaimInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isUuid(input.personId)) problems.push({ field: 'personId', message: 'Ogiltig person.', reason: 'FORMAT' });
  if (!input.districtCode?.trim()) problems.push({ field: 'districtCode', message: 'Kostnadsbärande stadsdel måste anges.', reason: 'REQUIRED' });
  if (!input.claimTypeCode?.trim()) problems.push({ field: 'claimTypeCode', message: 'Ersättningstyp måste anges.', reason: 'REQUIRED' });
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
    problems.push({ field: 'amount', message: 'Beloppet måste vara större än noll (anges i hela öre).', reason: 'RANGE' });
  }
  if (input.periodFrom > input.periodTo) {
    problems.push({ field: 'periodTo', message: 'Perioden måste sluta samma dag som den börjar eller senare.', reason: 'RANGE' });
  }
  if (input.unitCode != null && !/^[A-Za-z0-9_-]{1,64}$/.test(input.unitCode.trim())) {
    problems.push({ field: 'unitCode', message: 'Ogiltig enhetskod.', reason: 'FORMAT' });
  }
  if (input.officerUsername != null && !/^[A-Za-z0-9._@-]{1,128}$/.test(input.officerUsername.trim())) {
    problems.push({ field: 'officerUsername', message: 'Ogiltigt användarnamn för handläggaren.', reason: 'FORMAT' });
  }
  if ((input.question?.length ?? 0) > 4000) problems.push({ field: 'question', message: 'Frågan får vara högst 4 000 tecken.', reason: 'TOO_LONG' });
  return problems;
}

/** A district-initiated claim starts as INITIERAD_AV_SDF (attachments come later). */
export function initialStatus(initiatedBy: ClaimInitiator): ClaimStatus {
  return initiatedBy === 'DISTRICT' ? ClaimStatus.INITIERAD_AV_SDF : ClaimStatus.INITIERAD_TILL_SDF;
}
