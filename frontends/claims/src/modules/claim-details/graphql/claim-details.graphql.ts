import { gql } from 'urql';

export type ClaimDetailField = 'UNIT' | 'OFFICER' | 'AMOUNT' | 'PERIOD_FROM' | 'PERIOD_TO' | 'CLAIM_TYPE' | 'PERSON' | 'RESPONSIBLE';

export interface ClaimDetailChange {
  field: ClaimDetailField;
  fieldLabel: string;
  before: string | null;
  after: string | null;
}

export interface ClaimEdit {
  at: string;
  changedBy: string;
  reason: string | null;
  changes: ClaimDetailChange[];
}

export interface ClaimDetailsNode {
  id: string;
  status: string;
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  unitCode: string | null;
  officerUsername: string | null;
  responsibleUsername: string | null;
  responsibleLabel: string;
  editableDetails: ClaimDetailField[];
  claimType: { code: string; name: string };
  district: { code: string; name: string; units: { code: string; name: string }[] };
  edits: ClaimEdit[];
}

export interface ClaimDetailsData {
  me: { username: string; roles: string[] };
  claim: ClaimDetailsNode | null;
  claimTypes: { code: string; name: string }[];
}

/** The claim's details section: who handles it, what the viewer may change, and the edits so far. */
export const CLAIM_DETAILS_QUERY = gql<ClaimDetailsData, { id: string }>`
  query ClaimDetailsSection($id: ID!) {
    me {
      username
      roles
    }
    claim(id: $id) {
      id
      status
      amount
      periodFrom
      periodTo
      unitCode
      officerUsername
      responsibleUsername
      responsibleLabel
      editableDetails
      claimType {
        code
        name
      }
      district {
        code
        name
        units {
          code
          name
        }
      }
      edits {
        at
        changedBy
        reason
        changes {
          field
          fieldLabel
          before
          after
        }
      }
    }
    claimTypes {
      code
      name
    }
  }
`;

export interface StaffData {
  staffMembers: { edges: { node: { username: string; name: string; active: boolean } }[] };
}

/** AmF's officers to choose as responsible (only AmF roles may list staff). */
export const AMF_STAFF_QUERY = gql<StaffData, Record<string, never>>`
  query ClaimResponsibleStaff {
    staffMembers(first: 200, filter: { role: COORDINATOR }) {
      edges {
        node {
          username
          name
          active
        }
      }
    }
  }
`;

export interface DistrictStaffData {
  staffMembers: { edges: { node: { username: string; name: string; active: boolean; roles: string[] } }[] };
}

/** The district's staff, to choose the claim's officer (district staff may list their own district's). */
export const DISTRICT_STAFF_QUERY = gql<DistrictStaffData, { districtCode: string }>`
  query ClaimDistrictStaff($districtCode: String!) {
    staffMembers(first: 200, filter: { districtCode: $districtCode }) {
      edges {
        node {
          username
          name
          active
          roles
        }
      }
    }
  }
`;

export interface UpdateClaimDetailsInput {
  claimId: string;
  unitCode?: string;
  officerUsername?: string;
  amount?: number;
  periodFrom?: string;
  periodTo?: string;
  claimTypeCode?: string;
  personId?: string;
  reason?: string;
}

type Changed = { id: string; status: string; statusLabel: string };

export const UPDATE_CLAIM_DETAILS_MUTATION = gql<{ updateClaimDetails: Changed }, { input: UpdateClaimDetailsInput }>`
  mutation UpdateClaimDetails($input: UpdateClaimDetailsInput!) {
    updateClaimDetails(input: $input) {
      id
      status
      statusLabel
    }
  }
`;

export const ASSIGN_CLAIM_RESPONSIBLE_MUTATION = gql<{ assignClaimResponsible: Changed }, { input: { claimId: string; username: string | null; reason?: string } }>`
  mutation AssignClaimResponsible($input: AssignClaimResponsibleInput!) {
    assignClaimResponsible(input: $input) {
      id
      status
      statusLabel
    }
  }
`;
