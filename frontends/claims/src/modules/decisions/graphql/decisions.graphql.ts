import { gql } from 'urql';

/** DecisionOutcome of the decisions subgraph. */
export type DecisionOutcome = 'BEVILJAD' | 'DELVIS_BEVILJAD' | 'AVVISAD' | 'AVSLAG' | 'BEVILJAD_EFTER_NY_PROVNING' | 'DELVIS_BEVILJAD_EFTER_NY_PROVNING';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A decision as the list shows it. */
export interface DecisionListNode {
  id: string;
  migCaseNumber: string;
  claimTypeCode: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  outcome: DecisionOutcome;
  outcomeLabel: string;
  decidedAt: string;
  grantedAmount: number;
  paidAmount: number;
  finalAt: string;
  isFinal: boolean;
  appealed: boolean;
  source: string;
  sourceLabel: string;
  district: { code: string; name: string } | null;
}

/** DecisionFilterInput (the fields the list uses). */
export interface DecisionFilter {
  outcomes?: DecisionOutcome[];
  claimTypeCode?: string;
  migCaseNumber?: string;
  decidedFrom?: string;
  decidedTo?: string;
  districtCode?: string;
  final?: boolean;
  claimId?: string;
}

export interface DecisionsData {
  decisions: { totalCount: number; edges: { cursor: string; node: DecisionListNode }[]; pageInfo: PageInfo };
}

export interface DecisionsVariables {
  filter: DecisionFilter | null;
  first: number;
  after: string | null;
}

const DECISION_LIST_FIELDS = `
  id
  migCaseNumber
  claimTypeCode
  periodFrom
  periodTo
  outcome
  outcomeLabel
  decidedAt
  grantedAmount
  paidAmount
  finalAt
  isFinal
  appealed
  source
  sourceLabel
  district {
    code
    name
  }
`;

/** "Beslut": MiG's decisions, newest first (the server scopes a district's staff to their district). */
export const DECISIONS_QUERY = gql<DecisionsData, DecisionsVariables>`
  query Decisions($filter: DecisionFilterInput, $first: Int, $after: String) {
    decisions(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ${DECISION_LIST_FIELDS}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface NamedCode {
  code: string;
  name: string;
}

export interface DecisionOptionsData {
  claimTypes: NamedCode[];
  districts: NamedCode[];
}

/** What the filters and the form offer: the compensation types and the districts. */
export const DECISION_OPTIONS_QUERY = gql<DecisionOptionsData, Record<string, never>>`
  query DecisionOptions {
    claimTypes {
      code
      name
    }
    districts(includeHistoric: true) {
      code
      name
    }
  }
`;

export interface DecisionPaymentLine {
  id: string;
  month: string;
  account: string | null;
  compensationCode: string;
  amount: number;
  isRecovery: boolean;
  periodFrom: string | null;
  periodTo: string | null;
  reference: string | null;
}

/** A decision with everything its card shows. */
export interface DecisionNode extends DecisionListNode {
  migIndividualNumber: string | null;
  birthData: string | null;
  personName: string | null;
  reference: string | null;
  paidOn: string | null;
  purgeAt: string | null;
  purgeAtManual: boolean;
  importId: string | null;
  recordedBy: string | null;
  createdAt: string;
  updatedAt: string | null;
  claim: { id: string } | null;
  person: { id: string } | null;
  paymentLines: DecisionPaymentLine[];
}

export interface DecisionData {
  decision: DecisionNode | null;
}

const DECISION_FIELDS = `
  ${DECISION_LIST_FIELDS}
  migIndividualNumber
  birthData
  personName
  reference
  paidOn
  purgeAt
  purgeAtManual
  importId
  recordedBy
  createdAt
  updatedAt
  claim {
    id
  }
  person {
    id
  }
  paymentLines {
    id
    month
    account
    compensationCode
    amount
    isRecovery
    periodFrom
    periodTo
    reference
  }
`;

/** One decision (null when it does not exist or is not the caller's district's). */
export const DECISION_QUERY = gql<DecisionData, { id: string }>`
  query Decision($id: ID!) {
    decision(id: $id) {
      ${DECISION_FIELDS}
    }
  }
`;

/** RegisterDecisionInput (the existing fields and those issue 5 adds). */
export interface RegisterDecisionInput {
  claimId?: string | null;
  personId?: string | null;
  districtCode?: string | null;
  migCaseNumber: string;
  outcome: DecisionOutcome;
  decidedAt: string;
  grantedAmount: number;
  claimTypeCode?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  migIndividualNumber?: string | null;
  birthData?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  reference?: string | null;
}

/** "MiG beslutsunderlag": registers a decision by hand. */
export const REGISTER_DECISION_MUTATION = gql<{ registerDecision: { id: string } }, { input: RegisterDecisionInput }>`
  mutation RegisterDecision($input: RegisterDecisionInput!) {
    registerDecision(input: $input) {
      id
    }
  }
`;

/** "Rätta beslut": the same fields, on an existing decision. */
export const CORRECT_DECISION_MUTATION = gql<{ correctDecision: DecisionNode }, { id: string; input: RegisterDecisionInput }>`
  mutation CorrectDecision($id: ID!, $input: RegisterDecisionInput!) {
    correctDecision(id: $id, input: $input) {
      ${DECISION_FIELDS}
    }
  }
`;

/** "Ändra gallringsdatum": a date, or null for the automatic date again. */
export const SET_DECISION_PURGE_DATE_MUTATION = gql<{ setDecisionPurgeDate: DecisionNode }, { id: string; purgeAt: string | null }>`
  mutation SetDecisionPurgeDate($id: ID!, $purgeAt: Date) {
    setDecisionPurgeDate(id: $id, purgeAt: $purgeAt) {
      ${DECISION_FIELDS}
    }
  }
`;

/** "Markera som överklagat" / "Ta bort markering". */
export const MARK_DECISION_APPEALED_MUTATION = gql<{ markDecisionAppealed: DecisionNode }, { id: string; appealed: boolean }>`
  mutation MarkDecisionAppealed($id: ID!, $appealed: Boolean!) {
    markDecisionAppealed(id: $id, appealed: $appealed) {
      ${DECISION_FIELDS}
    }
  }
`;
