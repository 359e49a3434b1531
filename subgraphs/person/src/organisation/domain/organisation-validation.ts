import { CENTRAL_ROLES, DISTRICT_ROLES, isRole, type Role } from '@statsbidrag/domain';

/** One broken input field, with a Swedish message. */
export interface FieldProblem { field: string; message: string; reason: string }
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const EMAIL_RE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A plain e-mail address: local part, @, a domain with at least one dot, no spaces. */
export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_RE.test(value);
}

/**
 * A Swedish phone number: digits, spaces and `-`, optionally starting with `+46`; 7–15 digits.
 * Returns the number trimmed with runs of spaces collapsed, or null when it is not one.
 */
export function normalisePhone(value: string): string | null {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (!/^(\+46)?[\d -]+$/.test(trimmed)) return null;
  if (/--/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '').length - (trimmed.startsWith('+46') ? 2 : 0);
  return digits >= 7 && digits <= 15 ? trimmed : null;
}

/** A Swedish postal code `NNN NN` (given with or without the space); null when it is not one. */
export function normalisePostalCode(value: string): string | null {
  const m = /^(\d{3}) ?(\d{2})$/.exec(value.trim());
  return m ? `${m[1]} ${m[2]}` : null;
}

/** A kommunkod: four digits (Stockholm 0180). */
export function isMunicipalityCode(value: string): boolean {
  return /^\d{4}$/.test(value.trim());
}

export interface ApplicantProfileInput {
  municipalityName: string;
  municipalityCode: string;
  postalAddress: string;
  postalCode: string;
  city: string;
  contactName: string;
  phone: string;
  email: string;
  reference?: string | null;
}
export interface ValidApplicantProfile extends Omit<ApplicantProfileInput, 'reference'> { reference: string | null }

const REQUIRED_LABELS: Record<Exclude<keyof ApplicantProfileInput, 'reference'>, string> = {
  municipalityName: 'Kommun',
  municipalityCode: 'Kommunkod',
  postalAddress: 'Postadress',
  postalCode: 'Postnummer',
  city: 'Postort',
  contactName: 'Kontaktperson',
  phone: 'Telefon',
  email: 'E-post',
};

