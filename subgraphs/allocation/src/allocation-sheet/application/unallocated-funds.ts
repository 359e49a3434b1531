import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity, Ore } from '@statsbidrag/domain';
import { ConflictError, ValidationError } from '@statsbidrag/graphql-kit';
import { compare } from '../domain/allocation-sheet.js';
import { proposeUnallocated } from '../domain/unallocated-funds.js';
import { UnallocatedMarkEntity } from '../infra/allocation-sheet.entity.js';
import { responsibilityCodes } from './allocation-reference.js';
import { loadSheetInputs, monthAfter } from './load-sheet-input.js';
import { assertMonth, LOCKED_MESSAGE, latestVersion, SheetStatus } from './sheet-versions.js';

export interface UnallocatedFundsEntry {
  flatRatePaymentId: string;
  compensationCode: string;
  amount: Ore;
  reason: string;
  saved: boolean;
  personId: string | null;
}

/** Ej fördelade medel of a month: the saved list, then the domain's proposals (EKBP/EKUP without a cost bearer). */
export async function unallocatedFunds(em: EntityManager, month: string): Promise<UnallocatedFundsEntry[]> {
  month = assertMonth(month);
  const { input, personOf } = (await loadSheetInputs(em, month, month)).get(month)!;
  const byId = new Map(input.flatRatePayments.map((r) => [r.rowId, r]));
  const saved = input.unallocated
    .filter((m) => byId.has(m.rowId))
    .map((m): UnallocatedFundsEntry => {
      const row = byId.get(m.rowId)!;
      return { flatRatePaymentId: m.rowId, compensationCode: row.compensationCode, amount: row.amount, reason: m.reason, saved: true, personId: personOf.get(m.rowId) ?? null };
    })
    .sort((a, b) => compare(a.compensationCode, b.compensationCode) || compare(a.flatRatePaymentId, b.flatRatePaymentId));
  const proposals = proposeUnallocated(month, input.flatRatePayments, responsibilityCodes(), input.unallocated).map(
    (p): UnallocatedFundsEntry => ({ flatRatePaymentId: p.rowId, compensationCode: p.compensationCode, amount: p.amount, reason: p.reason, saved: false, personId: p.personId }),
  );
  return [...saved, ...proposals];
}

/** Replaces the month's saved list. Refused while the month's latest version is approved (LOCKED). */
export async function saveUnallocatedFunds(
  em: EntityManager,
  identity: Identity,
  month: string,
  items: readonly { flatRatePaymentId: string; reason: string }[],
): Promise<UnallocatedFundsEntry[]> {
  month = assertMonth(month);
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(item.flatRatePaymentId)) {
      throw new ValidationError(`items.${i}.flatRatePaymentId`, 'Utbetalningens id är inte giltigt.', 'FORMAT');
    }
    if (seen.has(item.flatRatePaymentId.toLowerCase())) throw new ValidationError(`items.${i}.flatRatePaymentId`, 'Utbetalningen finns två gånger i listan.', 'DUPLICATE');
    seen.add(item.flatRatePaymentId.toLowerCase());
    if (!item.reason?.trim()) throw new ValidationError(`items.${i}.reason`, 'Ange varför beloppet inte fördelas.', 'REQUIRED');
    if (item.reason.trim().length > 500) throw new ValidationError(`items.${i}.reason`, 'Skälet får vara högst 500 tecken.', 'TOO_LONG');
  });
  await em.transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`allocation-sheet:${month}`]);
    if ((await latestVersion(tx, month))?.status === SheetStatus.APPROVED) throw new ConflictError(LOCKED_MESSAGE, 'LOCKED');
    const ids = [...seen];
    const found = ids.length
      ? await tx
          .getConnection()
          .execute<{ id: string }[]>(
            `select id from allocation.flat_rate_payment where id in (${ids.map(() => '?').join(',')}) and payment_date >= ? and payment_date < ?`,
            [...ids, `${month}-01`, `${monthAfter(month)}-01`],
          )
      : [];
    const known = new Set(found.map((r) => r.id.toLowerCase()));
    const missing = items.findIndex((item) => !known.has(item.flatRatePaymentId.toLowerCase()));
    if (missing >= 0) throw new ValidationError(`items.${missing}.flatRatePaymentId`, `Utbetalningen finns inte bland schablonersättningarna för ${month}.`, 'UNKNOWN_PAYMENT');
    await tx.nativeDelete(UnallocatedMarkEntity, { month });
    const savedAt = new Date();
    for (const item of items) {
      tx.create(UnallocatedMarkEntity, { flatRatePaymentId: item.flatRatePaymentId.toLowerCase(), month, reason: item.reason.trim(), savedBy: identity.sub, savedAt });
    }
  });
  return unallocatedFunds(em, month);
}
