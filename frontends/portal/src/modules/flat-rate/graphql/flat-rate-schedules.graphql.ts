import { gql } from 'urql';
import type { PageInfo } from './flat-rate-imports.graphql.js';

export interface FlatRateInstalment {
  number: number;
  sharePercent: number;
  periodFrom: string;
  periodTo: string;
  dueMonth: string;
  ageBand: string;
  expectedAmount: number;
  paidAmount: number;
  paidOn: string | null;
  status: string;
  statusLabel: string;
}

export interface FlatRateExtraPayment {
  amount: number;
  paymentDate: string;
  reason: string;
  reasonLabel: string;
}

/** A person's 24 months of generalschablon (api: FlatRateSchedule). */
export interface FlatRateSchedule {
  personId: string;
  receptionDate: string;
  district: { code: string; name: string } | null;
  registeredOn: string;
  status: string;
  closedOn: string | null;
  closureReason: string | null;
  closureReasonLabel: string | null;
  closureNote: string | null;
  purgeOn: string | null;
  purgeOnSetManually: boolean;
  instalments: FlatRateInstalment[];
  extras: FlatRateExtraPayment[];
  expectedTotal: number;
  paidTotal: number;
  remaining: number;
}

const SCHEDULE_FIELDS = `
  personId
  receptionDate
  district {
    code
    name
  }
  registeredOn
  status
  closedOn
  closureReason
  closureReasonLabel
  closureNote
  purgeOn
  purgeOnSetManually
  instalments {
    number
    sharePercent
    periodFrom
    periodTo
    dueMonth
    ageBand
    expectedAmount
    paidAmount
    paidOn
    status
    statusLabel
  }
  extras {
    amount
    paymentDate
    reason
    reasonLabel
  }
  expectedTotal
  paidTotal
  remaining
`;

export interface FlatRateSchedulesVariables {
  districtCode?: string | null;
  status?: string | null;
  first?: number;
  after?: string | null;
}
export interface FlatRateSchedulesData {
  flatRateSchedules: { totalCount: number; edges: { cursor: string; node: FlatRateSchedule }[]; pageInfo: PageInfo };
}

export const FLAT_RATE_SCHEDULES_QUERY = gql<FlatRateSchedulesData, FlatRateSchedulesVariables>`
  query FlatRateSchedules($districtCode: String, $status: String, $first: Int, $after: String) {
    flatRateSchedules(districtCode: $districtCode, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ${SCHEDULE_FIELDS}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const FLAT_RATE_DISTRICTS_QUERY = gql<{ districts: { code: string; name: string }[] }, Record<string, never>>`
  query FlatRateDistricts {
    districts(includeHistoric: true) {
      code
      name
    }
  }
`;

export interface CloseFlatRateCaseInput {
  personId: string;
  closedOn: string;
  reason: string;
  note?: string | null;
}

export const CLOSE_FLAT_RATE_CASE_MUTATION = gql<{ closeFlatRateCase: FlatRateSchedule }, { input: CloseFlatRateCaseInput }>`
  mutation CloseFlatRateCase($input: CloseFlatRateCaseInput!) {
    closeFlatRateCase(input: $input) {
      ${SCHEDULE_FIELDS}
    }
  }
`;

export const SET_FLAT_RATE_PURGE_DATE_MUTATION = gql<{ setFlatRatePurgeDate: FlatRateSchedule }, { personId: string; purgeOn: string | null }>`
  mutation SetFlatRatePurgeDate($personId: ID!, $purgeOn: Date) {
    setFlatRatePurgeDate(personId: $personId, purgeOn: $purgeOn) {
      ${SCHEDULE_FIELDS}
    }
  }
`;
