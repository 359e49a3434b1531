import { gql } from 'urql';

export type AddressStatus = 'OK' | 'MISSING_ADDRESS' | 'UNKNOWN_DISTRICT';

export interface PersonSearchNode {
  id: string;
  fullName: string;
  birthDate: string | null;
  personalIdentityNumber: string | null;
  isCoordinationNumber: boolean;
  migIndividualNumber: string | null;
  protectedIdentity: boolean;
  district: { code: string; name: string } | null;
  addressStatus: AddressStatus;
  addressStatusLabel: string;
}

export interface PersonSearchData {
  persons: {
    totalCount: number;
    edges: { cursor: string; node: PersonSearchNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface PersonSearchVariables {
  search: string | null;
  birthDate: string | null;
  first: number;
  after: string | null;
}

export const PERSON_SEARCH_QUERY = gql<PersonSearchData, PersonSearchVariables>`
  query PersonSearch($search: String, $birthDate: Date, $first: Int, $after: String) {
    persons(search: $search, birthDate: $birthDate, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          fullName
          birthDate
          personalIdentityNumber
          isCoordinationNumber
          migIndividualNumber
          protectedIdentity
          district {
            code
            name
          }
          addressStatus
          addressStatusLabel
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
