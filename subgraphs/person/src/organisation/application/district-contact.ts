import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { isValidOn } from '../../district/domain/district-validity.js';
import { DistrictEntity, type DistrictRow } from '../../district/infra/district.entity.js';
import { StaffMemberEntity } from '../../staff/infra/staff.entity.js';
import { isContactFor } from '../domain/organisation-validation.js';
import { recordChange } from './organisation-history.js';

/**
 * Makes `username` the contact person of a current district. The user must exist, be active and
 * have the role DISTRICT_CONTACT for that district.
 */
export async function setDistrictContact(em: EntityManager, identity: Identity, input: { districtCode: string; username: string }): Promise<DistrictRow> {
  const districtCode = input.districtCode.trim();
  const username = input.username.trim();
  const district = await em.findOne(DistrictEntity, { code: districtCode });
  const today = new Date().toISOString().slice(0, 10);
  if (!district || !isValidOn(district, today)) {
    throw new ValidationError('districtCode', `Stadsdelen ${districtCode} finns inte eller har upphört.`, 'UNKNOWN_DISTRICT');
  }
  const staff = await em.findOne(StaffMemberEntity, { username });
  if (!staff) throw new ValidationError('username', `Användaren ${username} finns inte.`, 'UNKNOWN_USER');
  if (!staff.active) throw new ValidationError('username', `Användaren ${username} är inaktiverad.`, 'INACTIVE_USER');
  if (!staff.roles.includes('DISTRICT_CONTACT')) {
    throw new ValidationError('username', `${staff.name} har inte rollen Kontaktperson SDF.`, 'NOT_DISTRICT_CONTACT');
  }
  if (!isContactFor(staff, district.code)) {
    throw new ValidationError('username', `${staff.name} är inte kontaktperson för ${district.name}.`, 'OTHER_DISTRICT');
  }
  const before = district.contactUsername ?? null;
  if (before !== username) {
    district.contactUsername = username;
    recordChange(em, identity, 'DISTRICT', district.code, { contactUsername: before }, { contactUsername: username });
    await em.flush();
  }
  return district;
}
