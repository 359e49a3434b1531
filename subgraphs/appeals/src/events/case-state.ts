import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type CaseStateChanged } from '@statsbidrag/events';
import { APPEAL_STATUS_LABELS, isAppealOpen, type AppealStatus } from '../appeal/domain/appeal.js';
import type { AppealRow } from '../appeal/infra/appeal.entity.js';

type AppealState = Pick<AppealRow, 'id' | 'decisionId' | 'districtCode' | 'status' | 'amfCaseNumber'>;

/** What the person subgraph learns about an appeal; it finds the person through the decision. */
export function appealCaseState(appeal: AppealState, at: Date): CaseStateChanged {
  const status = appeal.status as AppealStatus;
  return {
    context: 'appeals',
    caseId: appeal.id,
    personId: null,
    decisionId: appeal.decisionId,
    districtCode: appeal.districtCode ?? null,
    label: appeal.amfCaseNumber ? `Överklagan ${appeal.amfCaseNumber}` : 'Överklagan',
    status,
    statusLabel: APPEAL_STATUS_LABELS[status] ?? status,
    open: isAppealOpen(status),
    at: at.toISOString(),
  };
}

export function recordAppealState(em: EntityManager, appeal: AppealState, at: Date = new Date()): void {
  recordEvent(em, 'appeals.case-state-changed', appealCaseState(appeal, at));
}
