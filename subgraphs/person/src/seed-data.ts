import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_USERS, DISTRICTS, PERSONS, UNITS } from '@statsbidrag/demo-data';
import { stableUuid } from '@statsbidrag/domain/ids';
import { DistrictEntity, UnitEntity } from './district/infra/district.entity.js';
import { PersonEntity, RegistrationEntity } from './person/infra/person.entity.js';
import { StaffMemberEntity } from './staff/infra/staff.entity.js';

/** Idempotent: upserts by natural key, so running it twice changes nothing. */
export async function seedPersonDemoData(em: EntityManager): Promise<void> {
  await em.upsertMany(DistrictEntity, DISTRICTS.map((d) => ({ ...d })));
  await em.upsertMany(UnitEntity, UNITS.map((u) => ({ ...u })));
  await em.upsertMany(
    StaffMemberEntity,
    DEMO_USERS.map((u) => ({ username: u.username, name: u.name, email: u.email, roles: [...u.roles], districtCodes: [...u.districtCodes], active: true })),
  );
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
      protectedIdentity: false,
      districtCode: p.districtCode,
    })),
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
  );
}
