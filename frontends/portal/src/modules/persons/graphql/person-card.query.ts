import { gql } from 'urql';
import type { AddressStatus } from './person-search.query.js';

export interface DistrictWithSuccessor {
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  successor: { code: string; name: string; validFrom: string } | null;
}

export interface PersonRegistration {
  id: string;
  registeredAt: string;
  address: string | null;
  postalCode: string | null;
  district: { code: string; name: string } | null;
  source: string;
}

export interface PersonClaim {
  id: string;
  status: string;
  statusLabel: string;
  amount: number;
  periodFrom: string;
  periodTo: string;
  claimType: { code: string; name: string };
  district: { code: string; name: string };
}

export interface PersonFlatRate {
  id: string;
  kind: string;
  kindLabel: string;
  compensationCode: string;
  amount: number;
  paymentDate: string;
}

export interface PersonCardPerson {
  id: string;
  fullName: string;
  birthDate: string | null;
  personalIdentityNumber: string | null;
  isCoordinationNumber: boolean;
  migIndividualNumber: string | null;
  protectedIdentity: boolean;
  district: DistrictWithSuccessor | null;
  addressStatus: AddressStatus;
  addressStatusLabel: string;
  registrations: PersonRegistration[];
  claims: PersonClaim[];
  flatRates: PersonFlatRate[];
}

export interface PersonCardData {
  person: PersonCardPerson | null;
}

export interface PersonCardVariables {
  id: string;
}

export const PERSON_CARD_QUERY = gql<PersonCardData, PersonCardVariables>`
  query PersonCard($id: ID!) {
    person(id: $id) {
      id
      fullName
      birthDate
      personalIdentityNumber
      isCoordinationNumber
      migIndividualNumber
      protectedIdentity
      district {
        code
        name
        validFrom
        validTo
        successor {
          code
          name
          validFrom
        }
      }
      addressStatus
      addressStatusLabel
      registrations {
        id
        registeredAt
        address
        postalCode
        district {
          code
          name
        }
        source
      }
      claims {
        id
        status
        statusLabel
        amount
        periodFrom
        periodTo
        claimType {
          code
          name
        }
        district {
          code
          name
        }
      }
      flatRates {
        id
        kind
        kindLabel
        compensationCode
        amount
        paymentDate
      }
    }
  }
`;
