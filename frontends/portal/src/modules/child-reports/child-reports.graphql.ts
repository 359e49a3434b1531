import { gql } from 'urql';
import type { UpdateChildReportInput } from '@statsbidrag/ui';

export type ChildResponsibilityStatus = 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN' | 'HANDLAGGS' | 'RAPPORTERAD_TILL_MIG';

export interface ChildReportSummary {
  id: string;
  districtCode: string;
  district: { code: string; name: string };
  fullName: string;
  birthDate: string;
  status: ChildResponsibilityStatus;
  statusLabel: string;
  question: string | null;
  createdAt: string;
}

export interface ChildReportDetail extends ChildReportSummary {
  unitCode: string | null;
  officerUsername: string;
  firstName: string;
  lastName: string;
  migIndividualNumber: string | null;
  handledBy: string | null;
  reportedToMigAt: string | null;
  note: string | null;
  updatedAt: string;
  history: ChildReportHistoryEntry[];
}

/** A status change, or (with `changedFields`, the status unchanged) a correction of the data. */
export interface ChildReportHistoryEntry {
  id: string;
  at: string;
  username: string;
  fromStatus: ChildResponsibilityStatus | null;
  toStatus: ChildResponsibilityStatus;
  changedFields: string[] | null;
}

export interface ChildReportsVariables {
  filter?: { statuses?: ChildResponsibilityStatus[]; districtCode?: string };
  first?: number;
}

export const CHILD_REPORTS_QUERY = gql<{ childResponsibilityReports: { totalCount: number; edges: { node: ChildReportSummary }[] } }, ChildReportsVariables>`
  query ChildResponsibilityReports($filter: ChildResponsibilityReportFilterInput, $first: Int) {
    childResponsibilityReports(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          districtCode
          district {
            code
            name
          }
          fullName
          birthDate
          status
          statusLabel
          question
          createdAt
        }
      }
    }
  }
`;

const DETAIL_FIELDS = `
  id
  districtCode
  district {
    code
    name
  }
  unitCode
  officerUsername
  firstName
  lastName
  fullName
  birthDate
  migIndividualNumber
  question
  status
  statusLabel
  handledBy
  reportedToMigAt
  note
  createdAt
  updatedAt
  history {
    id
    at
    username
    fromStatus
    toStatus
    changedFields
  }
`;

export const CHILD_REPORT_QUERY = gql<{ childResponsibilityReport: ChildReportDetail | null }, { id: string }>`
  query ChildResponsibilityReport($id: ID!) {
    childResponsibilityReport(id: $id) {
      ${DETAIL_FIELDS}
    }
  }
`;

export const START_HANDLING_MUTATION = gql<{ startHandlingChildReport: ChildReportDetail }, { input: { id: string } }>`
  mutation StartHandlingChildReport($input: StartHandlingChildReportInput!) {
    startHandlingChildReport(input: $input) {
      ${DETAIL_FIELDS}
    }
  }
`;

export const MARK_REPORTED_MUTATION = gql<{ markChildReportReportedToMig: ChildReportDetail }, { input: { id: string; reportedAt: string; note?: string } }>`
  mutation MarkChildReportReportedToMig($input: MarkChildReportReportedToMigInput!) {
    markChildReportReportedToMig(input: $input) {
      ${DETAIL_FIELDS}
    }
  }
`;

/** Corrects a report's data; the district's contact person is notified when something changed. */
export const UPDATE_CHILD_REPORT_MUTATION = gql<{ updateChildReport: ChildReportDetail }, { input: UpdateChildReportInput }>`
  mutation UpdateChildReport($input: UpdateChildReportInput!) {
    updateChildReport(input: $input) {
      ${DETAIL_FIELDS}
    }
  }
`;

/** The units the report may be moved to: the active units of its own district. */
export const CHILD_REPORT_UNITS_QUERY = gql<{ childResponsibilityReport: { id: string; district: { code: string; units: { code: string; name: string }[] } } | null }, { id: string }>`
  query ChildReportUnits($id: ID!) {
    childResponsibilityReport(id: $id) {
      id
      district {
        code
        units {
          code
          name
        }
      }
    }
  }
`;

export const STATUS_LABELS: Record<ChildResponsibilityStatus, string> = {
  INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN: 'Inkommen',
  HANDLAGGS: 'Handläggs',
  RAPPORTERAD_TILL_MIG: 'Rapporterad till MiG',
};
