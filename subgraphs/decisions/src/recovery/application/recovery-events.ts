import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type RecoveryNotice } from '@statsbidrag/events';
import { recoveryLabel } from '../domain/recovery.js';
import type { RecoveryRow } from '../infra/recovery.entity.js';

const day = (d: unknown): string | null => (d == null ? null : String(d instanceof Date ? d.toISOString() : d).slice(0, 10));

/** Records the recovery's state for the allocation work (offsets) and, with `notify`, for the people concerned. */
export function recordRecoveryChanged(em: EntityManager, r: RecoveryRow, notify?: RecoveryNotice): void {
  const amount = Number(r.amount);
  const offsetAmount = Number(r.offsetAmount);
  recordEvent(em, 'decisions.recovery-changed', {
    recoveryId: r.id,
    personId: r.personId ?? null,
    districtCode: r.districtCode ?? null,
    compensationCode: r.compensationCode,
    periodFrom: day(r.periodFrom),
    periodTo: day(r.periodTo),
    amount,
    offsetAmount,
    // A cancelled recovery has nothing left to offset.
    remainingAmount: r.status === 'CANCELLED' ? 0 : amount - offsetAmount,
    status: r.status,
    decisionId: r.decisionId ?? null,
    appealDeadline: day(r.appealDeadline),
    label: recoveryLabel({ compensationCode: r.compensationCode, periodFrom: day(r.periodFrom), periodTo: day(r.periodTo) }),
    at: new Date().toISOString(),
    ...(notify ? { notify } : {}),
  });
}
