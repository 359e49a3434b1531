import { formatIdentityNumber } from '@statsbidrag/domain';
import type { DistrictWithSuccessor } from './graphql/person-card.query.js';

export const PROTECTED_IDENTITY_TEXT = 'Skyddad identitet';

export const PERSONS_PATH = '/personer';

/** "Registrera person" (a person's id is a UUID, never "ny"). */
export const REGISTER_PERSON_PATH = `${PERSONS_PATH}/ny`;

/** The card's URL; the search query is carried along so that the card can link back to the results. */
export function personCardUrl(id: string, search = ''): string {
  return `${PERSONS_PATH}/${encodeURIComponent(id)}${search}`;
}

/** ÅÅÅÅMMDD-NNNN; "Skyddad identitet" when the number is withheld for a protected person; '' when there is none. */
export function identityNumberText(person: { personalIdentityNumber: string | null; protectedIdentity: boolean }): string {
  if (person.personalIdentityNumber) return formatIdentityNumber(person.personalIdentityNumber);
  return person.protectedIdentity ? PROTECTED_IDENTITY_TEXT : '';
}

/** "Personnummer" or "Samordningsnummer". */
export function identityNumberLabel(person: { isCoordinationNumber: boolean; personalIdentityNumber: string | null }): string {
  if (!person.personalIdentityNumber) return 'Personnummer/samordningsnummer';
  return person.isCoordinationNumber ? 'Samordningsnummer' : 'Personnummer';
}

/** "Rinkeby-Kista (sedan 2023-07-01: Järva)" for a district that has been merged into another one; else the name. */
export function districtText(district: Pick<DistrictWithSuccessor, 'name' | 'validTo' | 'successor'> | null | undefined): string {
  if (!district) return '';
  if (district.successor) return `${district.name} (sedan ${district.successor.validFrom}: ${district.successor.name})`;
  return district.name;
}

const SOURCE_LABELS: Record<string, string> = { EPS: 'EPS', MANUAL: 'Manuellt registrerad', SEED: 'Grunddata' };

/** Where a population registration came from, in Swedish. */
export function registrationSourceText(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}
