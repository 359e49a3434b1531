import { gql } from 'urql';

export type ClaimOrderField = 'CREATED_AT' | 'AMOUNT' | 'PERIOD_FROM' | 'STATUS';
export type SortDirection = 'ASC' | 'DESC';

export interface ClaimListNode {
  id: string;
  status: string;
  statusLabel: string;
  /** Null while an AmF proposal waits for the district's figures. */
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  claimType: { code: string; name: string };
  district: { code: string; name: string };
  person: { id: string; fullName: string };
}

export interface ClaimsListData {
  claims: {
    totalCount: number;
    edges: { cursor: string; node: ClaimListNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface ClaimsListVariables {
  first: number;
  after: string | null;
  filter: { statuses?: string[] } | null;
  orderBy: { field: ClaimOrderField; direction: SortDirection } | null;
}

export const CLAIMS_LIST_QUERY = gql<ClaimsListData, ClaimsListVariables>`
  query ClaimsList($first: Int, $after: String, $filter: ClaimFilterInput, $orderBy: ClaimOrderInput) {
    claims(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
