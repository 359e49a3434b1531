import { gql } from 'urql';

/** RecoveryStatus of the decisions subgraph (docs: api.graphql, issue 5). */
export type RecoveryStatus = 'OPEN' | 'APPEALED' | 'OFFSET_PARTLY' | 'SETTLED' | 'CANCELLED';
export type RecoveryAppealDecision = 'APPEAL' | 'ACCEPT';

export interface DistrictRef {
  code: string;
  name: string;
}

export interface RecoveryDistrictSummary {
  districtCode: string | null;
  district: DistrictRef | null;
  count: number;
  openCount: number;
  amount: number;
  offsetAmount: number;
  remainingAmount: number;
}

export const RECOVERY_SUMMARY_QUERY = gql<{ recoverySummary: RecoveryDistrictSummary[] }, Record<string, never>>`
  query RecoverySummary {
    recoverySummary {
      districtCode
      district {
        code
        name
      }
      count
      openCount
      amount
      offsetAmount
      remainingAmount
    }
  }
`;

export interface RecoveryFilterInput {
  districtCode?: string | null;
  personId?: string | null;
  statuses?: RecoveryStatus[] | null;
  compensationCode?: string | null;
  openOnly?: boolean | null;
}

export interface RecoveryListNode {
  id: string;
  personId: string | null;
  person: { id: string; fullName: string } | null;
  districtCode: string | null;
  district: DistrictRef | null;
  compensationCode: string;
  periodFrom: string | null;
  periodTo: string | null;
  amount: number;
  offsetAmount: number;
  remainingAmount: number;
  status: RecoveryStatus;
  statusLabel: string;
  appealDeadline: string | null;
  source: string;
}

export interface RecoveriesData {
  recoveries: {
    totalCount: number;
    edges: { cursor: string; node: RecoveryListNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface RecoveriesVariables {
  filter: RecoveryFilterInput;
  first: number;
  after: string | null;
}

export const RECOVERIES_QUERY = gql<RecoveriesData, RecoveriesVariables>`
  query Recoveries($filter: RecoveryFilterInput, $first: Int, $after: String) {
    recoveries(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          personId
          person {
            id
            fullName
          }
          districtCode
          district {
            code
            name
          }
          compensationCode
          periodFrom
          periodTo
          amount
          offsetAmount
          remainingAmount
          status
          statusLabel
          appealDeadline
          source
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface RecoveryOptions {
  claimTypes: { code: string; name: string }[];
  districts: DistrictRef[];
}

/** What the filters and the form offer: the compensation types and the districts of today. */
export const RECOVERY_OPTIONS_QUERY = gql<RecoveryOptions, Record<string, never>>`
  query RecoveryOptions {
    claimTypes {
      code
      name
    }
    districts {
      code
      name
    }
  }
`;

export interface RecoveryOffset {
  id: string;
  month: string;
  amount: number;
  importId: string | null;
  createdAt: string;
}

export interface RecoveryMessage {
  id: string;
  side: string;
  authorUsername: string;
  body: string;
  fileName: string | null;
  contentType: string | null;
  createdAt: string;
}

export interface RecoveryNode extends RecoveryListNode {
  reason: string;
  decisionId: string | null;
  decision: { id: string; migCaseNumber: string } | null;
  migCaseNumber: string | null;
  decidedAt: string | null;
  proposedAction: string | null;
  appealDecision: RecoveryAppealDecision | null;
  appealDecidedBy: string | null;
  appealDecidedAt: string | null;
  createdBy: string;
  createdAt: string;
  offsets: RecoveryOffset[];
  messages: RecoveryMessage[];
}

const RECOVERY_FIELDS = `
  id
  personId
  person {
    id
    fullName
  }
  districtCode
  district {
    code
    name
  }
  compensationCode
  periodFrom
  periodTo
  amount
  offsetAmount
  remainingAmount
  reason
  status
  statusLabel
  decisionId
  decision {
    id
    migCaseNumber
  }
  migCaseNumber
  decidedAt
  appealDeadline
  proposedAction
  appealDecision
  appealDecidedBy
  appealDecidedAt
  source
  createdBy
  createdAt
  offsets {
    id
    month
    amount
    importId
    createdAt
  }
  messages {
    id
    side
    authorUsername
    body
    fileName
    contentType
    createdAt
  }
`;

export const RECOVERY_QUERY = gql<{ recovery: RecoveryNode | null }, { id: string }>`
  query Recovery($id: ID!) {
    recovery(id: $id) {
      ${RECOVERY_FIELDS}
    }
  }
`;

export interface RecoveryDocument {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export const RECOVERY_DOCUMENT_QUERY = gql<{ recoveryDocument: RecoveryDocument | null }, { messageId: string }>`
  query RecoveryDocument($messageId: ID!) {
    recoveryDocument(messageId: $messageId) {
      fileName
      contentType
      contentBase64
    }
  }
`;

export interface StartRecoveryInput {
  personId: string;
  compensationCode: string;
  periodFrom: string;
  periodTo: string;
  amount: number;
  reason: string;
  decisionId?: string | null;
  migCaseNumber?: string | null;
  decidedAt?: string | null;
  proposedAction?: string | null;
  districtCode?: string | null;
}

export const START_RECOVERY_MUTATION = gql<{ startRecovery: { id: string } }, { input: StartRecoveryInput }>`
  mutation StartRecovery($input: StartRecoveryInput!) {
    startRecovery(input: $input) {
      id
    }
  }
`;

export const PROPOSE_RECOVERY_ACTION_MUTATION = gql<{ proposeRecoveryAction: RecoveryNode }, { id: string; proposedAction: string }>`
  mutation ProposeRecoveryAction($id: ID!, $proposedAction: String!) {
    proposeRecoveryAction(id: $id, proposedAction: $proposedAction) {
      ${RECOVERY_FIELDS}
    }
  }
`;

export interface RecoveryMessageInput {
  recoveryId: string;
  body: string;
  fileName?: string | null;
  contentType?: string | null;
  contentBase64?: string | null;
}

export const POST_RECOVERY_MESSAGE_MUTATION = gql<{ postRecoveryMessage: RecoveryMessage }, { input: RecoveryMessageInput }>`
  mutation PostRecoveryMessage($input: RecoveryMessageInput!) {
    postRecoveryMessage(input: $input) {
      id
      side
      authorUsername
      body
      fileName
      contentType
      createdAt
    }
  }
`;

export const DECIDE_RECOVERY_APPEAL_MUTATION = gql<{ decideRecoveryAppeal: RecoveryNode }, { id: string; decision: RecoveryAppealDecision; comment: string | null }>`
  mutation DecideRecoveryAppeal($id: ID!, $decision: RecoveryAppealDecision!, $comment: String) {
    decideRecoveryAppeal(id: $id, decision: $decision, comment: $comment) {
      ${RECOVERY_FIELDS}
    }
  }
`;

export const CANCEL_RECOVERY_MUTATION = gql<{ cancelRecovery: RecoveryNode }, { id: string; reason: string }>`
  mutation CancelRecovery($id: ID!, $reason: String!) {
    cancelRecovery(id: $id, reason: $reason) {
      ${RECOVERY_FIELDS}
    }
  }
`;
