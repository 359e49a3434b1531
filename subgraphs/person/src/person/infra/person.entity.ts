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
    /** OK, MISSING_ADDRESS or UNKNOWN_DISTRICT, as the latest EPS extract said (see domain/address-status.ts). */
    addressStatus: p.string().default('OK'),
    /** Avslut: the grant handling was closed on this date, for this ClosureReason (see closure/domain). */
    closedOn: p.date().nullable(),
    closureReason: p.string().nullable(),
    closureNote: p.text().nullable(),
    closedBy: p.string().nullable(),
    /** Utflyttningsdatum. */
    movedOutOn: p.date().nullable(),
    /** Personal-data handling deactivated (avaktualiserad) on this date. */
    personalDataDeactivatedOn: p.date().nullable(),
    /** Gallringsdatum: personal data is purged on or after this date (set by hand, or computed at closure). */
    purgeOn: p.date().nullable().index(),
    purgeOnSetManually: p.boolean().default(false),
    /** When the personal data was purged; the row stays, anonymised, so money figures keep their person id. */
    purgedAt: p.datetime().nullable(),
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
    /** EPS, MANUAL or SEED. */
    source: p.string(),
    /** The EPS import that added it (null for other sources). */
    importId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()).defaultRaw('now()'),
  },
});
export type RegistrationRow = InferEntity<typeof RegistrationEntity>;

/** Every change of a person's handling state (closure, move-out, purge date, purge…): who, when, before, after. */
export const PersonChangeEntity = defineEntity({
  name: 'PersonChange',
  tableName: 'person_change',
  properties: {
    id: p.uuid().primary(),
    personId: p.uuid().index(),
    at: p.datetime(),
    username: p.string(),
    /** CLOSED, REOPENED, MOVED_OUT, PERSONAL_DATA_DEACTIVATED, PURGE_DATE_SET, PURGED, UPDATED. */
    action: p.string(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
    note: p.text().nullable(),
  },
});
export type PersonChangeRow = InferEntity<typeof PersonChangeEntity>;
