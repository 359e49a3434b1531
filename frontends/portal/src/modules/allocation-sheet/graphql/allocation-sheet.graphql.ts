import { gql } from 'urql';

/** The allocation subgraph's DistrictReference. */
export interface DistrictRef {
  code: string;
  name: string;
}

export interface AllocationAgeBand {
  band: string;
  persons: number;
  amount: number;
}

export interface AllocationLine {
  compensationCode: string;
  kind: string;
  kindLabel: string;
  district: DistrictRef | null;
  paid: number;
  recovered: number;
  amount: number;
  ageBands: AllocationAgeBand[] | null;
}

export interface AllocationCodeTotal {
  compensationCode: string;
  allocated: number;
  unallocated: number;
  amfRevenue: number;
  recoveries: number;
  net: number;
}

export interface ReconciliationRow {
  compensationCode: string;
  migPaid: number;
  allocated: number;
  unallocated: number;
  amfRevenue: number;
  recoveries: number;
  difference: number;
}

export interface Reconciliation {
  ok: boolean;
  rows: ReconciliationRow[];
  deviations: { compensationCode: string; difference: number; message: string }[];
}

export interface InitialCostShare {
  district: DistrictRef | null;
  band: string;
  persons: number;
  amount: number;
}

export interface AllocationLineChange {
  compensationCode: string;
  kind: string;
  district: DistrictRef | null;
  before: number;
  after: number;
  difference: number;
}

export type SheetStatus = 'PROPOSAL' | 'DRAFT' | 'REVIEWED' | 'APPROVED';

/** A sheet's head: what the month list and the version list show. */
export interface AllocationSheetSummary {
  id: string | null;
  month: string;
  version: number | null;
  status: SheetStatus;
  statusLabel: string;
  locked: boolean;
  total: number;
  reconciliation: { ok: boolean };
  createdBy: string | null;
  createdAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  note: string | null;
}

export interface AllocationSheet extends Omit<AllocationSheetSummary, 'reconciliation'> {
  lines: AllocationLine[];
  totals: AllocationCodeTotal[];
  reconciliation: Reconciliation;
  initialCostSplit: InitialCostShare[];
  changes: AllocationLineChange[];
}

const SUMMARY_FIELDS = `
  id
  month
  version
  status
  statusLabel
  locked
  total
  createdBy
  createdAt
  reviewedBy
  reviewedAt
  approvedBy
  approvedAt
  note
`;

const SHEET_FIELDS = `
  ${SUMMARY_FIELDS}
  lines {
    compensationCode
    kind
    kindLabel
    district { code name }
    paid
    recovered
    amount
    ageBands { band persons amount }
  }
  totals { compensationCode allocated unallocated amfRevenue recoveries net }
  reconciliation {
    ok
    rows { compensationCode migPaid allocated unallocated amfRevenue recoveries difference }
    deviations { compensationCode difference message }
  }
  initialCostSplit {
    district { code name }
    band
    persons
    amount
  }
  changes {
    compensationCode
    kind
    district { code name }
    before
    after
    difference
  }
`;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface AllocationSheetsData {
  allocationSheets: { totalCount: number; edges: { cursor: string; node: AllocationSheetSummary }[]; pageInfo: PageInfo };
}

/** The latest version per month. */
export const ALLOCATION_SHEETS_QUERY = gql<AllocationSheetsData, { first?: number; after?: string | null }>`
  query AllocationSheets($first: Int, $after: String) {
    allocationSheets(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ${SUMMARY_FIELDS}
          reconciliation { ok }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** The live proposal computed from today's data. */
export const ALLOCATION_PROPOSAL_QUERY = gql<{ allocationSheet: AllocationSheet }, { month: string }>`
  query AllocationSheetProposal($month: String!) {
    allocationSheet(month: $month) {
      ${SHEET_FIELDS}
    }
  }
