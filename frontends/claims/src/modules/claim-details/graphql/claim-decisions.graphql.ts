import { gql } from 'urql';

export interface ClaimDecision {
  id: string;
  migCaseNumber: string;
  outcome: string;
  outcomeLabel: string;
  decidedAt: string;
  grantedAmount: number;
  paidAmount: number;
  finalAt: string;
  isFinal: boolean;
  appealed: boolean;
}

export interface ClaimDecisionsData {
  claim: { id: string; decisions: ClaimDecision[] } | null;
}

/** MiG's decisions on a claim, newest first (Claim.decisions from the decisions subgraph). */
export const CLAIM_DECISIONS_QUERY = gql<ClaimDecisionsData, { id: string }>`
  query ClaimDecisions($id: ID!) {
    claim(id: $id) {
      id
      decisions {
        id
        migCaseNumber
        outcome
        outcomeLabel
        decidedAt
        grantedAmount
        paidAmount
        finalAt
        isFinal
        appealed
      }
    }
  }
`;
