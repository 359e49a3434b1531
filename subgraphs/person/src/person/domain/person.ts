import { isMigIndividualNumber, parseIdentityNumber } from '@statsbidrag/domain';

/** What registering a person needs, before validation. */
export interface NewPersonInput {
  firstName: string;
  lastName: string;
  personalIdentityNumber?: string | null;
  migIndividualNumber?: string | null;
  birthDate?: string | null;
  districtCode?: string | null;
}

export interface ValidNewPerson {
  firstName: string;
  lastName: string;
  personalIdentityNumber: string | null;
  isCoordinationNumber: boolean;
  migIndividualNumber: string | null;
  birthDate: string | null;
  districtCode: string | null;
}

export interface FieldProblem { field: string; message: string; reason: string }

/** Validates and normalises a new person. Returns every problem, one per field. */
export function validateNewPerson(input: NewPersonInput, today = new Date()): { ok: true; value: ValidNewPerson } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const firstName = input.firstName?.trim() ?? '';
  const lastName = input.lastName?.trim() ?? '';
  if (!firstName) problems.push({ field: 'firstName', message: 'Förnamn måste anges.', reason: 'REQUIRED' });
  if (!lastName) problems.push({ field: 'lastName', message: 'Efternamn måste anges.', reason: 'REQUIRED' });
  if (firstName.length > 100) problems.push({ field: 'firstName', message: 'Förnamnet får vara högst 100 tecken.', reason: 'TOO_LONG' });
  if (lastName.length > 100) problems.push({ field: 'lastName', message: 'Efternamnet får vara högst 100 tecken.', reason: 'TOO_LONG' });

  let personalIdentityNumber: string | null = null;
  let isCoordinationNumber = false;
  let birthDate = input.birthDate ?? null;
  const pinRaw = input.personalIdentityNumber?.trim();
  if (pinRaw) {
    const parsed = parseIdentityNumber(pinRaw, today);
    if (parsed.ok) {
      personalIdentityNumber = parsed.normalised;
      isCoordinationNumber = parsed.isCoordinationNumber;
      birthDate = birthDate ?? parsed.birthDate;
    } else {
      problems.push({ field: 'personalIdentityNumber', message: parsed.message, reason: parsed.error });
    }
  }
  const migRaw = input.migIndividualNumber?.trim();
  let migIndividualNumber: string | null = null;
  if (migRaw) {
    if (isMigIndividualNumber(migRaw)) migIndividualNumber = migRaw;
    else problems.push({ field: 'migIndividualNumber', message: 'MiG:s individnummer (dossiernummer) ska ha 7 eller 8 siffror.', reason: 'FORMAT' });
  }
  if (!pinRaw && !migRaw) {
    problems.push({ field: 'personalIdentityNumber', message: 'Ange personnummer/samordningsnummer eller MiG:s individnummer.', reason: 'REQUIRED' });
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: { firstName, lastName, personalIdentityNumber, isCoordinationNumber, migIndividualNumber, birthDate, districtCode: input.districtCode?.trim() || null },
  };
}
