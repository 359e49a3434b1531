import { gql } from 'urql';
import type { UpdateChildReportInput } from '@statsbidrag/ui';

export const CHILD_REPORTS_PATH = '/barnanmalningar';

export interface SdfChildReport {
  id: string;
  unitCode: string | null;
  firstName: string;
  lastName: string;
  fullName: string;
  birthDate: string;
  migIndividualNumber: string | null;
  question: string | null;
  statusLabel: string;
  createdAt: string;
  officerUsername: string;
  handledBy: string | null;
}

/** The fields of a report the district's list shows and the edit dialog pre-fills. */
const REPORT_FIELDS = `
  id
  unitCode
  firstName
  lastName
  fullName
  birthDate
  migIndividualNumber
  question
  statusLabel
  createdAt
  officerUsername
  handledBy
`;

export const SDF_CHILD_REPORTS_QUERY = gql<{ childResponsibilityReports: { totalCount: number; edges: { node: SdfChildReport }[] } }, { filter: { districtCode?: string }; first: number }>`
  query SdfChildResponsibilityReports($filter: ChildResponsibilityReportFilterInput, $first: Int) {
    childResponsibilityReports(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ${REPORT_FIELDS}
        }
      }
    }
  }
`;

export interface SdfDistrict {
  code: string;
  name: string;
  units: { code: string; name: string }[];
}

export const SDF_DISTRICT_UNITS_QUERY = gql<{ districts: SdfDistrict[] }, Record<string, never>>`
  query SdfDistrictUnits {
    districts {
      code
      name
      units {
        code
        name
      }
    }
  }
`;

export interface ReportChildResponsibilityInput {
  districtCode: string;
  unitCode?: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  migIndividualNumber?: string;
  question?: string;
}

export const REPORT_CHILD_RESPONSIBILITY_MUTATION = gql<{ reportChildResponsibility: SdfChildReport }, { input: ReportChildResponsibilityInput }>`
  mutation ReportChildResponsibility($input: ReportChildResponsibilityInput!) {
    reportChildResponsibility(input: $input) {
      ${REPORT_FIELDS}
    }
  }
`;

/** Corrects a report's data; the district's contact person is notified when something changed. */
export const UPDATE_CHILD_REPORT_MUTATION = gql<{ updateChildReport: SdfChildReport }, { input: UpdateChildReportInput }>`
  mutation UpdateChildReport($input: UpdateChildReportInput!) {
    updateChildReport(input: $input) {
      ${REPORT_FIELDS}
    }
  }
`;
