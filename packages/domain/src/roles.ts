/** Roles from the glossary. The Swedish label is what users see. */
export const Role = {
  COORDINATOR: 'COORDINATOR',
  ADMINISTRATOR: 'ADMINISTRATOR',
  FINANCE_MANAGER: 'FINANCE_MANAGER',
  SYSTEM_ADMIN: 'SYSTEM_ADMIN',
  ANALYST: 'ANALYST',
  DISTRICT_CONTACT: 'DISTRICT_CONTACT',
  DISTRICT_OFFICER: 'DISTRICT_OFFICER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles of the AmF central administration: they see every district. */
export const CENTRAL_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR, Role.FINANCE_MANAGER, Role.SYSTEM_ADMIN, Role.ANALYST];

/** Roles bound to a district: they see only their own district's data. */
export const DISTRICT_ROLES: readonly Role[] = [Role.DISTRICT_CONTACT, Role.DISTRICT_OFFICER];

export const ROLE_LABELS: Record<Role, string> = {
  COORDINATOR: 'Samordnare AmF',
  ADMINISTRATOR: 'Administratör AmF',
  FINANCE_MANAGER: 'Ekonomichef',
  SYSTEM_ADMIN: 'Systemansvarig',
  ANALYST: 'BI-användare',
  DISTRICT_CONTACT: 'Kontaktperson SDF',
  DISTRICT_OFFICER: 'Handläggare SDF',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}
