import { gql } from 'urql';

export interface DistrictRef {
  code: string;
  name: string;
}

/** The allocation subgraph's DistrictMoneyRow (approved sheets only; the server keeps a district user to their districts). */
export interface DistrictMoneyRow {
  month: string;
  compensationCode: string;
  kind: string;
  kindLabel: string;
  district: DistrictRef | null;
  amount: number;
}

export const DISTRICT_ALLOCATIONS_QUERY = gql<{ districtAllocations: DistrictMoneyRow[] }, { fromMonth: string; toMonth: string; districtCode: string | null }>`
  query SdfDistrictAllocations($fromMonth: String!, $toMonth: String!, $districtCode: String) {
    districtAllocations(fromMonth: $fromMonth, toMonth: $toMonth, districtCode: $districtCode) {
      month
      compensationCode
      kind
      kindLabel
      district { code name }
      amount
    }
  }
`;

export interface DistrictFlatRatePerson {
  person: { id: string; fullName: string; personalIdentityNumber: string | null; protectedIdentity: boolean };
  compensationCode: string;
  amount: number;
  ageBand: string | null;
  paymentDate: string;
}

export interface DistrictFlatRatePersonsData {
  districtFlatRatePersons: {
    totalCount: number;
    edges: { cursor: string; node: DistrictFlatRatePerson }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const DISTRICT_FLAT_RATE_PERSONS_QUERY = gql<DistrictFlatRatePersonsData, { month: string; districtCode: string | null; first: number; after: string | null }>`
  query SdfDistrictFlatRatePersons($month: String!, $districtCode: String, $first: Int, $after: String) {
    districtFlatRatePersons(month: $month, districtCode: $districtCode, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          person { id fullName personalIdentityNumber protectedIdentity }
          compensationCode
          amount
          ageBand
          paymentDate
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export interface FlatRateForecastRow {
  month: string;
  district: DistrictRef | null;
  amount: number;
  persons: number;
}

export const FLAT_RATE_FORECAST_QUERY = gql<{ flatRateForecast: FlatRateForecastRow[] }, { fromMonth: string; toMonth: string; districtCode: string | null }>`
  query SdfFlatRateForecast($fromMonth: String!, $toMonth: String!, $districtCode: String) {
    flatRateForecast(fromMonth: $fromMonth, toMonth: $toMonth, districtCode: $districtCode) {
      month
      district { code name }
      amount
      persons
    }
  }
`;