/** Validates and normalises the applicant profile. Returns every problem, one per field. */
export function validateApplicantProfile(input: ApplicantProfileInput): Validated<ValidApplicantProfile> {
  const problems: FieldProblem[] = [];
  const t = (v: string | null | undefined) => v?.trim() ?? '';
  const value: ValidApplicantProfile = {
    municipalityName: t(input.municipalityName),
    municipalityCode: t(input.municipalityCode),
    postalAddress: t(input.postalAddress),
    postalCode: t(input.postalCode),
    city: t(input.city),
    contactName: t(input.contactName),
    phone: t(input.phone),
    email: t(input.email).toLowerCase(),
    reference: t(input.reference) || null,
  };
  for (const [field, label] of Object.entries(REQUIRED_LABELS) as [keyof typeof REQUIRED_LABELS, string][]) {
    if (!value[field]) problems.push({ field, message: `${label} måste anges.`, reason: 'REQUIRED' });
    else if (value[field].length > 200) problems.push({ field, message: `${label} får vara högst 200 tecken.`, reason: 'TOO_LONG' });
  }
  if (value.municipalityCode && !isMunicipalityCode(value.municipalityCode)) {
    problems.push({ field: 'municipalityCode', message: 'Kommunkoden ska ha fyra siffror, t.ex. 0180 för Stockholm.', reason: 'FORMAT' });
  }
  if (value.postalCode) {
    const pc = normalisePostalCode(value.postalCode);
    if (pc) value.postalCode = pc;
    else problems.push({ field: 'postalCode', message: 'Postnumret ska ha fem siffror, t.ex. 105 35.', reason: 'FORMAT' });
  }
  if (value.phone) {
    const phone = normalisePhone(value.phone);
    if (phone) value.phone = phone;
    else problems.push({ field: 'phone', message: 'Telefonnumret ska ha 7–15 siffror (mellanslag, bindestreck och inledande +46 går bra), t.ex. 08-508 00 000.', reason: 'FORMAT' });
  }
  if (value.email && !isEmail(value.email)) problems.push({ field: 'email', message: 'E-postadressen är ogiltig, t.ex. namn@example.org.', reason: 'FORMAT' });
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

export interface StaffMemberInput {
  username: string;
  name: string;
  email: string;
  roles: readonly string[];
  districtCodes: readonly string[];
  active: boolean;
}
export interface ValidStaffMember { username: string; name: string; email: string; roles: Role[]; districtCodes: string[]; active: boolean }

/**
 * Validates a staff member. District roles need exactly one district (which must be one of
 * `currentDistrictCodes`); central roles none; the two kinds cannot be mixed.
 */
export function validateStaffMember(input: StaffMemberInput, currentDistrictCodes: readonly string[]): Validated<ValidStaffMember> {
  const problems: FieldProblem[] = [];
  const username = input.username?.trim() ?? '';
  const name = input.name?.trim() ?? '';
  const email = input.email?.trim().toLowerCase() ?? '';
  if (!/^[a-z0-9._-]{2,64}$/i.test(username)) {
    problems.push({ field: 'username', message: 'Användarnamnet ska ha 2–64 tecken: bokstäver a–z, siffror, punkt, bindestreck eller understreck.', reason: 'FORMAT' });
  }
  if (!name) problems.push({ field: 'name', message: 'Namn måste anges.', reason: 'REQUIRED' });
  if (!email) problems.push({ field: 'email', message: 'E-post måste anges.', reason: 'REQUIRED' });
  else if (!isEmail(email)) problems.push({ field: 'email', message: 'E-postadressen är ogiltig, t.ex. namn@example.org.', reason: 'FORMAT' });

  const roles = [...new Set(input.roles ?? [])];
  const districtCodes = [...new Set((input.districtCodes ?? []).map((c) => c.trim()))];
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0) problems.push({ field: 'roles', message: 'Minst en roll måste anges.', reason: 'REQUIRED' });
  else if (unknown.length) problems.push({ field: 'roles', message: `Okänd roll: ${unknown.join(', ')}.`, reason: 'UNKNOWN_ROLE' });
  else {
    const districtRoles = roles.filter((r) => DISTRICT_ROLES.includes(r as Role));
    const centralRoles = roles.filter((r) => CENTRAL_ROLES.includes(r as Role));
    if (districtRoles.length && centralRoles.length) {
      problems.push({ field: 'roles', message: 'Stadsdelsroller och centrala roller (AmF) kan inte kombineras.', reason: 'MIXED_ROLES' });
    } else if (districtRoles.length) {
      if (districtCodes.length !== 1) problems.push({ field: 'districtCodes', message: 'En stadsdelsroll kräver exakt en stadsdel.', reason: 'ONE_DISTRICT' });
      else if (!currentDistrictCodes.includes(districtCodes[0]!)) {
        problems.push({ field: 'districtCodes', message: `Stadsdelen ${districtCodes[0]} finns inte eller har upphört.`, reason: 'UNKNOWN_DISTRICT' });
      }
    } else if (districtCodes.length) {
      problems.push({ field: 'districtCodes', message: 'Centrala roller (AmF) ska inte ha någon stadsdel.', reason: 'NO_DISTRICT' });
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { username, name, email, roles: roles as Role[], districtCodes, active: input.active } };
}

/** May this staff member be the contact person of `districtCode`? Active, role Kontaktperson SDF, that district. */
export function isContactFor(staff: { active: boolean; roles: readonly string[]; districtCodes: readonly string[] }, districtCode: string): boolean {
  return staff.active && staff.roles.includes('DISTRICT_CONTACT') && staff.districtCodes.includes(districtCode);
}
