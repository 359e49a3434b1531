import { gql } from 'urql';

export type ClaimOrderField =
  | 'CREATED_AT'
  | 'AMOUNT'
  | 'PERIOD_FROM'
  | 'PERIOD_TO'
  | 'STATUS'
  | 'CLAIM_TYPE'
  | 'DISTRICT'
  | 'MIG_CASE_NUMBER'
  | 'RESPONSIBLE'
  | 'UNIT'
  | 'UPDATED_AT';
export type SortDirection = 'ASC' | 'DESC';

export interface ClaimListNode {
  id: string;
  status: string;
  statusLabel: string;
  /** Null while an AmF proposal waits for the district's figures. */
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  migCaseNumber: string | null;
  unitCode: string | null;
  responsibleLabel: string;
  createdAt: string;
  hasOverdueSupplement: boolean;
  claimType: { code: string; name: string };
  district: { code: string; name: string };
  person: { id: string; fullName: string } | null;
}

export interface ClaimsListData {
  claims: {
    totalCount: number;
    edges: { cursor: string; node: ClaimListNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** ClaimFilterInput as the list sends it (only the fields in use). */
export interface ClaimFilterVariables {
  statuses?: string[];
  districtCodes?: string[];
  unitCode?: string;
  officerUsername?: string;
  responsibleUsername?: string;
  responsibleIsGroup?: boolean;
  claimTypeCodes?: string[];
  periodFrom?: string;
  periodTo?: string;
  amountMin?: number;
  amountMax?: number;
  personIds?: string[];
  migCaseNumber?: string;
  initiatedBy?: string;
  overdue?: boolean;
}

export interface ClaimsListVariables {
  first: number;
  offset: number;
  filter: ClaimFilterVariables | null;
  orderBy: { field: ClaimOrderField; direction: SortDirection } | null;
}

export const CLAIMS_LIST_QUERY = gql<ClaimsListData, ClaimsListVariables>`
  query ClaimsList($first: Int, $offset: Int, $filter: ClaimFilterInput, $orderBy: ClaimOrderInput) {
    claims(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          statusLabel
          amount
          periodFrom
          periodTo
          migCaseNumber
          unitCode
          responsibleLabel
          createdAt
          hasOverdueSupplement
          claimType {
            code
            name
          }
          district {
            code
            name
          }
          person {
            id
            fullName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface ClaimsListOptionsData {
  me: { roles: string[] };
  claimTypes: { code: string; name: string }[];
  districts: { code: string; name: string }[];
}

/** What the filter panel offers: claim types, districts (portal only) and who is looking. */
export const CLAIMS_LIST_OPTIONS_QUERY = gql<ClaimsListOptionsData, Record<string, never>>`
  query ClaimsListOptions {
    me {
      roles
    }
    claimTypes {
      code
      name
    }
    districts(includeHistoric: true) {
      code
      name
    }
  }
`;

export interface PersonMatchData {
  persons: { totalCount: number; edges: { node: { id: string } }[] };
}

/** The persons a "Person" filter text matches (name, personnummer, individnummer); the list filters on their ids. */
export const PERSON_MATCH_QUERY = gql<PersonMatchData, { search: string }>`
  query ClaimsListPersonMatch($search: String) {
    persons(search: $search, first: 500) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;
