import { gql } from 'urql';
import type { AttachmentKind } from '../attachments/index.js';

export interface StartClaimOptions {
  me: { username: string; name: string; roles: string[]; districts: { code: string; name: string; units: { code: string; name: string }[] }[] };
  claimTypes: { code: string; name: string; group: string; requiredAttachmentKinds: AttachmentKind[] }[];
  staffMembers: { edges: { node: { username: string; name: string; roles: string[]; districtCodes: string[]; active: boolean } }[] };
}

/** What the form offers: the user's districts with their units, the claim types, the district's staff. */
export const START_CLAIM_OPTIONS = gql<StartClaimOptions, Record<string, never>>`
  query StartClaimOptions {
    me {
      username
      name
      roles
      districts {
        code
        name
        units {
          code
          name
        }
      }
    }
    claimTypes {
      code
      name
      group
      requiredAttachmentKinds
    }
    staffMembers(first: 500) {
      edges {
        node {
          username
          name
          roles
          districtCodes
          active
        }
      }
    }
  }
`;

export interface PersonMatch {
  id: string;
  fullName: string;
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
  birthDate: string | null;
}

export const FIND_PERSON = gql<{ persons: { totalCount: number; edges: { node: PersonMatch }[] } }, { search: string }>`
  query StartClaimFindPerson($search: String!) {
    persons(search: $search, first: 10) {
      totalCount
      edges {
        node {
          id
          fullName
          personalIdentityNumber
          migIndividualNumber
          birthDate
        }
      }
    }
  }
`;

export interface RegisterPersonInput {
  firstName: string;
  lastName: string;
  personalIdentityNumber?: string | null;
  migIndividualNumber?: string | null;
  birthDate?: string | null;
  districtCode?: string | null;
}

export const REGISTER_PERSON = gql<{ registerPerson: PersonMatch }, { input: RegisterPersonInput }>`
  mutation StartClaimRegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
      fullName
      personalIdentityNumber
      migIndividualNumber
      birthDate
    }
  }
`;

export interface InitiateClaimInput {
  personId: string;
  districtCode: string;
  unitCode: string;
  officerUsername: string;
  claimTypeCode: string;
  amount: number;
  periodFrom: string;
  periodTo: string;
  question: string | null;
}

export const INITIATE_CLAIM = gql<{ initiateClaim: { id: string; status: string; statusLabel: string } }, { input: InitiateClaimInput }>`
  mutation StartClaim($input: InitiateClaimInput!) {
    initiateClaim(input: $input) {
      id
      status
      statusLabel
    }
  }
`;
