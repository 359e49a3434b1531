import type { Role } from '@statsbidrag/domain';
import { gql } from 'urql';

export interface ApplicantProfileValues {
  municipalityName: string;
  municipalityCode: string;
  postalAddress: string;
  postalCode: string;
  city: string;
  contactName: string;
  phone: string;
  email: string;
  reference: string | null;
}

export interface ApplicantProfile extends ApplicantProfileValues {
  updatedAt: string;
  updatedBy: string;
}

const PROFILE_FIELDS = `
  municipalityName
  municipalityCode
  postalAddress
  postalCode
  city
  contactName
  phone
  email
  reference
  updatedAt
  updatedBy
`;

export const APPLICANT_PROFILE_QUERY = gql<{ applicantProfile: ApplicantProfile | null }, Record<string, never>>`
  query ApplicantProfile {
    applicantProfile {
      ${PROFILE_FIELDS}
    }
  }
`;

export const UPDATE_APPLICANT_PROFILE_MUTATION = gql<{ updateApplicantProfile: ApplicantProfile }, { input: ApplicantProfileValues }>`
  mutation UpdateApplicantProfile($input: UpdateApplicantProfileInput!) {
    updateApplicantProfile(input: $input) {
      ${PROFILE_FIELDS}
    }
  }
`;

export interface OrganisationChange {
  id: string;
  at: string;
  username: string;
  entityType: string;
  entityKey: string;
  before: string | null;
  after: string | null;
}

export interface OrganisationChangesVariables {
  entityType: string | null;
  entityKey: string | null;
  first: number;
}

export const ORGANISATION_CHANGES_QUERY = gql<{ organisationChanges: OrganisationChange[] }, OrganisationChangesVariables>`
  query OrganisationChanges($entityType: String, $entityKey: String, $first: Int) {
    organisationChanges(entityType: $entityType, entityKey: $entityKey, first: $first) {
      id
      at
      username
      entityType
      entityKey
      before
      after
    }
  }
`;

export interface StaffMember {
  username: string;
  name: string;
  email: string;
  roles: Role[];
  districtCodes: string[];
  active: boolean;
}

const STAFF_FIELDS = `
  username
  name
  email
  roles
  districtCodes
  active
`;

export interface DistrictRow {
  code: string;
  name: string;
  contact: Pick<StaffMember, 'username' | 'name' | 'email'> | null;
  units: { code: string; name: string }[];
}

export const DISTRICTS_QUERY = gql<{ districts: DistrictRow[] }, Record<string, never>>`
  query OrganisationDistricts {
    districts {
      code
      name
      contact {
        username
        name
        email
      }
      units {
        code
        name
      }
    }
  }
`;

export const SET_DISTRICT_CONTACT_MUTATION = gql<{ setDistrictContact: DistrictRow }, { input: { districtCode: string; username: string } }>`
  mutation SetDistrictContact($input: SetDistrictContactInput!) {
    setDistrictContact(input: $input) {
      code
      name
      contact {
        username
        name
        email
      }
      units {
        code
        name
      }
    }
  }
`;

export interface StaffMembersVariables {
  filter: { districtCode?: string | null; role?: Role | null; search?: string | null };
  first: number;
  after: string | null;
}

export interface StaffMembersData {
  staffMembers: {
    totalCount: number;
    edges: { cursor: string; node: StaffMember }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const STAFF_MEMBERS_QUERY = gql<StaffMembersData, StaffMembersVariables>`
  query StaffMembers($filter: StaffMemberFilterInput, $first: Int, $after: String) {
    staffMembers(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ${STAFF_FIELDS}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const UPSERT_STAFF_MEMBER_MUTATION = gql<{ upsertStaffMember: StaffMember }, { input: StaffMember }>`
  mutation UpsertStaffMember($input: UpsertStaffMemberInput!) {
    upsertStaffMember(input: $input) {
      ${STAFF_FIELDS}
    }
  }
`;
