import { ClaimStatus } from '@statsbidrag/domain';

/**
 * How MiG's decision moves a claim (issue 5): pure, no ORM. A decision is BESLUTAD or
 * DELVIS_BEVILJAT by its outcome, UTBETALD once MiG has paid money it granted.
 */

/** MiG's decision outcomes (GLOSSARY `DecisionOutcome`). */
export const DecisionOutcome = {
  BEVILJAD: 'BEVILJAD',
  DELVIS_BEVILJAD: 'DELVIS_BEVILJAD',
  AVVISAD: 'AVVISAD',
  AVSLAG: 'AVSLAG',
  BEVILJAD_EFTER_NY_PROVNING: 'BEVILJAD_EFTER_NY_PROVNING',
  DELVIS_BEVILJAD_EFTER_NY_PROVNING: 'DELVIS_BEVILJAD_EFTER_NY_PROVNING',
} as const;
export type DecisionOutcome = (typeof DecisionOutcome)[keyof typeof DecisionOutcome];

const DECIDED: Readonly<Record<DecisionOutcome, ClaimStatus>> = {
  BEVILJAD: ClaimStatus.BESLUTAD,
  BEVILJAD_EFTER_NY_PROVNING: ClaimStatus.BESLUTAD,
  AVSLAG: ClaimStatus.BESLUTAD,
  AVVISAD: ClaimStatus.BESLUTAD,
  DELVIS_BEVILJAD: ClaimStatus.DELVIS_BEVILJAT,
  DELVIS_BEVILJAD_EFTER_NY_PROVNING: ClaimStatus.DELVIS_BEVILJAT,
};

/** Outcomes that grant money (wholly or partly): only these can make a claim UTBETALD. */
const GRANTING: readonly DecisionOutcome[] = ['BEVILJAD', 'BEVILJAD_EFTER_NY_PROVNING', 'DELVIS_BEVILJAD', 'DELVIS_BEVILJAD_EFTER_NY_PROVNING'];

/** The statuses a decision may move a claim from (sent to MiG, or already decided or paid). */
export const DECISION_DRIVEN_FROM: readonly ClaimStatus[] = [ClaimStatus.ATERSOKNING_INSKICKAD_MIG, ClaimStatus.BESLUTAD, ClaimStatus.DELVIS_BEVILJAT, ClaimStatus.UTBETALD];

export function isDecisionOutcome(value: unknown): value is DecisionOutcome {
  return typeof value === 'string' && value in DECIDED;
}

/** The claim status a decision means, or null for an outcome this version does not know. */
export function statusForDecision(decision: { outcome?: string | null; paidAmount?: number | null }): ClaimStatus | null {
  if (!isDecisionOutcome(decision.outcome)) return null;
  if ((decision.paidAmount ?? 0) > 0 && GRANTING.includes(decision.outcome)) return ClaimStatus.UTBETALD;
  return DECIDED[decision.outcome];
}

/**
 * The claim's next status, or null when the decision leaves it as it is: a claim not yet sent to
 * MiG, or finished by hand (FARDIGBEHANDLAT), is never moved; an unknown outcome changes nothing.
 * Ordering (an older event than the last one applied) is the caller's concern.
 */
export function nextStatusAfterDecision(current: ClaimStatus, decision: { outcome?: string | null; paidAmount?: number | null }): ClaimStatus | null {
  if (!DECISION_DRIVEN_FROM.includes(current)) return null;
  const next = statusForDecision(decision);
  return next && next !== current ? next : null;
}
