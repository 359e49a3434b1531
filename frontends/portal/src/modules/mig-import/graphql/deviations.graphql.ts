import { gql } from 'urql';
import type { PageInfo } from './import-files.graphql.js';

export type DeviationStatus = 'OPEN' | 'RESOLVED' | 'CLOSED';

export interface FieldValue {
  field: string;
  label: string;
  value: string;
}

export interface ImportDeviation {
  id: string;
  importId: string;
  rowNumber: number;
  field: string;
  fieldLabel: string;
  reason: string;
  message: string;
  original: string[];
  values: FieldValue[];
  suggestion: { label: string; claimId: string | null; personId: string | null } | null;
  status: DeviationStatus;
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

const DEVIATION_FIELDS = `
  id
  importId
  rowNumber
  field
  fieldLabel
  reason
  message
  original
  values {
    field
    label
    value
  }
  suggestion {
    label
    claimId
    personId
  }
  status
  resolution
  resolvedBy
  resolvedAt
`;

export interface ImportDeviationsData {
  importFile: {
    id: string;
    deviations: { totalCount: number; edges: { cursor: string; node: ImportDeviation }[]; pageInfo: PageInfo };
  } | null;
}
export interface ImportDeviationsVariables {
  id: string;
  status?: DeviationStatus | null;
  first?: number;
  after?: string | null;
}

export const IMPORT_DEVIATIONS_QUERY = gql<ImportDeviationsData, ImportDeviationsVariables>`
  query MigImportDeviations($id: ID!, $status: DeviationStatus, $first: Int, $after: String) {
    importFile(id: $id) {
      id
      deviations(status: $status, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ${DEVIATION_FIELDS}
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export interface ResolveDeviationInput {
  deviationId: string;
  values?: { field: string; value: string }[];
  claimId?: string | null;
  personId?: string | null;
  note?: string | null;
}

export const RESOLVE_DEVIATION_MUTATION = gql<{ resolveDeviation: ImportDeviation }, { input: ResolveDeviationInput }>`
  mutation MigResolveDeviation($input: ResolveDeviationInput!) {
    resolveDeviation(input: $input) {
      ${DEVIATION_FIELDS}
    }
  }
`;

export const CLOSE_DEVIATION_MUTATION = gql<{ closeDeviation: ImportDeviation }, { deviationId: string; reason: string }>`
  mutation MigCloseDeviation($deviationId: ID!, $reason: String!) {
    closeDeviation(deviationId: $deviationId, reason: $reason) {
      ${DEVIATION_FIELDS}
    }
  }
`;
