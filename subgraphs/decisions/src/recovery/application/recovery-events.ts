import { isoDay } from '../../decision/domain/decision-dates.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type RecoveryNotice, type RecoveryOffsetBooked } from '@statsbidrag/events';
import { recoveryLabel } from '../domain/recovery.js';
import type { RecoveryRow } from '../infra/recovery.entity.js';


/** Records the recovery's state for the allocation work (offsets) and, with `notify`, for the people concerned. */
export function recordRecoveryChanged(em: EntityManager, r: RecoveryRow, notify?: RecoveryNotice, offset?: RecoveryOffsetBooked): void {
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
    // A cancelled recovery has nothing left to offset.
    remainingAmount: r.status === 'CANCELLED' ? 0 : amount - offsetAmount,
    status: r.status,
    decisionId: r.decisionId ?? null,
    appealDeadline: isoDay(r.appealDeadline),
    label: recoveryLabel({ compensationCode: r.compensationCode, periodFrom: isoDay(r.periodFrom), periodTo: isoDay(r.periodTo) }),
    at: new Date().toISOString(),
    ...(notify ? { notify } : {}),
    ...(offset ? { offset } : {}),
  });
}
