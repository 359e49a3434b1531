import { DISTRICT_ROLES, type Role } from '@statsbidrag/domain';
import type { FieldProblem } from './organisation-validation.js';

/** The pseudo-assignee when no officer is set: the grants team as a whole. */
export const GRANTS_TEAM_NAME = 'Statsbidragsgruppen';

export interface OfficerCandidate { username: string; name: string; active: boolean; roles: readonly string[] }

/** Is this staff member AmF staff (no district role)? */
export function isAmfStaff(staff: { roles: readonly string[] }): boolean {
  return staff.roles.length > 0 && !staff.roles.some((r) => DISTRICT_ROLES.includes(r as Role));
}

/**
 * Why `staff` cannot be a claim type's default officer, or null when it can: the user must exist,
 * be active and be AmF staff (not a district user).
 */
export function defaultOfficerProblem(username: string, staff: OfficerCandidate | null): FieldProblem | null {
  if (!staff) return { field: 'username', reason: 'UNKNOWN_USER', message: `Användaren ${username} finns inte.` };
  if (!staff.active) return { field: 'username', reason: 'INACTIVE_USER', message: `${staff.name} är inaktiverad och kan inte vara standardhandläggare.` };
  if (!isAmfStaff(staff)) {
    return { field: 'username', reason: 'NOT_AMF_STAFF', message: `${staff.name} arbetar i en stadsdel; standardhandläggaren ska vara medarbetare på AmF.` };
  }
  return null;
}

/** May this (changed) staff member stay default officer? */
export function canBeDefaultOfficer(staff: OfficerCandidate): boolean {
  return defaultOfficerProblem(staff.username, staff) === null;
}
