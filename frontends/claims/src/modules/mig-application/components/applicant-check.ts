import type { ApplicantData } from '../documents/application-data.js';

export type ApplicantField = keyof ApplicantData;
export type ApplicantErrors = Partial<Record<ApplicantField, string>>;

export const APPLICANT_FIELDS: { field: ApplicantField; label: string; required: boolean; description?: string }[] = [
  { field: 'municipalityName', label: 'Kommun', required: true },
  { field: 'municipalityCode', label: 'Kommunkod', required: true, description: 'Fyra siffror, t.ex. 0180.' },
  { field: 'postalAddress', label: 'Postadress', required: true },
  { field: 'postalCode', label: 'Postnummer', required: true, description: 'NNN NN, t.ex. 105 35.' },
  { field: 'city', label: 'Postort', required: true },
  { field: 'contactName', label: 'Kontaktperson', required: true },
  { field: 'phone', label: 'Telefon', required: true },
  { field: 'email', label: 'E-post', required: true },
  { field: 'reference', label: 'Referens (frivillig)', required: false },
];

export const EMPTY_APPLICANT: ApplicantData = {
  municipalityName: '',
  municipalityCode: '',
  postalAddress: '',
  postalCode: '',
  city: '',
  contactName: '',
  phone: '',
  email: '',
  reference: '',
};

/** The same checks as the server (which checks again), with the same Swedish messages. */
export function checkApplicant(a: ApplicantData): ApplicantErrors {
  const errors: ApplicantErrors = {};
  const v = (f: ApplicantField) => (a[f] ?? '').trim();
  for (const { field, label, required } of APPLICANT_FIELDS) if (required && !v(field)) errors[field] = `${label} måste anges.`;
  if (v('municipalityCode') && !/^\d{4}$/.test(v('municipalityCode'))) errors.municipalityCode = 'Kommunkod ska vara fyra siffror, t.ex. 0180.';
  if (v('postalCode') && !/^\d{3} \d{2}$/.test(v('postalCode'))) errors.postalCode = 'Postnummer ska skrivas NNN NN, t.ex. 105 35.';
  if (v('email') && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v('email'))) errors.email = 'E-post har fel format, t.ex. namn@stockholm.se.';
  if (v('phone') && !/^\d{7,15}$/.test(v('phone').replace(/[\s\-()]/g, '').replace(/^\+/, ''))) {
    errors.phone = 'Telefon får bara innehålla siffror (mellanslag, bindestreck och inledande + går bra), 7–15 siffror.';
  }
  return errors;
}

/** The applicant as sent: trimmed, an empty reference as null. */
export function applicantInput(a: ApplicantData): ApplicantData {
  const t = (s: string | null) => (s ?? '').trim();
  return {
    municipalityName: t(a.municipalityName),
    municipalityCode: t(a.municipalityCode),
    postalAddress: t(a.postalAddress),
    postalCode: t(a.postalCode),
    city: t(a.city),
    contactName: t(a.contactName),
    phone: t(a.phone),
    email: t(a.email),
    reference: t(a.reference) || null,
  };
}
