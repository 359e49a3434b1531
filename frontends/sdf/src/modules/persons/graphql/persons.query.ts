import { gql } from 'urql';

export type AddressStatus = 'OK' | 'MISSING_ADDRESS' | 'UNKNOWN_DISTRICT';

/**
 * A row of the district's person list: only what the table shows (each read of an identifier is
 * logged by the API, so nothing more is asked for).
 */
export interface SdfPersonRow {
  id: string;
  fullName: string;
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
  protectedIdentity: boolean;
  addressStatus: AddressStatus;
  addressStatusLabel: string;
  closedOn: string | null;
  closureReasonLabel: string | null;
}

export interface SdfPersonsData {
  persons: {
    totalCount: number;
    edges: { cursor: string; node: SdfPersonRow }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface SdfPersonsVariables {
  /** null: every person of the district. */
  search: string | null;
  first: number;
  after: string | null;
}

/** The API keeps a district user to the persons of their own district. */
export const SDF_PERSONS_QUERY = gql<SdfPersonsData, SdfPersonsVariables>`
  query SdfPersons($search: String, $first: Int, $after: String) {
    persons(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          fullName
          personalIdentityNumber
          migIndividualNumber
          protectedIdentity
          addressStatus
          addressStatusLabel
          closedOn
          closureReasonLabel
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
