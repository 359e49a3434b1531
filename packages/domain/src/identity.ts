import { CENTRAL_ROLES, type Role } from './roles.js';

/** Who is calling: established by the gateway from the user's token, verified by every subgraph. */
export interface Identity {
  /** Stable user id (the `sub` of the user's token). */
  sub: string;
  name: string;
  email?: string;
  roles: Role[];
  /** District codes the user works for; empty for central roles. */
  districtCodes: string[];
}

export function hasAnyRole(identity: Identity, roles: readonly Role[]): boolean {
  return identity.roles.some((r) => roles.includes(r));
}

/** A central (AmF) user sees all districts. */
export function isCentral(identity: Identity): boolean {
  return hasAnyRole(identity, CENTRAL_ROLES);
}

/**
 * The district codes whose data the caller may see, or `null` when the caller may see every
 * district. A district user with no district sees nothing (an empty list), never everything.
 */
export function districtScope(identity: Identity): string[] | null {
  return isCentral(identity) ? null : [...identity.districtCodes];
}

export function canSeeDistrict(identity: Identity, districtCode: string | null | undefined): boolean {
  const scope = districtScope(identity);
  if (scope === null) return true;
  return districtCode != null && scope.includes(districtCode);
}
