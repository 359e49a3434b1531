import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Bidragsgrundande person. Identifiers are stored normalised (12 digits). */
export const PersonEntity = defineEntity({
  name: 'Person',
  tableName: 'person',
  properties: {
    id: p.uuid().primary(),
    firstName: p.string(),
    lastName: p.string(),
    birthDate: p.date().nullable(),
    personalIdentityNumber: p.string().nullable().unique(),
    isCoordinationNumber: p.boolean().default(false),
    migIndividualNumber: p.string().nullable().unique(),
    protectedIdentity: p.boolean().default(false),
    /** Current district (from the latest registration); history in person_registration. */
    districtCode: p.string().nullable().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type PersonRow = InferEntity<typeof PersonEntity>;

/** Folkbokföring: address and date, with the district it belongs to. */
export const RegistrationEntity = defineEntity({
  name: 'Registration',
  tableName: 'person_registration',
  properties: {
    id: p.uuid().primary(),
    personId: p.uuid().index(),
    address: p.string().nullable(),
    postalCode: p.string().nullable(),
    registeredAt: p.date(),
    districtCode: p.string().nullable(),
    source: p.string(),
  },
});
export type RegistrationRow = InferEntity<typeof RegistrationEntity>;
