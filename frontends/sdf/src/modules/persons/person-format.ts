import { formatIdentityNumber } from '@statsbidrag/domain';
import { formatDate } from '@statsbidrag/ui';

export const PERSONS_PATH = '/personer';
export const PROTECTED_IDENTITY_TEXT = 'Skyddad identitet';
export const PERSON_NOT_FOUND = 'Personen finns inte eller hör inte till din stadsdel.';
export const NO_MATCHES = 'Inga personer i din stadsdel matchar sökningen.';

/** The card's URL; the search query goes along so that the card can lead back to the same results. */
export function personCardUrl(id: string, search = ''): string {
  return `${PERSONS_PATH}/${encodeURIComponent(id)}${search}`;
}

/** The name to show: never a protected person's name, whatever the API sends. */
export function personNameText(person: { fullName: string; protectedIdentity: boolean }): string {
  return person.protectedIdentity ? PROTECTED_IDENTITY_TEXT : person.fullName;
}

/** ÅÅÅÅMMDD-XXXX; "Skyddad identitet" for a protected person (only the MiG individnummer is shown); '' when there is none. */
export function identityNumberText(person: { personalIdentityNumber: string | null; protectedIdentity: boolean }): string {
  if (person.protectedIdentity) return PROTECTED_IDENTITY_TEXT;
  return person.personalIdentityNumber ? formatIdentityNumber(person.personalIdentityNumber) : '';
}

/** "Personnummer" or "Samordningsnummer" (either when unknown). */
export function identityNumberLabel(person: { isCoordinationNumber: boolean; personalIdentityNumber: string | null; protectedIdentity: boolean }): string {
  if (person.protectedIdentity || !person.personalIdentityNumber) return 'Personnummer/samordningsnummer';
  return person.isCoordinationNumber ? 'Samordningsnummer' : 'Personnummer';
}

/** "2025-03-31 (Avlidit)", "2025-03-31", or '' while the handling goes on. */
export function closedText(person: { closedOn: string | null; closureReasonLabel: string | null }): string {
  if (!person.closedOn) return '';
  return person.closureReasonLabel ? `${formatDate(person.closedOn)} (${person.closureReasonLabel})` : formatDate(person.closedOn);
}

const CASE_CONTEXTS: Record<string, string> = { claims: 'Återsökning', appeals: 'Överklagan' };

/** Where an open case lives, in Swedish. */
export function caseContextText(context: string): string {
  return CASE_CONTEXTS[context] ?? context;
}
