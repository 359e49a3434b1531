import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScheduledJob } from '@statsbidrag/events';
import { FlatRatePaymentEntity } from '../../flat-rate-payment/infra/flat-rate-payment.entity.js';
import { FlatRateCaseEntity } from '../infra/flat-rate-case.entity.js';
import { recordChange, snapshot, stockholmToday } from './close-flat-rate-case.js';

export interface FlatRatePurgeResult {
  /** Cases whose records were purged now. */
  cases: number;
  /** Flat-rate payment rows whose identifiers and name were removed. */
  payments: number;
}

/**
 * Gallring of flat-rate records (ADR 0018): for closed cases whose purge date has come, the
 * identifiers and name MiG's rows carried are removed from the person's flat-rate payments
 * (amounts, dates and districts stay for the accounts), and the case is marked purged. Runs in
 * one transaction; running it again purges nothing more.
 */
export async function purgeDueFlatRateRecords(em: EntityManager, today: string = stockholmToday(), changedBy = 'system'): Promise<FlatRatePurgeResult> {
  return em.transactional(async (tx) => {
    const due = await tx.find(FlatRateCaseEntity, { status: 'CLOSED', purgeOn: { $lte: today }, purgedAt: null });
    if (!due.length) return { cases: 0, payments: 0 };
    const payments = await tx.nativeUpdate(
      FlatRatePaymentEntity,
      { personId: { $in: due.map((c) => c.personId) } },
      { personalIdentityNumber: null, migIndividualNumber: null, personName: null },
    );
    const now = new Date();
    for (const row of due) {
      const before = snapshot(row);
      row.purgedAt = now;
      recordChange(tx, row, 'PURGE', before, changedBy, null);
    }
    await tx.flush();
    return { cases: due.length, payments };
  });
}

/** Every night at 02:30 Stockholm time (after the person subgraph's purge at 02:00). */
export const flatRatePurgeJob: ScheduledJob = {
  name: 'purge-flat-rate-records',
  cron: '30 2 * * *',
  run: (em) => purgeDueFlatRateRecords(em),
};
