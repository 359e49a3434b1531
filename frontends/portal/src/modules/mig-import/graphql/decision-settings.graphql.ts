import { gql } from 'urql';

export interface DecisionSettings {
  appealDays: number;
  purgeDaysAfterFinal: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export const DECISION_SETTINGS_QUERY = gql<{ decisionSettings: DecisionSettings }, Record<string, never>>`
  query MigDecisionSettings {
    decisionSettings {
      appealDays
      purgeDaysAfterFinal
      updatedBy
      updatedAt
    }
  }
`;

export const UPDATE_DECISION_SETTINGS_MUTATION = gql<{ updateDecisionSettings: DecisionSettings }, { input: { appealDays: number; purgeDaysAfterFinal: number } }>`
  mutation MigUpdateDecisionSettings($input: DecisionSettingsInput!) {
    updateDecisionSettings(input: $input) {
      appealDays
      purgeDaysAfterFinal
      updatedBy
      updatedAt
    }
  }
`;
