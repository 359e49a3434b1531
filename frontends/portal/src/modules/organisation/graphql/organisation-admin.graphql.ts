import { gql } from 'urql';
import type { StaffMember } from './organisation.graphql.js';

/** Districts with validity and successor (the register the system administrator keeps). */
export interface DistrictRegisterRow {
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  successor: { code: string; name: string } | null;
  contact: Pick<StaffMember, 'username' | 'name' | 'email'> | null;
  units: { code: string; name: string }[];
}

export interface DistrictValues {
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  successorCode: string | null;
}

const DISTRICT_FIELDS = `
  code
  name
  validFrom
  validTo
  successor {
    code
    name
  }
  contact {
    username
    name
    email
  }
  units {
    code
    name
  }
`;

export const DISTRICT_REGISTER_QUERY = gql<{ districts: DistrictRegisterRow[] }, Record<string, never>>`
  query DistrictRegister {
    districts(includeHistoric: true) {
      ${DISTRICT_FIELDS}
    }
  }
`;

export const CREATE_DISTRICT_MUTATION = gql<{ createDistrict: DistrictRegisterRow }, { input: DistrictValues }>`
  mutation CreateDistrict($input: DistrictInput!) {
    createDistrict(input: $input) {
      ${DISTRICT_FIELDS}
    }
  }
`;

export const UPDATE_DISTRICT_MUTATION = gql<{ updateDistrict: DistrictRegisterRow }, { input: DistrictValues }>`
  mutation UpdateDistrict($input: DistrictInput!) {
    updateDistrict(input: $input) {
      ${DISTRICT_FIELDS}
    }
  }
`;

export interface UnitRow {
  code: string;
  name: string;
  districtCode: string;
  active: boolean;
}

export interface UnitValues {
  code: string;
  name: string;
  districtCode: string;
}

export interface DistrictUnits {
  code: string;
  name: string;
  units: UnitRow[];
}

export const DISTRICT_UNITS_QUERY = gql<{ districts: DistrictUnits[] }, Record<string, never>>`
  query DistrictUnits {
    districts {
      code
      name
      units(includeInactive: true) {
        code
        name
        districtCode
        active
      }
    }
  }
`;

const UNIT_FIELDS = `
  code
  name
  districtCode
  active
`;

export const CREATE_UNIT_MUTATION = gql<{ createUnit: UnitRow }, { input: UnitValues }>`
  mutation CreateUnit($input: UnitInput!) {
    createUnit(input: $input) {
      ${UNIT_FIELDS}
    }
  }
`;

export const UPDATE_UNIT_MUTATION = gql<{ updateUnit: UnitRow }, { input: UnitValues }>`
  mutation UpdateUnit($input: UnitInput!) {
    updateUnit(input: $input) {
      ${UNIT_FIELDS}
    }
  }
`;

export const DEACTIVATE_UNIT_MUTATION = gql<{ deactivateUnit: UnitRow }, { input: { code: string } }>`
  mutation DeactivateUnit($input: DeactivateUnitInput!) {
    deactivateUnit(input: $input) {
      ${UNIT_FIELDS}
    }
  }
`;

export interface DefaultOfficerRow {
  claimTypeCode: string;
  claimType: { code: string; name: string; group: string; groupName: string };
  grantsTeam: boolean;
  assigneeName: string;
  officer: Pick<StaffMember, 'username' | 'name' | 'email'> | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

const DEFAULT_OFFICER_FIELDS = `
  claimTypeCode
  claimType {
    code
    name
    group
    groupName
  }
  grantsTeam
  assigneeName
  officer {
    username
    name
    email
  }
  updatedAt
  updatedBy
`;

export const DEFAULT_OFFICERS_QUERY = gql<{ defaultOfficers: DefaultOfficerRow[] }, Record<string, never>>`
  query DefaultOfficers {
    defaultOfficers {
      ${DEFAULT_OFFICER_FIELDS}
    }
  }
`;

export const SET_DEFAULT_OFFICER_MUTATION = gql<{ setDefaultOfficer: DefaultOfficerRow }, { input: { claimTypeCode: string; username: string | null } }>`
  mutation SetDefaultOfficer($input: SetDefaultOfficerInput!) {
    setDefaultOfficer(input: $input) {
      ${DEFAULT_OFFICER_FIELDS}
    }
  }
`;

export interface CompensationTypeValues {
  code: string;
  group: string;
  groupName: string;
  name: string;
  paidWithApplication: boolean;
  validFrom: string;
  validTo: string | null;
}

export interface CompensationTypeRow extends CompensationTypeValues {
  isRecovery: boolean;
  isClaimType: boolean;
  updatedAt: string;
  updatedBy: string;
}

export interface CompensationTypeFilter {
  search?: string | null;
  group?: string | null;
  paidWithApplication?: boolean | null;
  validOn?: string | null;
}

const COMPENSATION_TYPE_FIELDS = `
  code
  group
  groupName
  name
  paidWithApplication
  validFrom
  validTo
  isRecovery
  isClaimType
  updatedAt
  updatedBy
`;

export interface CompensationTypesData {
  compensationTypes: { totalCount: number; edges: { cursor: string; node: CompensationTypeRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** The whole code table fits in one page (a few dozen codes, at most 500). */
export const COMPENSATION_TYPES_QUERY = gql<CompensationTypesData, { filter: CompensationTypeFilter; first: number }>`
  query CompensationTypes($filter: CompensationTypeFilterInput, $first: Int) {
    compensationTypes(filter: $filter, first: $first) {
      totalCount
      edges {
        cursor
        node {
          ${COMPENSATION_TYPE_FIELDS}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const CREATE_COMPENSATION_TYPE_MUTATION = gql<{ createCompensationType: CompensationTypeRow }, { input: CompensationTypeValues }>`
  mutation CreateCompensationType($input: CompensationTypeInput!) {
    createCompensationType(input: $input) {
      ${COMPENSATION_TYPE_FIELDS}
    }
  }
`;

export const UPDATE_COMPENSATION_TYPE_MUTATION = gql<{ updateCompensationType: CompensationTypeRow }, { input: CompensationTypeValues }>`
  mutation UpdateCompensationType($input: CompensationTypeInput!) {
    updateCompensationType(input: $input) {
      ${COMPENSATION_TYPE_FIELDS}
    }
  }
`;
