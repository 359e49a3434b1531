import { formatIdentityNumber, isMigIndividualNumber, parseIdentityNumber } from '@statsbidrag/domain';
import { parseDateInput } from '@statsbidrag/ui';
import type { UpdatePersonInput } from './graphql/update-person.mutation.js';

/** The labels of the person's data, the same in "Registrera person" and "Ändra personuppgifter". */
export const FIRST_NAME_LABEL = 'Förnamn';
export const LAST_NAME_LABEL = 'Efternamn';
export const IDENTITY_NUMBER_LABEL = 'Personnummer/samordningsnummer';
export const MIG_LABEL = 'Individnummer (MiG)';
export const BIRTH_DATE_LABEL = 'Födelsedatum';
export const DISTRICT_LABEL = 'Stadsdel';

export const MAX_NAME_LENGTH = 100;
export const IDENTIFIER_REQUIRED = 'Ange personnummer/samordningsnummer eller individnummer (MiG).';
export const MIG_FORMAT = 'Individnummer (MiG) ska ha 7 eller 8 siffror.';
export const BIRTH_DATE_REQUIRED = 'Ange födelsedatum när personnummer/samordningsnummer saknas.';

/** What the user typed. */
export interface PersonDataValues {
  firstName: string;
  lastName: string;
  personalIdentityNumber: string;
  migIndividualNumber: string;
  birthDate: string;
}

/** Checked and normalised: the identity number as 12 digits, the birth date as ÅÅÅÅ-MM-DD, '' for empty. */
export type CheckedPersonData = PersonDataValues;

export type PersonDataField = keyof PersonDataValues;
export type PersonDataErrors = Partial<Record<PersonDataField, string>>;

export type PersonDataCheck = { ok: true; value: CheckedPersonData } | { ok: false; errors: PersonDataErrors };

export interface PersonDataCheckOptions {
  /** Registering: a birth date is needed when there is no personnummer/samordningsnummer. */
  birthDateRequiredWithoutIdentityNumber?: boolean;
  /** Today as ÅÅÅÅ-MM-DD (tests). */
  today?: string;
}

/**
 * The browser's checks before anything is sent: names, the format and check digit of the identity
 * number, 7–8 digits for the MiG individnummer, at least one of the two, a real birth date. The
 * server checks again and is the judge.
 */
export function checkPersonData(values: PersonDataValues, { birthDateRequiredWithoutIdentityNumber = false, today }: PersonDataCheckOptions = {}): PersonDataCheck {
  const errors: PersonDataErrors = {};
  const firstName = values.firstName.trim();
  const lastName = values.lastName.trim();
  if (!firstName) errors.firstName = 'Förnamn måste anges.';
  else if (firstName.length > MAX_NAME_LENGTH) errors.firstName = `Förnamnet får vara högst ${MAX_NAME_LENGTH} tecken.`;
  if (!lastName) errors.lastName = 'Efternamn måste anges.';
  else if (lastName.length > MAX_NAME_LENGTH) errors.lastName = `Efternamnet får vara högst ${MAX_NAME_LENGTH} tecken.`;

  let personalIdentityNumber = '';
  const pinRaw = values.personalIdentityNumber.replace(/\s/g, '');
  if (pinRaw) {
    const parsed = parseIdentityNumber(pinRaw);
    if (parsed.ok) personalIdentityNumber = parsed.normalised;
    else errors.personalIdentityNumber = parsed.message;
  }
  const migIndividualNumber = values.migIndividualNumber.replace(/\s/g, '');
  if (migIndividualNumber && !isMigIndividualNumber(migIndividualNumber)) errors.migIndividualNumber = MIG_FORMAT;
  if (!pinRaw && !migIndividualNumber) errors.personalIdentityNumber = IDENTIFIER_REQUIRED;

  const date = parseDateInput(values.birthDate, { label: BIRTH_DATE_LABEL, notInFuture: true, today });
  let birthDate = '';
  if (!date.ok) errors.birthDate = date.message;
  else birthDate = date.value;
  if (date.ok && !birthDate && !pinRaw && birthDateRequiredWithoutIdentityNumber) errors.birthDate = BIRTH_DATE_REQUIRED;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { firstName, lastName, personalIdentityNumber, migIndividualNumber, birthDate } };
}

/** A person as "Ändra personuppgifter" starts from. */
export interface EditablePerson {
  id: string;
  firstName: string;
  lastName: string;
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
  birthDate: string | null;
  protectedIdentity: boolean;
}

/** The form pre-filled with the person (the identity number as ÅÅÅÅMMDD-NNNN). */
export function personDataValuesOf(person: EditablePerson): PersonDataValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    personalIdentityNumber: person.personalIdentityNumber ? formatIdentityNumber(person.personalIdentityNumber) : '',
    migIndividualNumber: person.migIndividualNumber ?? '',
    birthDate: person.birthDate ?? '',
  };
}

/**
 * `updatePerson`'s input with only what changed: a name, an identifier ('' removes it), the birth
 * date, protected identity. An identity number typed in another form (10 digits, with `-`) that is the
 * same number is no change. A birth date left as it was is not sent, so that it follows a new
 * personnummer.
 */
export function updateInputOf(person: EditablePerson, checked: CheckedPersonData, protectedIdentity: boolean): UpdatePersonInput {
  const input: UpdatePersonInput = { personId: person.id };
  if (checked.firstName !== person.firstName) input.firstName = checked.firstName;
  if (checked.lastName !== person.lastName) input.lastName = checked.lastName;
  if (checked.personalIdentityNumber !== (person.personalIdentityNumber ?? '')) input.personalIdentityNumber = checked.personalIdentityNumber;
  if (checked.migIndividualNumber !== (person.migIndividualNumber ?? '')) input.migIndividualNumber = checked.migIndividualNumber;
  if (checked.birthDate && checked.birthDate !== (person.birthDate ?? '')) input.birthDate = checked.birthDate;
  if (protectedIdentity !== person.protectedIdentity) input.protectedIdentity = protectedIdentity;
  return input;
}

/** Whether the input changes anything (more than the person's id). */
export function changesSomething(input: UpdatePersonInput): boolean {
  return Object.keys(input).some((key) => key !== 'personId');
}
