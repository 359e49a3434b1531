import type { FieldProblem } from '@statsbidrag/graphql-kit';
import type { ApplicantSnapshot } from '../infra/mig-application.entity.js';

/** Statuses a claim may have when it is compiled into an application to MiG (step 5.1). */
export const COMPILABLE_STATUSES = ['ATERSOK_FORBEREDS_AMF', 'ATERSOK_ACCEPTERAD_AMF'] as const;
export const MAX_CLAIMS_PER_APPLICATION = 500;
export const MAX_COMMENT_LENGTH = 2000;
const MAX_FIELD_LENGTH = 200;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTAL_CODE_RE = /^\d{3} \d{2}$/;
const MUNICIPALITY_CODE_RE = /^\d{4}$/;

export type ApplicantInputValues = { [K in keyof ApplicantSnapshot]?: string | null };

const REQUIRED: { field: keyof ApplicantSnapshot; label: string }[] = [
  { field: 'municipalityName', label: 'Kommun' },
  { field: 'municipalityCode', label: 'Kommunkod' },
  { field: 'postalAddress', label: 'Postadress' },
  { field: 'postalCode', label: 'Postnummer' },
  { field: 'city', label: 'Postort' },
  { field: 'contactName', label: 'Kontaktperson' },
  { field: 'phone', label: 'Telefon' },
  { field: 'email', label: 'E-post' },
];

/** Trims the applicant block and lists every broken field (field names as in the input: `applicant.email`). */
export function validateApplicant(input: ApplicantInputValues): { applicant: ApplicantSnapshot; problems: FieldProblem[] } {
  const v = (k: keyof ApplicantSnapshot) => (input[k] ?? '').trim();
  const problems: FieldProblem[] = [];
  const add = (field: string, reason: string, message: string) => problems.push({ field: `applicant.${field}`, reason, message });
  for (const { field, label } of REQUIRED) {
    if (!v(field)) add(field, 'REQUIRED', `${label} måste anges.`);
    else if (v(field).length > MAX_FIELD_LENGTH) add(field, 'TOO_LONG', `${label} får vara högst ${MAX_FIELD_LENGTH} tecken.`);
  }
  const has = (f: keyof ApplicantSnapshot) => v(f) && v(f).length <= MAX_FIELD_LENGTH;
  if (has('municipalityCode') && !MUNICIPALITY_CODE_RE.test(v('municipalityCode'))) add('municipalityCode', 'INVALID_FORMAT', 'Kommunkod ska vara fyra siffror, t.ex. 0180.');
  if (has('postalCode') && !POSTAL_CODE_RE.test(v('postalCode'))) add('postalCode', 'INVALID_FORMAT', 'Postnummer ska skrivas NNN NN, t.ex. 105 35.');
  if (has('email') && !EMAIL_RE.test(v('email'))) add('email', 'INVALID_FORMAT', 'E-post har fel format, t.ex. namn@stockholm.se.');
  if (has('phone')) {
    const digits = v('phone').replace(/[\s\-()]/g, '').replace(/^\+/, '');
    if (!/^\d{7,15}$/.test(digits)) add('phone', 'INVALID_FORMAT', 'Telefon får bara innehålla siffror (mellanslag, bindestreck och inledande + går bra), 7–15 siffror.');
  }
  if (v('reference').length > MAX_FIELD_LENGTH) add('reference', 'TOO_LONG', `Referens får vara högst ${MAX_FIELD_LENGTH} tecken.`);
  const applicant: ApplicantSnapshot = {
    municipalityName: v('municipalityName'),
    municipalityCode: v('municipalityCode'),
    postalAddress: v('postalAddress'),
    postalCode: v('postalCode'),
    city: v('city'),
    contactName: v('contactName'),
    phone: v('phone'),
    email: v('email'),
    reference: v('reference') || null,
  };
  return { applicant, problems };
}

/** "ANS-2026-0007" for the 7th application of 2026. */
export function formatApplicationReference(year: number, number: number): string {
  return `ANS-${year}-${String(number).padStart(4, '0')}`;
}

/** The number in a reference of the given year, or 0. */
export function referenceNumber(reference: string | null | undefined): number {
  const m = /^ANS-\d{4}-(\d+)$/.exec(reference ?? '');
  return m ? Number(m[1]) : 0;
}

/** Short reference of a claim used on the cover page and in file names (no person data). */
export function shortClaimRef(claimId: string): string {
  return claimId.slice(0, 8).toUpperCase();
}
