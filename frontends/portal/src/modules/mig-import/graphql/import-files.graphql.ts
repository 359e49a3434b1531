import { gql } from 'urql';

/** An import from MiG as the lists and the progress show it (api.graphql: ImportFile, without its deviations). */
export interface ImportFileSummary {
  id: string;
  kind: string;
  kindLabel: string;
  fileName: string;
  sizeBytes: number;
  profileKey: string;
  profileName: string;
  paymentMonth: string | null;
  account: string | null;
  source: string;
  status: ImportStatus;
  statusLabel: string;
  rowsRead: number;
  rowsApplied: number;
  deviationCount: number;
  openDeviationCount: number;
  failure: string | null;
  receivedBy: string;
  receivedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export type ImportStatus = 'RECEIVED' | 'QUEUED' | 'RUNNING' | 'APPLIED' | 'FAILED';

/** Statuses in which the import is still to run or running: the page polls. */
export const ACTIVE_STATUSES: readonly ImportStatus[] = ['RECEIVED', 'QUEUED', 'RUNNING'];

const IMPORT_FILE_FIELDS = `
  id
  kind
  kindLabel
  fileName
  sizeBytes
  profileKey
  profileName
  paymentMonth
  account
  source
  status
  statusLabel
  rowsRead
  rowsApplied
  deviationCount
  openDeviationCount
  failure
  receivedBy
  receivedAt
  startedAt
  finishedAt
`;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ImportFilesData {
  importFiles: { totalCount: number; edges: { cursor: string; node: ImportFileSummary }[]; pageInfo: PageInfo };
}
export interface ImportFilesVariables {
  kind?: string | null;
  first?: number;
  after?: string | null;
}

export const IMPORT_FILES_QUERY = gql<ImportFilesData, ImportFilesVariables>`
  query MigImportFiles($kind: String, $first: Int, $after: String) {
    importFiles(kind: $kind, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ${IMPORT_FILE_FIELDS}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface ImportFileData {
  importFile: ImportFileSummary | null;
}

/** One import's status and counts; polled while it runs. */
export const IMPORT_FILE_QUERY = gql<ImportFileData, { id: string }>`
  query MigImportFile($id: ID!) {
    importFile(id: $id) {
      ${IMPORT_FILE_FIELDS}
    }
  }
`;

export interface ImportProfileOption {
  key: string;
  kind: string;
  name: string;
  builtIn: boolean;
}

export const IMPORT_PROFILE_OPTIONS_QUERY = gql<{ importProfiles: ImportProfileOption[] }, { kind: string }>`
  query MigImportProfileOptions($kind: String) {
    importProfiles(kind: $kind) {
      key
      kind
      name
      builtIn
    }
  }
`;

export interface StartImportInput {
  kind: string;
  profileKey: string;
  fileName: string;
  contentBase64: string;
  paymentMonth?: string | null;
  account?: string | null;
}

export interface StartImportResult {
  file: ImportFileSummary;
  alreadyReceived: boolean;
  message: string;
}

export const START_IMPORT_MUTATION = gql<{ startImport: StartImportResult }, { input: StartImportInput }>`
  mutation MigStartImport($input: StartImportInput!) {
    startImport(input: $input) {
      alreadyReceived
      message
      file {
        ${IMPORT_FILE_FIELDS}
      }
    }
  }
`;

export const RETRY_IMPORT_MUTATION = gql<{ retryImport: ImportFileSummary }, { id: string }>`
  mutation MigRetryImport($id: ID!) {
    retryImport(id: $id) {
      ${IMPORT_FILE_FIELDS}
    }
  }
`;

export { IMPORT_FILE_FIELDS };
