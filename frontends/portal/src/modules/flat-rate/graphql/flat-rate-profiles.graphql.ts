import { gql } from 'urql';

export interface FlatRateProfileColumn {
  field: string;
  label: string;
  headers: string[];
  position: number | null;
  start: number | null;
  length: number | null;
}

export interface FlatRateImportProfile {
  key: string;
  kind: string;
  name: string;
  /** xlsx | csv | fixed */
  format: string;
  hasHeader: boolean;
  builtIn: boolean;
  delimiter: string | null;
  columns: FlatRateProfileColumn[];
}

const PROFILE_FIELDS = `
  key
  kind
  name
  format
  hasHeader
  builtIn
  delimiter
  columns {
    field
    label
    headers
    position
    start
    length
  }
`;

export const FLAT_RATE_PROFILES_QUERY = gql<{ flatRateImportProfiles: FlatRateImportProfile[] }, { kind?: string | null }>`
  query FlatRateImportProfiles($kind: String) {
    flatRateImportProfiles(kind: $kind) {
      ${PROFILE_FIELDS}
    }
  }
`;

export interface SaveFlatRateImportProfileInput {
  key: string;
  kind: string;
  name: string;
  format: string;
  hasHeader: boolean;
  delimiter?: string | null;
  columns: { field: string; headers?: string[] | null; position?: number | null; start?: number | null; length?: number | null }[];
}

export const SAVE_FLAT_RATE_PROFILE_MUTATION = gql<{ saveFlatRateImportProfile: FlatRateImportProfile }, { input: SaveFlatRateImportProfileInput }>`
  mutation SaveFlatRateImportProfile($input: SaveFlatRateImportProfileInput!) {
    saveFlatRateImportProfile(input: $input) {
      ${PROFILE_FIELDS}
    }
  }
`;

export const DELETE_FLAT_RATE_PROFILE_MUTATION = gql<{ deleteFlatRateImportProfile: boolean }, { key: string }>`
  mutation DeleteFlatRateImportProfile($key: String!) {
    deleteFlatRateImportProfile(key: $key)
  }
`;