`;

export interface AllocationSheetVersion extends AllocationSheetSummary {
  changes: AllocationLineChange[];
}

export interface AllocationSheetMonthData {
  allocationSheetMonth: { month: string; latest: AllocationSheetSummary | null; versions: AllocationSheetVersion[] };
}

/** The month's saved versions, newest first. */
export const ALLOCATION_SHEET_MONTH_QUERY = gql<AllocationSheetMonthData, { month: string }>`
  query AllocationSheetMonth($month: String!) {
    allocationSheetMonth(month: $month) {
      month
      latest {
        ${SUMMARY_FIELDS}
        reconciliation { ok }
      }
      versions {
        ${SUMMARY_FIELDS}
        reconciliation { ok }
        changes {
          compensationCode
          kind
          district { code name }
          before
          after
          difference
        }
      }
    }
  }
`;

export const ALLOCATION_SHEET_VERSION_QUERY = gql<{ allocationSheetVersion: AllocationSheet | null }, { id: string }>`
  query AllocationSheetVersion($id: ID!) {
    allocationSheetVersion(id: $id) {
      ${SHEET_FIELDS}
    }
  }
`;

export interface ExportedFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export const EXPORT_ALLOCATION_SHEET_QUERY = gql<{ exportAllocationSheet: ExportedFile }, { id: string }>`
  query ExportAllocationSheet($id: ID!) {
    exportAllocationSheet(id: $id) { fileName contentType contentBase64 }
  }
`;

export const AGRESSO_PAYMENT_FILE_QUERY = gql<{ agressoPaymentFile: ExportedFile }, { id: string }>`
  query AgressoPaymentFile($id: ID!) {
    agressoPaymentFile(id: $id) { fileName contentType contentBase64 }
  }
`;

export const SAVE_ALLOCATION_SHEET_MUTATION = gql<{ saveAllocationSheet: AllocationSheet }, { month: string; note: string | null }>`
  mutation SaveAllocationSheet($month: String!, $note: String) {
    saveAllocationSheet(month: $month, note: $note) {
      ${SHEET_FIELDS}
    }
  }
`;

export const REVIEW_ALLOCATION_SHEET_MUTATION = gql<{ reviewAllocationSheet: AllocationSheet }, { id: string }>`
  mutation ReviewAllocationSheet($id: ID!) {
    reviewAllocationSheet(id: $id) {
      ${SHEET_FIELDS}
    }
  }
`;

export const APPROVE_ALLOCATION_SHEET_MUTATION = gql<{ approveAllocationSheet: AllocationSheet }, { id: string }>`
  mutation ApproveAllocationSheet($id: ID!) {
    approveAllocationSheet(id: $id) {
      ${SHEET_FIELDS}
    }
  }
`;

export const RETURN_ALLOCATION_SHEET_MUTATION = gql<{ returnAllocationSheet: AllocationSheet }, { id: string; reason: string }>`
  mutation ReturnAllocationSheet($id: ID!, $reason: String!) {
    returnAllocationSheet(id: $id, reason: $reason) {
      ${SHEET_FIELDS}
    }
  }
`;

export interface UnallocatedFundsItem {
  flatRatePaymentId: string;
  compensationCode: string;
  amount: number;
  reason: string;
  saved: boolean;
  person: { id: string; fullName: string; protectedIdentity: boolean } | null;
}

const UNALLOCATED_FIELDS = `
  flatRatePaymentId
  compensationCode
  amount
  reason
  saved
  person { id fullName protectedIdentity }
`;

export const UNALLOCATED_FUNDS_QUERY = gql<{ unallocatedFunds: UnallocatedFundsItem[]; allocationSheetMonth: { latest: { id: string | null; status: SheetStatus; locked: boolean } | null } }, { month: string }>`
  query UnallocatedFunds($month: String!) {
    unallocatedFunds(month: $month) {
      ${UNALLOCATED_FIELDS}
    }
    allocationSheetMonth(month: $month) {
      latest { id status locked }
    }
  }
`;

export const SAVE_UNALLOCATED_FUNDS_MUTATION = gql<{ saveUnallocatedFunds: UnallocatedFundsItem[] }, { month: string; items: { flatRatePaymentId: string; reason: string }[] }>`
  mutation SaveUnallocatedFunds($month: String!, $items: [UnallocatedFundsItemInput!]!) {
    saveUnallocatedFunds(month: $month, items: $items) {
      ${UNALLOCATED_FIELDS}
    }
  }
`;
