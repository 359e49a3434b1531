import { Role, ROLE_LABELS } from '@statsbidrag/domain';

/** Only the system administrator may manage the organisation (docs/CONTRACT.md: updateApplicantProfile, setDistrictContact, upsertStaffMember). */
export const ORGANISATION_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN];

export const ORGANISATION_PATH = '/organisation';

export const ORGANISATION_SECTIONS = [
  { id: 'kommun', label: 'Ansökande kommun' },
  { id: 'stadsdelar', label: 'Stadsdelar' },
  { id: 'enheter', label: 'Enheter' },
  { id: 'personal', label: 'Personal' },
  { id: 'handlaggare', label: 'Standardhandläggare' },
  { id: 'ersattningskoder', label: 'Ersättningskoder' },
] as const;

export type OrganisationSection = (typeof ORGANISATION_SECTIONS)[number]['id'];

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}
