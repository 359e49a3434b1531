import { gql } from 'urql';
import { SDF_FLAT_RATE_SCHEDULE_FIELDS, type SdfFlatRateSchedule } from './flat-rate-schedule.fragment.js';
import type { AddressStatus } from './persons.query.js';

export interface SdfRegistration {
  id: string;
  registeredAt: string;
  address: string | null;
  postalCode: string | null;
  district: { code: string; name: string } | null;
}

/** A claim or appeal about the person that is still open (it blocks closure and purge). */
export interface SdfOpenCase {
  context: string;
  caseId: string;
  label: string;
  statusLabel: string;
}

/** A claim of the person, from the claims subgraph. `amount` is in öre. */
export interface SdfPersonClaim {
  id: string;
  status: string;
  statusLabel: string;
  /** Null while an AmF proposal waits for the district's figures. */
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  claimType: { code: string; name: string };
}

export interface SdfPerson {
  id: string;
  fullName: string;
  personalIdentityNumber: string | null;
  isCoordinationNumber: boolean;
  migIndividualNumber: string | null;
  birthDate: string | null;
  protectedIdentity: boolean;
  addressStatus: AddressStatus;
  addressStatusLabel: string;
  district: { code: string; name: string } | null;
  registrations: SdfRegistration[];
  closedOn: string | null;
  closureReasonLabel: string | null;
  movedOutOn: string | null;
  purgeOn: string | null;
  purgedAt: string | null;
  openCases: SdfOpenCase[];
  claims: SdfPersonClaim[];
  /** The generalschablon plan; null when there is none or the case is another district's. */
  flatRateSchedule: SdfFlatRateSchedule | null;
}

export interface SdfPersonData {
  /** Null when the person does not exist or is not of the caller's district. */
  person: SdfPerson | null;
}

/**
 * The read-only person card of the SDF app. No `handlingHistory`: that field is for AmF roles only
 * and would fail the whole query for district staff.
 */
export const SDF_PERSON_QUERY = gql<SdfPersonData, { id: string }>`
  query SdfPerson($id: ID!) {
    person(id: $id) {
      id
      fullName
      personalIdentityNumber
      isCoordinationNumber
      migIndividualNumber
      birthDate
      protectedIdentity
      addressStatus
      addressStatusLabel
      district {
        code
        name
      }
      registrations {
        id
        registeredAt
        address
        postalCode
        district {
          code
          name
        }
      }
      closedOn
      closureReasonLabel
      movedOutOn
      purgeOn
      purgedAt
      openCases {
        context
        caseId
        label
        statusLabel
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
      }
      flatRateSchedule {
        ...SdfFlatRateScheduleFields
      }
    }
  }
  ${SDF_FLAT_RATE_SCHEDULE_FIELDS}
`;
