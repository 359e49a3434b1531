import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { planOffsets, recoveryStatus, UNSETTLED_RECOVERY_STATUSES } from '../domain/recovery.js';
import { RecoveryEntity, RecoveryOffsetEntity } from '../infra/recovery.entity.js';
import { recordRecoveryChanged } from './recovery-events.js';

export interface PaymentToOffset {
  /** The payment import (utbetalningsspecifikation) the recoveries are deducted from. */
  importId: string;
  /** Its month, ÅÅÅÅ-MM. */
  month: string;
  /** What the payment can absorb, integer öre: its positive total. */
  available: number;
}

/**
 * Offsets unsettled recoveries at a payment (5.7), oldest first: each takes what remains of it
 * or what is still available. A recovery larger than the payment keeps its remainder (partly
 * offset) for the next payment. Called by the payment import inside its transaction; the rows are
 * locked so that two imports cannot offset the same money. Idempotent per import: an import that
 * has offset anything before offsets nothing again.
 */
export async function offsetRecoveries(em: EntityManager, payment: PaymentToOffset): Promise<{ offset: number; touched: number }> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(payment.month)) throw new Error(`offsetRecoveries: month must be ÅÅÅÅ-MM, got ${payment.month}`);
  if (!Number.isSafeInteger(payment.available)) throw new Error('offsetRecoveries: available must be integer öre');
  if (payment.available <= 0) return { offset: 0, touched: 0 };

  const run = async (tx: EntityManager) => {
    const open = await tx.find(
      RecoveryEntity,
      { status: { $in: [...UNSETTLED_RECOVERY_STATUSES] } },
      { orderBy: { createdAt: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    // Checked after taking the locks: a second run of the same import waits for the first and then sees its offsets.
    if ((await tx.count(RecoveryOffsetEntity, { importId: payment.importId })) > 0) return { offset: 0, touched: 0 };
    const plan = planOffsets(
      open.map((r) => ({ id: r.id, amount: Number(r.amount), offsetAmount: Number(r.offsetAmount) })),
      payment.available,
    );
    const byId = new Map(open.map((r) => [r.id, r]));
    let offset = 0;
    for (const step of plan) {
      const r = byId.get(step.recoveryId)!;
      tx.create(RecoveryOffsetEntity, { id: randomUUID(), recoveryId: r.id, importId: payment.importId, month: payment.month, amount: step.amount });
      r.offsetAmount = Number(r.offsetAmount) + step.amount;
      r.status = recoveryStatus({ amount: Number(r.amount), offsetAmount: r.offsetAmount, appealDecision: r.appealDecision });
      recordRecoveryChanged(tx, r, undefined, { month: payment.month, amount: step.amount, importId: payment.importId });
      offset += step.amount;
    }
    await tx.flush();
    return { offset, touched: plan.length };
  };
  return em.isInTransaction() ? run(em) : em.transactional(run);
}
