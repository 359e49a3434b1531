import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIM_TYPES, COMPENSATION_TYPES, CURRENT_DISTRICTS, DEMO_DEFAULT_OFFICERS, DEMO_USERS, DISTRICTS, PERSONS, UNITS } from '@statsbidrag/demo-data';
import { stableUuid } from '@statsbidrag/domain/ids';
import { recordEventsOnce } from '@statsbidrag/events';
import { CompensationTypeEntity } from './compensation-type/infra/compensation-type.entity.js';
import { DistrictEntity, UnitEntity } from './district/infra/district.entity.js';
import { DefaultOfficerEntity } from './organisation/infra/default-officer.entity.js';
import { personIdentityChanged } from './events/identity-changed.js';
import { PersonEntity, RegistrationEntity, type RegistrationRow } from './person/infra/person.entity.js';
import { APPLICANT_PROFILE_ID, ApplicantProfileEntity } from './organisation/infra/organisation.entity.js';
import { StaffMemberEntity } from './staff/infra/staff.entity.js';

export const STOCKHOLM_APPLICANT_PROFILE = {
  municipalityName: 'Stockholms stad',
  municipalityCode: '0180',
  postalAddress: 'Box 44',
  postalCode: '124 21',
  city: 'Bandhagen',
  contactName: 'Statsbidragsgruppen',
  phone: '08-508 00 000',
  email: 'statsbidrag@example.org',
  reference: 'Arbetsmarknadsförvaltningen',
};

/** Idempotent: upserts by natural key, so running it twice changes nothing. */
export async function seedPersonDemoData(em: EntityManager): Promise<void> {
  // Districts and units are edited by the system administrator: only missing ones are added.
  await em.upsertMany(DistrictEntity, DISTRICTS.map((d) => ({ ...d })), { onConflictAction: 'ignore' });
  await em.upsertMany(UnitEntity, UNITS.map((u) => ({ ...u, active: true })), { onConflictAction: 'ignore' });
  await em.upsertMany(
    StaffMemberEntity,
    DEMO_USERS.map((u) => ({ username: u.username, name: u.name, email: u.email, roles: [...u.roles], districtCodes: [...u.districtCodes], active: true })),
  );
  // Each current district's contact person is its demo `<district>.kontakt` user; a contact changed
  // by the system administrator is kept (only districts without one are filled in).
  for (const d of CURRENT_DISTRICTS) {
    const contact = DEMO_USERS.find((u) => u.roles.includes('DISTRICT_CONTACT') && u.districtCodes.includes(d.code));
    if (contact) await em.nativeUpdate(DistrictEntity, { code: d.code, contactUsername: null }, { contactUsername: contact.username });
  }
  // Stockholm's applicant profile (fictional contact); one edited by the system administrator is kept.
  if (!(await em.count(ApplicantProfileEntity, { id: APPLICANT_PROFILE_ID }))) {
    await em.insert(ApplicantProfileEntity, { id: APPLICANT_PROFILE_ID, ...STOCKHOLM_APPLICANT_PROFILE, updatedAt: new Date(), updatedBy: 'seed' });
  }
  await seedCompensationTypesAndDefaultOfficers(em);
  await em.upsertMany(
    PersonEntity,
    PERSONS.map((p) => ({
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      birthDate: p.birthDate,
      personalIdentityNumber: p.personalIdentityNumber,
      isCoordinationNumber: p.isCoordinationNumber,
      migIndividualNumber: p.migIndividualNumber,
      protectedIdentity: p.protectedIdentity,
      districtCode: p.districtCode,
    })),
    // Only missing persons are added: a person updated, closed or purged in the running platform stays so.
    { onConflictAction: 'ignore' },
  );
  await em.upsertMany(
    RegistrationEntity,
    PERSONS.map((p) => ({
      id: stableUuid('registration', p.id),
      personId: p.id,
      address: p.address,
      postalCode: p.postalCode,
      registeredAt: p.registeredAt,
      districtCode: p.districtCode,
      source: 'SEED',
    })),
    { onConflictAction: 'ignore' },
  );
  await recordPersonIdentities(em);
}

/**
 * Tells the other contexts every person's identifiers and registration districts as stored (the
 * decisions subgraph matches MiG's rows with them), once per state: the event id names the content,
 * so seeding again records nothing and a person changed since is told again.
 */
async function recordPersonIdentities(em: EntityManager): Promise<void> {
  const persons = await em.find(PersonEntity, {}, { orderBy: { id: 'asc' } });
  const registrations = new Map<string, RegistrationRow[]>();
  for (const r of await em.find(RegistrationEntity, {})) registrations.set(r.personId, [...(registrations.get(r.personId) ?? []), r]);
  await recordEventsOnce(
    em,
    'person.identity-changed',
    persons.map((p) => {
      const payload = personIdentityChanged(p, registrations.get(p.id) ?? [], p.updatedAt);
      const { at: _at, ...content } = payload;
      return { id: stableUuid('person-identity', JSON.stringify(content)), payload };
    }),
  );
}

/**
 * MiG's compensation codes (REFERENCE-FACTS §1) and each demo claim type's default officer
 * (Statsbidragsgruppen, a few the demo officers). Only missing rows are added, so codes and
 * officers changed by the system administrator are kept and a second run changes nothing.
 */
export async function seedCompensationTypesAndDefaultOfficers(em: EntityManager): Promise<void> {
  const now = new Date();
  await em.upsertMany(
    CompensationTypeEntity,
    COMPENSATION_TYPES.map((t) => ({
      code: t.code,
      groupCode: t.group,
      groupName: t.groupName,
      name: t.name,
      paidWithApplication: t.paidWithApplication,
      validFrom: t.validFrom,
      validTo: t.validTo,
      updatedAt: now,
      updatedBy: 'seed',
    })),
    { onConflictAction: 'ignore' },
  );
  await em.upsertMany(
    DefaultOfficerEntity,
    CLAIM_TYPES.map((t) => ({ claimTypeCode: t.code, officerUsername: DEMO_DEFAULT_OFFICERS[t.code] ?? null, updatedAt: now, updatedBy: 'seed' })),
    { onConflictAction: 'ignore' },
  );
  // The claims subgraph keeps its own copy (it assigns new claims); tell it the current settings, once per setting.
  const settings = await em.find(DefaultOfficerEntity, {});
  await recordEventsOnce(
    em,
    'person.default-officer-changed',
    settings.map((s) => ({
      id: stableUuid('default-officer', `${s.claimTypeCode}:${s.officerUsername ?? ''}:${s.updatedAt.toISOString()}`),
      payload: { claimTypeCode: s.claimTypeCode, username: s.officerUsername ?? null, at: s.updatedAt.toISOString() },
    })),
  );
}
