import { gql } from 'urql';

export interface RetentionCase {
  context: string;
  caseId: string;
  label: string;
  statusLabel: string;
}

export interface PurgeCandidatePerson {
  id: string;
  fullName: string;
  district: { code: string; name: string } | null;
  closedOn: string | null;
  closureReasonLabel: string | null;
  personalDataDeactivatedOn: string | null;
  purgeOn: string | null;
  purgeOnSetManually: boolean;
}

export interface PurgeCandidate {
  person: PurgeCandidatePerson;
  openCases: RetentionCase[];
}

export interface PurgeCandidatesVariables {
  /** ÅÅÅÅ-MM-DD; null = today. */
  on: string | null;
}

export const PURGE_CANDIDATES_QUERY = gql<{ purgeCandidates: PurgeCandidate[]; purgeCandidateCount?: number }, PurgeCandidatesVariables>`
  query PurgeCandidates($on: Date) {
    purgeCandidateCount(on: $on)
    purgeCandidates(on: $on) {
      person {
        id
        fullName
        district {
          code
          name
        }
        closedOn
        closureReasonLabel
        personalDataDeactivatedOn
        purgeOn
        purgeOnSetManually
      }
      openCases {
        context
        caseId
        label
        statusLabel
      }
    }
  }
`;

export interface PurgeRecord {
  id: string;
  personId: string;
  purgedAt: string;
  purgedBy: string;
  purgeOn: string;
  districtCode: string | null;
  fields: string[];
  registrationsAnonymised: number;
}

const PURGE_RECORD_FIELDS = `
  id
  personId
  purgedAt
  purgedBy
  purgeOn
  districtCode
  fields
  registrationsAnonymised
`;

export interface PurgeRun {
  purged: PurgeRecord[];
  skipped: { person: { id: string; fullName: string }; openCases: RetentionCase[] }[];
}

export const RUN_PURGE_MUTATION = gql<{ runPurge: PurgeRun }, Record<string, never>>`
  mutation RunPurge {
    runPurge {
      purged {
        ${PURGE_RECORD_FIELDS}
      }
      skipped {
        person {
          id
          fullName
        }
        openCases {
          context
          caseId
          label
          statusLabel
        }
      }
    }
  }
`;

export interface PurgeRecordFilter {
  from: string | null;
  to: string | null;
  districtCode: string | null;
}

export interface PurgeRecordsVariables {
  filter: PurgeRecordFilter;
  first: number;
  after: string | null;
}

export interface PurgeRecordsData {
  purgeRecords: {
    totalCount: number;
    edges: { cursor: string; node: PurgeRecord }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const PURGE_RECORDS_QUERY = gql<PurgeRecordsData, PurgeRecordsVariables>`
  query PurgeRecords($filter: PurgeRecordFilterInput, $first: Int, $after: String) {
    purgeRecords(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ${PURGE_RECORD_FIELDS}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const RETENTION_DISTRICTS_QUERY = gql<{ districts: { code: string; name: string }[] }, Record<string, never>>`
  query RetentionDistricts {
    districts(includeHistoric: true) {
      code
      name
    }
  }
`;
