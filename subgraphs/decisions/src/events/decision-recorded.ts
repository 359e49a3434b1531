import { isoDay } from '../decision/domain/decision-dates.js';
import { recordEvent, type DecisionNotice, type DecisionRecorded } from '@statsbidrag/events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DECISION_OUTCOME_LABELS, type DecisionOutcome } from '../decision/domain/decision.js';
import type { DecisionRow } from '../decision/infra/decision.entity.js';

type DecisionFacts = Pick<DecisionRow, 'id' | 'claimId' | 'personId' | 'districtCode' | 'decidedAt'> &
  Partial<Pick<DecisionRow, 'outcome' | 'grantedAmount' | 'paidAmount' | 'paidOn' | 'finalAt' | 'appealed' | 'migCaseNumber' | 'claimTypeCode' | 'periodFrom' | 'periodTo'>>;


/** "Beslut 1.1.3-2025-1234 (FSKA 2025-01-01–2025-03-31)": what a user reads; never a name. */
export function decisionLabel(d: Partial<Pick<DecisionRow, 'migCaseNumber' | 'claimTypeCode' | 'periodFrom' | 'periodTo'>>): string {
  const from = isoDay(d.periodFrom);
  const to = isoDay(d.periodTo);
  const what = [d.claimTypeCode, from && to ? `${from}–${to}` : null].filter(Boolean).join(' ');
  return `Beslut ${d.migCaseNumber ?? ''}${what ? ` (${what})` : ''}`.trim();
}

/** Which of MiG's notices an outcome calls for (none for a plain grant). */
export function noticeKindOf(outcome: DecisionOutcome): DecisionNotice['kind'] | null {
  switch (outcome) {
    case 'AVSLAG':
      return 'AVSLAG';
    case 'AVVISAD':
      return 'AVVISNING';
    case 'DELVIS_BEVILJAD':
    case 'DELVIS_BEVILJAD_EFTER_NY_PROVNING':
      return 'DELVIS_BEVILJAD';
    case 'BEVILJAD_EFTER_NY_PROVNING':
      return 'BEVILJAD_EFTER_NY_PROVNING';
    default:
      return null;
  }
}

/** The decision's state for other contexts: who it concerns, outcome, money, laga kraft. */
export function decisionRecorded(decision: DecisionFacts, notify?: DecisionNotice, at: Date = new Date()): DecisionRecorded {
  const decidedOn = isoDay(decision.decidedAt)!;
  const base: DecisionRecorded = { decisionId: decision.id, claimId: decision.claimId ?? null, personId: decision.personId ?? null, districtCode: decision.districtCode ?? null, decidedOn };
  if (!decision.outcome) return base;
  return {
    ...base,
    outcome: decision.outcome,
    outcomeLabel: DECISION_OUTCOME_LABELS[decision.outcome],
    grantedAmount: Number(decision.grantedAmount ?? 0),
    paidAmount: Number(decision.paidAmount ?? 0),
    paidOn: isoDay(decision.paidOn),
    finalAt: isoDay(decision.finalAt) ?? undefined,
    appealed: Boolean(decision.appealed),
    label: decisionLabel(decision),
    at: at.toISOString(),
    ...(notify ? { notify } : {}),
  };
}

export function recordDecisionRecorded(em: EntityManager, decision: DecisionFacts, notify?: DecisionNotice): void {
  recordEvent(em, 'decisions.decision-recorded', decisionRecorded(decision, notify));
}
