import { gql } from 'urql';
import type { ImportField } from './scanned-list.graphql.js';

export interface ImportProfileColumn {
  field: string;
  label: string;
  headers: string[];
  position: number | null;
  start: number | null;
  length: number | null;
}

export interface ImportProfile {
  key: string;
  kind: string;
  name: string;
  /** xlsx | csv | fixed */
  format: string;
  hasHeader: boolean;
  builtIn: boolean;
  columns: ImportProfileColumn[];
}

const PROFILE_FIELDS = `
  key
  kind
  name
  format
  hasHeader
  builtIn
  columns {
    field
    label
    headers
    position
    start
    length
  }
`;

export const IMPORT_PROFILES_QUERY = gql<{ importProfiles: ImportProfile[] }, { kind?: string | null }>`
  query MigImportProfiles($kind: String) {
    importProfiles(kind: $kind) {
      ${PROFILE_FIELDS}
    }
  }
`;

export const IMPORT_FIELDS_QUERY = gql<{ importFields: ImportField[] }, { kind: string }>`
  query MigImportFields($kind: String!) {
    importFields(kind: $kind) {
      key
      label
      required
    }
  }
`;

export interface ImportProfileInput {
  key: string;
  kind: string;
  name: string;
  format: string;
  hasHeader: boolean;
  columns: { field: string; headers?: string[] | null; position?: number | null; start?: number | null; length?: number | null }[];
}

export const SAVE_IMPORT_PROFILE_MUTATION = gql<{ saveImportProfile: ImportProfile }, { input: ImportProfileInput }>`
  mutation MigSaveImportProfile($input: ImportProfileInput!) {
    saveImportProfile(input: $input) {
      ${PROFILE_FIELDS}
    }
  }
`;

export const DELETE_IMPORT_PROFILE_MUTATION = gql<{ deleteImportProfile: boolean }, { key: string }>`
  mutation MigDeleteImportProfile($key: String!) {
    deleteImportProfile(key: $key)
  }
`;
