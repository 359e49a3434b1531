import { gql } from 'urql';

export interface EpsRejectedRow {
  rowNumber: number;
  field: string | null;
  reason: string;
}

export interface EpsImportSummary {
  id: string;
  fileName: string;
  importedAt: string;
  importedBy: string;
  alreadyImported: boolean;
  rowCount: number;
  appliedCount: number;
  rejectedCount: number;
  flaggedCount: number;
}

export interface EpsImportResult extends EpsImportSummary {
  rejectedRows: EpsRejectedRow[];
}

export interface ImportEpsExtractData {
  importEpsExtract: EpsImportResult;
}

export interface ImportEpsExtractVariables {
  input: { fileName: string; contentBase64: string };
}

export const IMPORT_EPS_EXTRACT_MUTATION = gql<ImportEpsExtractData, ImportEpsExtractVariables>`
  mutation ImportEpsExtract($input: ImportEpsExtractInput!) {
    importEpsExtract(input: $input) {
      id
      fileName
      importedAt
      importedBy
      alreadyImported
      rowCount
      appliedCount
      rejectedCount
      flaggedCount
      rejectedRows {
        rowNumber
        field
        reason
      }
    }
  }
`;
