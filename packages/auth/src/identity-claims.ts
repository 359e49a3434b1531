import { isRole, type Identity } from '@statsbidrag/domain';
import type { JWTPayload } from 'jose';

/**
 * Maps token claims to an Identity. Accepts our own claim names (`roles`, `district_codes`) and
 * Keycloak's (`realm_access.roles`, a `district_codes` user attribute mapped into the token).
 */
export function identityFromClaims(payload: JWTPayload): Identity {
  const p = payload as Record<string, unknown>;
  const realmRoles = (p.realm_access as { roles?: unknown } | undefined)?.roles;
  const rawRoles = Array.isArray(p.roles) ? p.roles : Array.isArray(realmRoles) ? realmRoles : [];
  const rawDistricts = Array.isArray(p.district_codes)
    ? p.district_codes
    : typeof p.district_codes === 'string'
      ? p.district_codes.split(',')
      : [];
  return {
    sub: String(payload.sub ?? ''),
    name: String(p.name ?? p.preferred_username ?? payload.sub ?? ''),
    ...(typeof p.email === 'string' ? { email: p.email } : {}),
    roles: rawRoles.filter(isRole),
    districtCodes: rawDistricts.map((d) => String(d).trim()).filter(Boolean),
  };
}

export function claimsFromIdentity(identity: Identity): Record<string, unknown> {
  return {
    name: identity.name,
    ...(identity.email ? { email: identity.email } : {}),
    roles: identity.roles,
    district_codes: identity.districtCodes,
  };
}
