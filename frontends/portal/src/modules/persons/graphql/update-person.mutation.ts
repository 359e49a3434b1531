import { gql } from 'urql';

/** "Aktualisera personuppgifter": only the fields that changed; '' removes an identifier. */
export interface UpdatePersonInput {
  personId: string;
  firstName?: string;
  lastName?: string;
  personalIdentityNumber?: string;
  migIndividualNumber?: string;
  birthDate?: string;
  protectedIdentity?: boolean;
}

export interface UpdatedPerson {
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
  personalIdentityNumber: string | null;
  isCoordinationNumber: boolean;
  migIndividualNumber: string | null;
  birthDate: string | null;
  protectedIdentity: boolean;
}

export const UPDATE_PERSON_MUTATION = gql<{ updatePerson: UpdatedPerson }, { input: UpdatePersonInput }>`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      firstName
      lastName
      fullName
      personalIdentityNumber
      isCoordinationNumber
      migIndividualNumber
      birthDate
      protectedIdentity
    }
  }
`;
