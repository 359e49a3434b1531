import { gql } from 'urql';
import type { ScannedList } from '../../mig-import/graphql/scanned-list.graphql.js';

/** What the subgraph read from a scanned paper decision (api: ScannedFlatRateDecision); the same shape as a scanned MiG list. */
export type ScannedFlatRateDecision = ScannedList;

export const READ_SCANNED_FLAT_RATE_DECISION_MUTATION = gql<{ readScannedFlatRateDecision: ScannedFlatRateDecision }, { input: { fileName: string; contentBase64: string } }>`
  mutation FlatRateReadScannedDecision($input: ScannedFlatRateDecisionInput!) {
    readScannedFlatRateDecision(input: $input) {
      fileName
      pages
      uncertainCount
      fields {
        key
        label
        required
      }
      rows {
        rowNumber
        page
        cells {
          field
          text
          confidence
          uncertain
        }
      }
    }
  }
`;

export interface ScannedFlatRateImportResult {
  alreadyReceived: boolean;
  message: string;
  import: { id: string; status: string; source: string };
}

export const IMPORT_SCANNED_FLAT_RATE_ROWS_MUTATION = gql<{ importScannedFlatRateRows: ScannedFlatRateImportResult }, { input: { fileName: string; rows: string[][] } }>`
  mutation FlatRateImportScannedRows($input: ScannedFlatRateRowsInput!) {
    importScannedFlatRateRows(input: $input) {
      alreadyReceived
      message
      import {
        id
        status
        source
      }
    }
  }
`;
