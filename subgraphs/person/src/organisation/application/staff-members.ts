import type { EntityManager } from '@mikro-orm/postgresql';
import { districtScope, type Identity } from '@statsbidrag/domain';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { isValidOn } from '../../district/domain/district-validity.js';
import { DistrictEntity } from '../../district/infra/district.entity.js';
import { StaffMemberEntity, type StaffMemberRow } from '../../staff/infra/staff.entity.js';
import { isContactFor, validateStaffMember, type StaffMemberInput } from '../domain/organisation-validation.js';
import { releaseDefaultOfficer } from './default-officers.js';
import { recordChange, snapshot } from './organisation-history.js';

const KEYS = ['username', 'name', 'email', 'roles', 'districtCodes', 'active'] as const;

export interface StaffFilter { districtCode?: string | null; role?: string | null; search?: string | null }

/** Staff by district, role and name/username/e-mail, ordered by name. */
/**
 * Staff the caller may list: AmF's roles see everyone; district staff see the staff of their own
 * districts (to choose a claim's officer), and a filter on another district finds no one.
 */
export function findStaffMembers(em: EntityManager, filter: StaffFilter, limit: number, offset: number, identity?: Identity): Promise<[StaffMemberRow[], number]> {
  const where: Record<string, unknown>[] = [];
  const scope = identity ? districtScope(identity) : null;
  if (scope !== null) where.push({ districtCodes: { $overlap: scope.length ? scope : ['-'] } });
  if (filter.districtCode) where.push({ districtCodes: { $contains: [filter.districtCode.trim()] } });
  if (filter.role) where.push({ roles: { $contains: [filter.role] } });
  const search = filter.search?.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push({ $or: [{ name: { $ilike: like } }, { username: { $ilike: like } }, { email: { $ilike: like } }] });
  }
  return em.findAndCount(StaffMemberEntity, where.length ? { $and: where } : {}, { orderBy: { name: 'asc', username: 'asc' }, limit, offset });
}

/** Creates or updates a staff member (by username), with a history row. */
export async function upsertStaffMember(em: EntityManager, identity: Identity, input: StaffMemberInput): Promise<StaffMemberRow> {
  const today = new Date().toISOString().slice(0, 10);
  const current = (await em.find(DistrictEntity, {})).filter((d) => isValidOn(d, today)).map((d) => d.code);
  const result = validateStaffMember(input, current);
  if (!result.ok) {
    const first = result.problems[0]!;
    throw new ValidationError(first.field, result.problems.map((p) => p.message).join(' '), first.reason);
  }
  const value = result.value;
  const existing = await em.findOne(StaffMemberEntity, { username: value.username });
  const before = existing ? snapshot(existing, KEYS) : null;
  const row = existing ? em.assign(existing, value) : em.create(StaffMemberEntity, value);
  const after = snapshot(row, KEYS);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    recordChange(em, identity, 'STAFF_MEMBER', value.username, before, after);
    // A district whose contact person no longer qualifies (inactive, role or district changed) has none.
    for (const district of await em.find(DistrictEntity, { contactUsername: value.username })) {
      if (!isContactFor(value, district.code)) {
        district.contactUsername = null;
        recordChange(em, identity, 'DISTRICT', district.code, { contactUsername: value.username }, { contactUsername: null });
      }
    }
    // So do the claim types of a default officer who is no longer active AmF staff (back to Statsbidragsgruppen).
    await releaseDefaultOfficer(em, identity, value);
    await em.flush();
  }
  return row;
}
