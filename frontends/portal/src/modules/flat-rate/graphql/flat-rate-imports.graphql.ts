import { gql } from 'urql';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export type FlatRateImportStatus = 'RECEIVED' | 'QUEUED' | 'RUNNING' | 'APPLIED' | 'FAILED';

/** Statuses in which the import is still to run or running: the page polls. */
export const ACTIVE_STATUSES: readonly string[] = ['RECEIVED', 'QUEUED', 'RUNNING'];

/** An import of flat-rate payments (api: FlatRateImport, without its deviations). */
export interface FlatRateImport {
  id: string;
  kind: string;
  kindLabel: string;
  fileName: string;
  sizeBytes: number;
  profileKey: string;
  profileName: string;
  encrypted: boolean;
  status: string;
  statusLabel: string;
  rowsRead: number;
  rowsApplied: number;
  deviationCount: number;
  openDeviationCount: number;
  /** öre */
  totalAmount: number;
  months: string[];
  failure: string | null;
  receivedBy: string;
  receivedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const FLAT_RATE_IMPORT_FIELDS = `
  id
  kind
  kindLabel
  fileName
  sizeBytes
  profileKey
  profileName
  encrypted
  status
  statusLabel
  rowsRead
  rowsApplied
  deviationCount
  openDeviationCount
  totalAmount
  months
  failure
  receivedBy
  receivedAt
  startedAt
  finishedAt
`;

export interface FlatRateImportsData {
  flatRateImports: { totalCount: number; edges: { cursor: string; node: FlatRateImport }[]; pageInfo: PageInfo };
}
export interface FlatRateImportsVariables {
  kind?: string | null;
  status?: string | null;
  first?: number;
  after?: string | null;
}

export const FLAT_RATE_IMPORTS_QUERY = gql<FlatRateImportsData, FlatRateImportsVariables>`
  query FlatRateImports($kind: String, $status: String, $first: Int, $after: String) {
    flatRateImports(kind: $kind, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ${FLAT_RATE_IMPORT_FIELDS}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const FLAT_RATE_IMPORT_QUERY = gql<{ flatRateImport: FlatRateImport | null }, { id: string }>`
  query FlatRateImport($id: ID!) {
    flatRateImport(id: $id) {
      ${FLAT_RATE_IMPORT_FIELDS}
    }
  }
`;

export interface FlatRateProfileOption {
  key: string;
  kind: string;
  name: string;
  builtIn: boolean;
}

export const FLAT_RATE_PROFILE_OPTIONS_QUERY = gql<{ flatRateImportProfiles: FlatRateProfileOption[] }, { kind: string }>`
  query FlatRateProfileOptions($kind: String) {
    flatRateImportProfiles(kind: $kind) {
      key
      kind
      name
      builtIn
    }
  }
`;

export interface StartFlatRateImportInput {
  kind: string;
  profileKey?: string | null;
  fileName: string;
  contentBase64: string;
}
export interface StartFlatRateImportResult {
  import: FlatRateImport;
  alreadyReceived: boolean;
  message: string;
}

export const START_FLAT_RATE_IMPORT_MUTATION = gql<{ startFlatRateImport: StartFlatRateImportResult }, { input: StartFlatRateImportInput }>`
  mutation StartFlatRateImport($input: StartFlatRateImportInput!) {
    startFlatRateImport(input: $input) {
      alreadyReceived
      message
      import {
        ${FLAT_RATE_IMPORT_FIELDS}
      }
    }
  }
`;

export const RETRY_FLAT_RATE_IMPORT_MUTATION = gql<{ retryFlatRateImport: FlatRateImport }, { id: string }>`
  mutation RetryFlatRateImport($id: ID!) {
    retryFlatRateImport(id: $id) {
      ${FLAT_RATE_IMPORT_FIELDS}
    }
  }
`;

export const ACCEPT_NO_DISTRICT_MUTATION = gql<{ acceptNoDistrictAsAmfRevenue: number }, { importId: string }>`
  mutation AcceptNoDistrictAsAmfRevenue($importId: ID!) {
    acceptNoDistrictAsAmfRevenue(importId: $importId)
  }
`;
