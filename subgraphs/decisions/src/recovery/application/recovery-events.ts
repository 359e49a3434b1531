import { isoDay } from '../../decision/domain/decision-dates.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type RecoveryNotice } from '@statsbidrag/events';
import { recoveryLabel } from '../domain/recovery.js';
import type { RecoveryRow } from '../infra/recovery.entity.js';


/** Records the recovery's state for the allocation work (offsets) and, with `notify`, for the people concerned. */
export function recordRecoveryChanged(em: EntityManager, r: RecoveryRow, notify?: RecoveryNotice): void {
  const amount = Number(r.amount);
  const offsetAmount = Number(r.offsetAmount);
  recordEvent(em, 'decisions.recovery-changed', {
    recoveryId: r.id,
    personId: r.personId ?? null,
    districtCode: r.districtCode ?? null,
    compensationCode: r.compensationCode,
    periodFrom: isoDay(r.periodFrom),
    periodTo: isoDay(r.periodTo),
    amount,
    offsetAmount,
    remainingAmount: amount - offsetAmount,
    status: r.status,
    decisionId: r.decisionId ?? null,
    appealDeadline: isoDay(r.appealDeadline),
    label: recoveryLabel({ compensationCode: r.compensationCode, periodFrom: isoDay(r.periodFrom), periodTo: isoDay(r.periodTo) }),
    at: new Date().toISOString(),
    ...(notify ? { notify } : {}),
  });
}
