import type { EntityManager } from '@mikro-orm/postgresql';
import { parseKronor } from '@statsbidrag/domain';
import { recordEvent } from '@statsbidrag/events';
import type { ImportFileRow, ImportHandler } from '@statsbidrag/import-engine';
import { randomUUID } from 'node:crypto';
import { PersonCopyEntity } from '../../copies/infra/copies.entity.js';
import { FlatRateKind } from '../../flat-rate-payment/domain/flat-rate-payment.js';
import { FlatRatePaymentEntity, type FlatRatePaymentRow } from '../../flat-rate-payment/infra/flat-rate-payment.entity.js';
import { automaticClosure, compareWithPaid, paymentSchedule } from '../../schedule/domain/payment-schedule.js';
import { ScheduleError } from '../../schedule/domain/schedule-error.js';
import { FlatRateCaseEntity } from '../../schedule/infra/flat-rate-case.entity.js';
import { normaliseCode, type FlatRateImportKind } from '../domain/flat-rate-fields.js';
import { addDays, parseDate } from '../domain/parse.js';
import { FlatRateImportTotalEntity } from '../infra/flat-rate-import-total.entity.js';
import { checkFlatRateRow, type FlatRateValues } from './check-row.js';
import { Matcher } from './matcher.js';

/** Days from closure to the purge date of the flat-rate records (ADR 0011's rule). */
export const PURGE_AFTER_DAYS = 21;
/** A row without a readable payment date is counted in the totals under this month. */
export const UNKNOWN_MONTH = '0000-00';

const day = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** The source a file's payments are booked with: OCR for a scanned decision's reviewed rows, otherwise IMPORT. */
export const paymentSource = (file: Pick<ImportFileRow, 'parameters'>): string => (file.parameters?.source === 'OCR' ? 'OCR' : 'IMPORT');

/**
 * Books accepted rows as FlatRatePayment (source IMPORT, or OCR from a scanned decision) in the caller's transaction, and opens the
 * generalschablon case of a person at their first payment (district of that day; it carries the 24
 * months). Also used when a deviation is resolved.
 */
export async function applyFlatRateRows(em: EntityManager, rows: readonly { rowNumber: number; value: FlatRateValues }[], importId: string, source = 'IMPORT'): Promise<void> {
  const now = new Date();
  const payments = rows.map(({ rowNumber, value: v }) => ({
    id: randomUUID(), personId: v.personId, districtCode: v.districtCode, compensationCode: v.compensationCode, kind: v.kind, amount: v.amount, paymentDate: v.paymentDate,
    periodFrom: v.periodFrom, periodTo: v.periodTo, migCaseNumber: null, source, importId, rowNumber, personalIdentityNumber: v.personalIdentityNumber,
    migIndividualNumber: v.migIndividualNumber, personName: v.personName, receptionDate: v.receptionDate, instalmentNumber: v.instalmentNumber, days: v.days,
    countsOn: v.countsOn, ageBand: v.ageBand, createdAt: now,
  }) as FlatRatePaymentRow);
  for (let i = 0; i < payments.length; i += 1000) await em.insertMany(FlatRatePaymentEntity, payments.slice(i, i + 1000));

  const firstGeneral = new Map<string, FlatRateValues>();
  for (const { value } of rows) {
    if (value.kind !== FlatRateKind.GENERAL) continue;
    const seen = firstGeneral.get(value.personId);
    if (!seen || value.paymentDate < seen.paymentDate) firstGeneral.set(value.personId, value);
  }
  if (!firstGeneral.size) return;
  const existing = new Set((await em.find(FlatRateCaseEntity, { personId: { $in: [...firstGeneral.keys()] } }, { fields: ['personId'] })).map((c) => c.personId));
  for (const [personId, v] of firstGeneral) {
    if (existing.has(personId)) continue;
    em.create(FlatRateCaseEntity, {
      personId, receptionDate: v.receptionDate!, districtCode: v.districtCode, registeredOn: v.paymentDate, registeredByImportId: importId, status: 'OPEN',
      closedOn: null, closureReason: null, closureNote: null, closedBy: null, purgeOn: null, purgeOnSetManually: false, purgedAt: null,
    });
  }
  await em.flush();
}

/**
 * Automatic closure (issue 6 point 5): a person whose 9th instalment is now paid has their case
 * closed SCHABLONPERIOD_SLUT at the end of the last ersättningsperiod, with the purge date 21 days
 * later unless it was set by hand, and `allocation.flat-rate-case-closed` is published for the person
 * register. Answers how many cases were closed.
 */
