import { gql } from 'urql';
import type { PageInfo } from '../../decisions/graphql/decisions.graphql.js';

export interface PaymentTotal {
  compensationCode: string;
  paid: number;
  recovered: number;
  total: number;
  lineCount: number;
}

export interface PaymentMonth {
  month: string;
  account: string | null;
  paid: number;
  recovered: number;
  total: number;
  lineCount: number;
  byCompensation: PaymentTotal[];
}

export interface PaymentMonthsData {
  paymentMonths: PaymentMonth[];
}

/** Payments per month and account in a year (a district's staff: their district's lines only). */
export const PAYMENT_MONTHS_QUERY = gql<PaymentMonthsData, { year: number }>`
  query PaymentMonths($year: Int) {
    paymentMonths(year: $year) {
      month
      account
      paid
      recovered
      total
      lineCount
      byCompensation {
        compensationCode
        paid
        recovered
        total
        lineCount
      }
    }
  }
`;

export interface PaymentLineNode {
  id: string;
  month: string;
  account: string | null;
  compensationCode: string;
  amount: number;
  isRecovery: boolean;
  migCaseNumber: string;
  migIndividualNumber: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  reference: string | null;
  decisionId: string | null;
  districtCode: string | null;
  district: { code: string; name: string } | null;
}

/** PaymentLineFilterInput. */
export interface PaymentLineFilter {
  month?: string;
  account?: string;
  compensationCode?: string;
  districtCode?: string;
  decisionId?: string;
  recoveriesOnly?: boolean;
}

export interface PaymentLinesData {
  paymentLines: { totalCount: number; edges: { cursor: string; node: PaymentLineNode }[]; pageInfo: PageInfo };
}

export interface PaymentLinesVariables {
  filter: PaymentLineFilter;
  first: number;
  after: string | null;
}

/** The lines of a month (and account), filtered. */
export const PAYMENT_LINES_QUERY = gql<PaymentLinesData, PaymentLinesVariables>`
  query PaymentLines($filter: PaymentLineFilterInput, $first: Int, $after: String) {
    paymentLines(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          month
          account
          compensationCode
          amount
          isRecovery
          migCaseNumber
          migIndividualNumber
          periodFrom
          periodTo
          reference
          decisionId
          districtCode
          district {
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface PaymentDistrictsData {
  districts: { code: string; name: string }[];
}

/** The districts the "Stadsdel" filter offers (central roles). */
export const PAYMENT_DISTRICTS_QUERY = gql<PaymentDistrictsData, Record<string, never>>`
  query PaymentDistricts {
    districts(includeHistoric: true) {
      code
      name
    }
  }
`;
