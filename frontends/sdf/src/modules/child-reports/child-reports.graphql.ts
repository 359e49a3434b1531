import { gql } from 'urql';

export const CHILD_REPORTS_PATH = '/barnanmalningar';

export interface SdfChildReport {
  id: string;
  fullName: string;
  birthDate: string;
  statusLabel: string;
  createdAt: string;
  officerUsername: string;
  handledBy: string | null;
}

export const SDF_CHILD_REPORTS_QUERY = gql<{ childResponsibilityReports: { totalCount: number; edges: { node: SdfChildReport }[] } }, { filter: { districtCode?: string }; first: number }>`
  query SdfChildResponsibilityReports($filter: ChildResponsibilityReportFilterInput, $first: Int) {
    childResponsibilityReports(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          fullName
          birthDate
          statusLabel
          createdAt
          officerUsername
          handledBy
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
      id
      fullName
      birthDate
      statusLabel
      createdAt
      officerUsername
      handledBy
    }
  }
`;