export async function closeFinishedCases(em: EntityManager, personIds: readonly string[], closedBy: string): Promise<number> {
  if (!personIds.length) return 0;
  let closed = 0;
  for (let i = 0; i < personIds.length; i += 1000) {
    const ids = personIds.slice(i, i + 1000);
    const cases = await em.find(FlatRateCaseEntity, { personId: { $in: ids }, status: 'OPEN' });
    if (!cases.length) continue;
    const caseIds = cases.map((c) => c.personId);
    const persons = new Map((await em.find(PersonCopyEntity, { personId: { $in: caseIds } }, { fields: ['personId', 'birthDate'] })).map((p) => [p.personId, p.birthDate ? day(p.birthDate) : null]));
    const paid = new Map<string, { paidOn: string; amount: number; instalmentHint: number | null }[]>();
    const payments = await em.find(FlatRatePaymentEntity, { personId: { $in: caseIds }, kind: FlatRateKind.GENERAL }, { fields: ['personId', 'paymentDate', 'amount', 'instalmentNumber'] });
    for (const p of payments) paid.set(p.personId!, [...(paid.get(p.personId!) ?? []), { paidOn: day(p.paymentDate), amount: Number(p.amount), instalmentHint: p.instalmentNumber ?? null }]);
    for (const c of cases) {
      const birthDate = persons.get(c.personId);
      if (!birthDate) continue;
      let closure;
      try {
        const schedule = paymentSchedule({ receptionDate: day(c.receptionDate), birthDate });
        closure = automaticClosure(schedule, compareWithPaid(schedule, paid.get(c.personId) ?? []));
      } catch (error) {
        if (error instanceof ScheduleError) continue;
        throw error;
      }
      if (!closure) continue;
      c.status = 'CLOSED';
      c.closureReason = closure.reason;
      c.closedOn = closure.closedOn;
      c.closedBy = closedBy;
      if (!c.purgeOnSetManually) c.purgeOn = addDays(closure.closedOn, PURGE_AFTER_DAYS);
      // The person register closes the person's grant handling too, unless claims or appeals are open.
      recordEvent(em, 'allocation.flat-rate-case-closed', { personId: c.personId, closedOn: closure.closedOn, reason: 'SCHABLONPERIOD_SLUT', at: new Date().toISOString() });
      closed++;
    }
    await em.flush();
  }
  return closed;
}

/** The totals of a file as MiG sent it: every row read, applied or not. */
export class FileTotals {
  private readonly sums = new Map<string, { month: string; code: string; amount: number; rows: number }>();
  add(values: Record<string, string>): void {
    const date = parseDate(values.paymentDate ?? '');
    const month = date ? date.slice(0, 7) : UNKNOWN_MONTH;
    const raw = (values.compensationCode ?? '').trim();
    const code = normaliseCode(raw) ?? raw.toUpperCase();
    const amount = parseKronor(values.amount ?? '');
    const key = `${month}|${code}`;
    const sum = this.sums.get(key) ?? { month, code, amount: 0, rows: 0 };
    sum.amount += amount.ok ? amount.ore : 0;
    sum.rows += 1;
    this.sums.set(key, sum);
  }
  async write(em: EntityManager, importId: string): Promise<void> {
    await em.nativeDelete(FlatRateImportTotalEntity, { importId });
    const rows = [...this.sums.values()].map((s) => ({ id: randomUUID(), importId, month: s.month, compensationCode: s.code, amount: s.amount, rows: s.rows }));
    if (rows.length) await em.insertMany(FlatRateImportTotalEntity, rows);
  }
}

/** The import of one flat-rate file (GENERALSCHABLON or ESERVICE_SCHABLON). */
export function flatRateImportHandler(kind: FlatRateImportKind, recordedBy: string, source = 'IMPORT'): ImportHandler<FlatRateValues> {
  let matcher: Promise<Matcher> | null = null;
  const totals = new FileTotals();
  const generalPersons = new Set<string>();
  return {
    kind,
    async check(row, em) {
      totals.add(row.values);
      matcher ??= Matcher.load(em);
      return checkFlatRateRow(kind, row, await matcher);
    },
    async apply(em, rows, importId) {
      for (const { value } of rows) if (value.kind === FlatRateKind.GENERAL) generalPersons.add(value.personId);
      await applyFlatRateRows(em, rows, importId, source);
    },
    async finish(em, importId) {
      await totals.write(em, importId);
      await closeFinishedCases(em, [...generalPersons], recordedBy);
    },
  };
}
