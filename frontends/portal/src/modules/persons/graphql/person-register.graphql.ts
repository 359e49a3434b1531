import { gql } from 'urql';

export interface DistrictOption {
  code: string;
  name: string;
}

/** The current districts, for the district select. */
export const DISTRICT_OPTIONS_QUERY = gql<{ districts: DistrictOption[] }, Record<string, never>>`
  query PersonDistrictOptions {
    districts {
      code
      name
    }
  }
`;

export interface ExistingPerson {
  id: string;
  fullName: string;
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
}

export interface ExistingPersonsVariables {
  /** A normalised personnummer/samordningsnummer or a MiG individnummer. */
  search: string;
}

/** Before registering: is there already a person with this identifier? */
export const EXISTING_PERSONS_QUERY = gql<{ persons: { edges: { node: ExistingPerson }[] } }, ExistingPersonsVariables>`
  query ExistingPersons($search: String!) {
    persons(search: $search, first: 10) {
      edges {
        node {
          id
          fullName
          personalIdentityNumber
          migIndividualNumber
        }
      }
    }
  }
`;

export interface RegisterPersonInput {
  firstName: string;
  lastName: string;
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
  birthDate: string | null;
  districtCode: string | null;
}

export interface RegisteredPerson {
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
}

export const REGISTER_PERSON_MUTATION = gql<{ registerPerson: RegisteredPerson }, { input: RegisterPersonInput }>`
  mutation RegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
      firstName
      lastName
      fullName
    }
  }
`;
