import { gql } from 'urql';
import { IMPORT_FILE_FIELDS, type StartImportResult } from './import-files.graphql.js';

export interface ImportField {
  key: string;
  label: string;
  required: boolean;
}

export interface ScannedCell {
  field: string;
  text: string;
  /** 0–100 */
  confidence: number;
  uncertain: boolean;
}

export interface ScannedList {
  fileName: string;
  pages: number;
  fields: ImportField[];
  rows: { rowNumber: number; cells: ScannedCell[] }[];
  uncertainCount: number;
}

export const READ_SCANNED_LIST_MUTATION = gql<{ readScannedList: ScannedList }, { input: { fileName: string; contentBase64: string } }>`
  mutation MigReadScannedList($input: ScannedListInput!) {
    readScannedList(input: $input) {
      fileName
      pages
      fields {
        key
        label
        required
      }
      rows {
        rowNumber
        cells {
          field
          text
          confidence
          uncertain
        }
      }
      uncertainCount
    }
  }
`;

export interface ReviewedRowsInput {
  kind: string;
  fileName: string;
  fields: string[];
  rows: string[][];
}

export const IMPORT_REVIEWED_ROWS_MUTATION = gql<{ importReviewedRows: StartImportResult }, { input: ReviewedRowsInput }>`
  mutation MigImportReviewedRows($input: ReviewedRowsInput!) {
    importReviewedRows(input: $input) {
      alreadyReceived
      message
      file {
        ${IMPORT_FILE_FIELDS}
      }
    }
  }
`;
