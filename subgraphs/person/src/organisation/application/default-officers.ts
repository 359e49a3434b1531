import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { recordEvent } from '@statsbidrag/events';
import { isClaimType, isCompensationTypeValidOn, normaliseCompensationCode } from '../../compensation-type/domain/compensation-type.js';
import { CompensationTypeEntity, type CompensationTypeRow } from '../../compensation-type/infra/compensation-type.entity.js';
import { StaffMemberEntity } from '../../staff/infra/staff.entity.js';
import { canBeDefaultOfficer, defaultOfficerProblem } from '../domain/default-officer.js';
import { DefaultOfficerEntity, type DefaultOfficerRow } from '../infra/default-officer.entity.js';
import { recordChange, throwProblems } from './organisation-history.js';

export interface ClaimTypeAssignment {
  claimType: CompensationTypeRow;
  /** The mapping row; null when none is set (Statsbidragsgruppen). */
  setting: DefaultOfficerRow | null;
}

/**
 * Every claim type (compensation type paid after application, not återkrav, valid today) with its
 * default officer setting, by code. Two statements, whatever the number of claim types.
 */
export async function listDefaultOfficers(em: EntityManager, today = new Date().toISOString().slice(0, 10)): Promise<ClaimTypeAssignment[]> {
  const [types, settings] = await Promise.all([
    em.find(CompensationTypeEntity, { paidWithApplication: true }, { orderBy: { code: 'asc' } }),
    em.find(DefaultOfficerEntity, {}),
  ]);
  const byCode = new Map(settings.map((s) => [s.claimTypeCode, s]));
  return types.filter((t) => isClaimType(t) && isCompensationTypeValidOn(t, today)).map((t) => ({ claimType: t, setting: byCode.get(t.code) ?? null }));
}

/**
 * Sets a claim type's default officer: a username (existing, active AmF staff) or null for
 * Statsbidragsgruppen. History row with before and after.
 */
export async function setDefaultOfficer(em: EntityManager, identity: Identity, input: { claimTypeCode: string; username?: string | null }): Promise<ClaimTypeAssignment> {
  const code = normaliseCompensationCode(input.claimTypeCode);
  const claimType = code ? await em.findOne(CompensationTypeEntity, { code }) : null;
  if (!claimType) throwProblems([{ field: 'claimTypeCode', reason: 'UNKNOWN_CLAIM_TYPE', message: `Återsökningstypen ${code || input.claimTypeCode} finns inte bland ersättningskoderna.` }]);
  if (!isClaimType(claimType)) {
    throwProblems([{ field: 'claimTypeCode', reason: 'NOT_CLAIM_TYPE', message: `${claimType.code} (${claimType.name}) betalas utan ansökan eller är ett återkrav och har ingen handläggare.` }]);
  }
  const username = input.username?.trim() || null;
  if (username) {
    const staff = await em.findOne(StaffMemberEntity, { username });
    const problem = defaultOfficerProblem(username, staff);
    if (problem) throwProblems([problem]);
  }
  const existing = await em.findOne(DefaultOfficerEntity, { claimTypeCode: claimType.code });
  const before = existing ? { officerUsername: existing.officerUsername ?? null } : null;
  if (existing && (existing.officerUsername ?? null) === username) return { claimType, setting: existing };
  const values = { officerUsername: username, updatedAt: new Date(), updatedBy: identity.sub };
  const setting = existing ? em.assign(existing, values) : em.create(DefaultOfficerEntity, { claimTypeCode: claimType.code, ...values });
  recordChange(em, identity, 'DEFAULT_OFFICER', claimType.code, before, { officerUsername: username });
  recordEvent(em, 'person.default-officer-changed', { claimTypeCode: claimType.code, username, at: values.updatedAt.toISOString() });
  await em.flush();
  return { claimType, setting };
}

/**
 * A staff member who may no longer be default officer (deactivated, or now a district user) hands
 * their claim types back to Statsbidragsgruppen, with history. The caller flushes.
 */
export async function releaseDefaultOfficer(em: EntityManager, identity: Identity, staff: { username: string; name: string; active: boolean; roles: readonly string[] }): Promise<void> {
  if (canBeDefaultOfficer(staff)) return;
  for (const setting of await em.find(DefaultOfficerEntity, { officerUsername: staff.username })) {
    em.assign(setting, { officerUsername: null, updatedAt: new Date(), updatedBy: identity.sub });
    recordChange(em, identity, 'DEFAULT_OFFICER', setting.claimTypeCode, { officerUsername: staff.username }, { officerUsername: null });
    recordEvent(em, 'person.default-officer-changed', { claimTypeCode: setting.claimTypeCode, username: null, at: setting.updatedAt.toISOString() });
  }
}
