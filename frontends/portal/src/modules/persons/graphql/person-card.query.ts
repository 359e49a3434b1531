import { gql } from 'urql';
import type { AddressStatus } from './person-search.query.js';
import { PERSON_FLAT_RATE_SCHEDULE_FIELDS, type PersonFlatRateSchedule } from './person-flat-rate-schedule.fragment.js';

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
  /** Null while an AmF proposal waits for the district's figures. */
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
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

/** A claim or appeal about the person that is still open (it blocks closure and purge). */
export interface PersonCase {
  context: string;
  caseId: string;
  label: string;
  status: string;
  statusLabel: string;
  open: boolean;
  stateAt: string;
}

/** A change of the person's handling: closure, reopening, move-out, purge date, purge. */
export interface PersonChange {
  id: string;
  at: string;
  username: string;
  action: string;
  actionLabel: string;
  note: string | null;
}

export type ClosureReason = 'SCHABLONPERIOD_SLUT' | 'AVLIDIT' | 'FLYTTAT_TILL_ANNAN_KOMMUN' | 'SVENSKT_MEDBORGARSKAP' | 'OVRIGT';

/** "Avslut och gallring": the fields every handling mutation returns. */
export interface PersonHandling {
  id: string;
  closedOn: string | null;
  closureReason: ClosureReason | null;
  closureReasonLabel: string | null;
  closureNote: string | null;
  closedBy: string | null;
  movedOutOn: string | null;
  personalDataDeactivatedOn: string | null;
  purgeOn: string | null;
  purgeOnSetManually: boolean;
  purgedAt: string | null;
  openCases: PersonCase[];
}

export const PERSON_HANDLING_FIELDS = gql`
  fragment PersonHandlingFields on Person {
    id
    closedOn
    closureReason
    closureReasonLabel
    closureNote
    closedBy
    movedOutOn
    personalDataDeactivatedOn
    purgeOn
    purgeOnSetManually
    purgedAt
    openCases {
      context
      caseId
      label
      status
      statusLabel
      open
      stateAt
    }
  }
`;

export interface PersonCardPerson extends PersonHandling {
  id: string;
  firstName: string;
  lastName: string;
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
  /** The generalschablon plan; null when the person has none (or, for district staff, it is another district's). */
  flatRateSchedule: PersonFlatRateSchedule | null;
  /** Only asked for AmF roles (`withHistory`); the field is refused for others. */
  handlingHistory?: PersonChange[] | null;
}

export interface PersonCardData {
  person: PersonCardPerson | null;
}

export interface PersonCardVariables {
  id: string;
  /** Ask for `handlingHistory` (AmF roles only: the whole query fails for others). */
  withHistory: boolean;
}

export const PERSON_CARD_QUERY = gql<PersonCardData, PersonCardVariables>`
  query PersonCard($id: ID!, $withHistory: Boolean!) {
    person(id: $id) {
      id
      ...PersonHandlingFields
      handlingHistory @include(if: $withHistory) {
        id
        at
        username
        action
        actionLabel
        note
      }
      firstName
      lastName
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
      flatRateSchedule {
        ...PersonFlatRateScheduleFields
      }
    }
  }
  ${PERSON_HANDLING_FIELDS}
  ${PERSON_FLAT_RATE_SCHEDULE_FIELDS}
`;
