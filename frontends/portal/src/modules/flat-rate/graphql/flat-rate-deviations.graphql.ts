import { gql } from 'urql';
import type { PageInfo } from './flat-rate-imports.graphql.js';

export interface FlatRateFieldValue {
  field: string;
  label: string;
  value: string;
}

/** A row of a flat-rate import that could not be applied (api: FlatRateDeviation). */
export interface FlatRateDeviation {
  id: string;
  importId: string;
  fileName: string;
  rowNumber: number;
  field: string;
  fieldLabel: string;
  reason: string;
  reasonLabel: string;
  message: string;
  original: string[];
  values: FlatRateFieldValue[];
  /** öre */
  amount: number | null;
  compensationCode: string | null;
  suggestedPersonId: string | null;
  status: string;
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

const DEVIATION_FIELDS = `
  id
  importId
  fileName
  rowNumber
  field
  fieldLabel
  reason
  reasonLabel
  message
  original
  values {
    field
    label
    value
  }
  amount
  compensationCode
  suggestedPersonId
  status
  resolution
  resolvedBy
  resolvedAt
`;

export type DeviationPage = { totalCount: number; edges: { cursor: string; node: FlatRateDeviation }[]; pageInfo: PageInfo };

export interface FlatRateDeviationsVariables {
  status?: string | null;
  reason?: string | null;
  importId?: string | null;
  first?: number;
  after?: string | null;
}

/** Deviations over every import (the deviation list) or one import's (`importId`). */
export const FLAT_RATE_DEVIATIONS_QUERY = gql<{ flatRateDeviations: DeviationPage }, FlatRateDeviationsVariables>`
  query FlatRateDeviations($status: String, $reason: String, $importId: ID, $first: Int, $after: String) {
    flatRateDeviations(status: $status, reason: $reason, importId: $importId, first: $first, after: $after) {
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
`;

export interface ResolveFlatRateDeviationInput {
  deviationId: string;
  values?: { field: string; value: string }[] | null;
  personId?: string | null;
  acceptAsAmfRevenue?: boolean | null;
  note?: string | null;
}

export const RESOLVE_FLAT_RATE_DEVIATION_MUTATION = gql<{ resolveFlatRateDeviation: FlatRateDeviation }, { input: ResolveFlatRateDeviationInput }>`
  mutation ResolveFlatRateDeviation($input: ResolveFlatRateDeviationInput!) {
    resolveFlatRateDeviation(input: $input) {
      ${DEVIATION_FIELDS}
    }
  }
`;

export interface RegisterFlatRatePersonInput {
  deviationId: string;
  firstName: string;
  lastName: string;
  personalIdentityNumber?: string | null;
  migIndividualNumber?: string | null;
  birthDate: string;
  note?: string | null;
}

export const REGISTER_FLAT_RATE_PERSON_MUTATION = gql<{ registerFlatRatePerson: FlatRateDeviation }, { input: RegisterFlatRatePersonInput }>`
  mutation RegisterFlatRatePerson($input: RegisterFlatRatePersonInput!) {
    registerFlatRatePerson(input: $input) {
      ${DEVIATION_FIELDS}
    }
  }
`;

export const CLOSE_FLAT_RATE_DEVIATION_MUTATION = gql<{ closeFlatRateDeviation: FlatRateDeviation }, { deviationId: string; reason: string }>`
  mutation CloseFlatRateDeviation($deviationId: ID!, $reason: String!) {
    closeFlatRateDeviation(deviationId: $deviationId, reason: $reason) {
      ${DEVIATION_FIELDS}
    }
  }
`;
