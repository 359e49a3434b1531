import { gql } from 'urql';
import type { EpsImportSummary } from './import-eps-extract.mutation.js';

export interface EpsImportsData {
  epsImports: EpsImportSummary[];
}

export interface EpsImportsVariables {
  first: number;
}

export const EPS_IMPORTS_QUERY = gql<EpsImportsData, EpsImportsVariables>`
  query EpsImports($first: Int) {
    epsImports(first: $first) {
      id
      fileName
      importedAt
      importedBy
      alreadyImported
      rowCount
      appliedCount
      rejectedCount
      flaggedCount
    }
  }
`;
