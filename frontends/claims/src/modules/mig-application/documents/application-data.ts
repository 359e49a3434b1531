/** Everything the workbook and the MiG form print about one application (built from the gateway query). */
export interface ApplicantData {
  municipalityName: string;
  municipalityCode: string;
  postalAddress: string;
  postalCode: string;
  city: string;
  contactName: string;
  phone: string;
  email: string;
  reference: string | null;
}

export interface ApplicationRow {
  claimId: string;
  /** MiG:s individnummer (dossiernummer); null when not known or not visible. */
  dossierNumber: string | null;
  name: string | null;
  personalIdentityNumber: string | null;
  periodFrom: string;
  periodTo: string;
  /** Öre. */
  amount: number;
  districtCode: string;
  districtName: string;
}

export interface ApplicationDocumentData {
  reference: string;
  claimType: { code: string; name: string };
  periodFrom: string;
  periodTo: string;
  applicant: ApplicantData;
  rows: ApplicationRow[];
  districtComments: { districtCode: string; districtName: string; comment: string }[];
}

export const totalOf = (rows: readonly ApplicationRow[]): number => rows.reduce((sum, r) => sum + r.amount, 0);

/** 123456 öre → 1234.56 kronor (exact to the öre for amounts below 2^53 öre). */
export const kronor = (ore: number): number => Math.round(ore) / 100;

/** "199001011234" → "19900101-1234"; anything else unchanged. */
export function formatPersonalIdentityNumber(value: string | null): string {
  if (!value) return '';
  return /^\d{12}$/.test(value) ? `${value.slice(0, 8)}-${value.slice(8)}` : value;
}

/** "Box 1234, 105 35 Stockholm". */
export function postalLine(a: ApplicantData): string {
  return `${a.postalAddress}, ${a.postalCode} ${a.city}`;
}

/** File name without person data: ansokan-ANS-2026-0007-GSKA.xlsx. */
export function documentFileName(data: Pick<ApplicationDocumentData, 'reference' | 'claimType'>, kind: 'xlsx' | 'pdf'): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]/g, '');
  return `ansokan-${safe(data.reference)}-${safe(data.claimType.code)}.${kind}`;
}
