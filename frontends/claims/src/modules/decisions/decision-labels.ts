import type { DecisionOutcome } from './graphql/decisions.graphql.js';

export const DECISIONS_PATH = '/beslut';
export const NEW_DECISION_PATH = '/beslut/ny';
export const decisionPath = (id: string): string => `${DECISIONS_PATH}/${encodeURIComponent(id)}`;
export const claimPath = (id: string): string => `/atersokningar/${encodeURIComponent(id)}`;
export const personPath = (id: string): string => `/personer/${encodeURIComponent(id)}`;

/** DecisionOutcome in Swedish, in the order the form offers them. */
export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  BEVILJAD: 'Beviljad',
  DELVIS_BEVILJAD: 'Delvis beviljad',
  AVSLAG: 'Avslag',
  AVVISAD: 'Avvisad',
  BEVILJAD_EFTER_NY_PROVNING: 'Beviljad efter ny prövning',
  DELVIS_BEVILJAD_EFTER_NY_PROVNING: 'Delvis beviljad efter ny prövning',
};
export const OUTCOMES = Object.keys(OUTCOME_LABELS) as DecisionOutcome[];
export const OUTCOME_OPTIONS = OUTCOMES.map((id) => ({ id, label: OUTCOME_LABELS[id] }));

/** Outcomes that grant nothing: the granted amount is 0. */
export const NOTHING_GRANTED: readonly DecisionOutcome[] = ['AVSLAG', 'AVVISAD'];

/** Who may register and correct decisions, set the purge date and mark an appeal (the server decides too). */
export const DECISION_EDIT_ROLES: readonly string[] = ['COORDINATOR', 'ADMINISTRATOR'];
export const DISTRICT_ROLES: readonly string[] = ['DISTRICT_CONTACT', 'DISTRICT_OFFICER'];

export const mayEditDecisions = (roles: readonly string[]): boolean => roles.some((r) => DECISION_EDIT_ROLES.includes(r));
export const isDistrictUser = (roles: readonly string[]): boolean => roles.some((r) => DISTRICT_ROLES.includes(r));

/** "Laga kraft", "Överklagat" or nothing yet: the text of a decision's finality. */
export function finalityText(d: { appealed: boolean; isFinal: boolean }): string {
  if (d.appealed) return 'Överklagat';
  return d.isFinal ? 'Laga kraft' : '';
}

export const SERVICE_DOWN = 'Tjänsten för beslut svarar inte just nu. Försök igen om en stund.';
