import type { EntityManager } from '@mikro-orm/postgresql';
import { parseKronor } from '@statsbidrag/domain';
import { OutboxEventEntity } from '@statsbidrag/events';
import type { ImportHandler, MappedRow, RowCheck } from '@statsbidrag/import-engine';
import { randomUUID } from 'node:crypto';
import { addDays, isoDay } from '../../decision/domain/decision-dates.js';
import { COMPENSATION_CODE_RE } from '../../decision/domain/decision.js';
import { DecisionEntity, type DecisionRow } from '../../decision/infra/decision.entity.js';
import { decisionRecorded } from '../../events/decision-recorded.js';
import { PaymentLineEntity, type PaymentLineRow } from '../../payment/infra/payment-line.entity.js';
import { recordImportedRecovery } from '../../recovery/application/record-imported-recovery.js';
import { classifyIdentifier, parseDate, parsePeriod, rejectRow as reject } from '../domain/parse.js';
import { Matcher } from './matcher.js';
import type { RowOverrides } from './decision-import.js';

export interface PaymentImportOptions {
  /** ÅÅÅÅ-MM. */
  month: string;
  account: string | null;
  receivedOn: string;
  recordedBy: string;
  /** Runs in the import's transaction after the last line is written: recoveries are offset against the payment's total. */
  afterApply?: (em: EntityManager, payment: { importId: string; month: string; available: number }) => Promise<unknown>;
}

export interface PaymentValues {
  rowNumber?: number;
  compensationCode: string;
  amount: number;
  isRecovery: boolean;
  migCaseNumber: string;
  migIndividualNumber: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  reference: string | null;
  decisionId: string | null;
  claimId: string | null;
  personId: string | null;
  districtCode: string | null;
}

type DecisionFacts = Pick<DecisionRow, 'id' | 'migCaseNumber' | 'claimTypeCode' | 'periodFrom' | 'periodTo' | 'claimId' | 'personId' | 'districtCode' | 'grantedAmount' | 'paidAmount'>;


/** A recovery line: MiG's Å-codes (återkrav) or any negative amount. */
export const isRecoveryLine = (code: string, amount: number) => code.startsWith('Å') || amount < 0;

/** The decisions a payment file may name, by case number (loaded once per import). */
export class DecisionIndex {
  private constructor(private readonly byCase: Map<string, DecisionFacts[]>) {}
  static async load(em: EntityManager): Promise<DecisionIndex> {
    // Plain rows, not entities (as the matcher): every decision of the city may be named.
    const rows = await em
      .createQueryBuilder(DecisionEntity)
      .select(['id', 'migCaseNumber', 'claimTypeCode', 'periodFrom', 'periodTo', 'claimId', 'personId', 'districtCode', 'grantedAmount', 'paidAmount'])
      .execute<DecisionFacts[]>('all', true);
    const byCase = new Map<string, DecisionFacts[]>();
    for (const d of rows) {
      const key = d.migCaseNumber.trim().toUpperCase();
      const list = byCase.get(key);
      if (list) list.push(d);
      else byCase.set(key, [d]);
    }
    return new DecisionIndex(byCase);
  }
  find(caseNumber: string, code: string, from: string | null, to: string | null): { decision: DecisionFacts | null; ambiguous: boolean } {
    const all = this.byCase.get(caseNumber.trim().toUpperCase()) ?? [];
    const sameCode = all.filter((d) => !d.claimTypeCode || d.claimTypeCode === code);
    const candidates = sameCode.length ? sameCode : all;
    if (candidates.length <= 1) return { decision: candidates[0] ?? null, ambiguous: false };
    const exact = candidates.filter((d) => isoDay(d.periodFrom) === from && isoDay(d.periodTo) === to);
    if (exact.length === 1) return { decision: exact[0]!, ambiguous: false };
    const covering = from ? candidates.filter((d) => isoDay(d.periodFrom)! <= from && isoDay(d.periodTo)! >= (to ?? from)) : [];
    if (covering.length === 1) return { decision: covering[0]!, ambiguous: false };
    return { decision: null, ambiguous: true };
  }
}

export function checkPaymentRow(row: MappedRow, decisions: DecisionIndex, matcher: Matcher, options: PaymentImportOptions, paidInFile: Map<string, number>, overrides: RowOverrides = {}): RowCheck<PaymentValues> {
  const v = row.values;
  const caseNumber = (v.caseNumber ?? '').trim();
  if (!caseNumber) return reject('caseNumber', 'REQUIRED', 'Diarienummer saknas.');
  const code = (v.compensation ?? '').trim().toUpperCase();
  if (!code) return reject('compensation', 'REQUIRED', 'Ersättning (ersättningskod) saknas.');
  if (!COMPENSATION_CODE_RE.test(code)) return reject('compensation', 'FORMAT', `"${v.compensation}" är ingen ersättningskod.`);
  const amount = parseKronor(v.amount ?? '');
  if (!amount.ok) return reject('amount', amount.reason === 'EMPTY' ? 'REQUIRED' : 'FORMAT', amount.reason === 'EMPTY' ? 'Belopp saknas.' : `Belopp: ${amount.message}`);
  if (amount.ore === 0) return reject('amount', 'ZERO', 'Beloppet är 0 kr: en utbetalningsrad ska ha ett belopp.');

  let from = v.periodFrom ? parseDate(v.periodFrom) : null;
  let to = v.periodTo ? parseDate(v.periodTo) : null;
  if (v.periodFrom && !from) return reject('periodFrom', 'FORMAT', `Fr o m "${v.periodFrom}" är inget datum (ÅÅÅÅ-MM-DD).`);
  if (v.periodTo && !to) return reject('periodTo', 'FORMAT', `T o m "${v.periodTo}" är inget datum (ÅÅÅÅ-MM-DD).`);
  if ((!from || !to) && v.period?.trim()) {
    const period = parsePeriod(v.period);
    if (!period) return reject('period', 'FORMAT', `Perioden "${v.period}" kan inte läsas (t.ex. 2025-01-01 – 2025-03-31 eller 2025-01).`);
    from ??= period.from;
    to ??= period.to;
  }
  if (from && to && from > to) return reject('periodTo', 'ORDER', `Perioden slutar (${to}) före den börjar (${from}).`);
  const identifier = classifyIdentifier(v.individualNumber ?? '');
  if (identifier.kind === 'INVALID') return reject('individualNumber', 'FORMAT', identifier.message);

  const recovery = isRecoveryLine(code, amount.ore);
  const signed = recovery ? -Math.abs(amount.ore) : amount.ore;
  const found = decisions.find(caseNumber, code.replace(/^Å/, ''), from, to);
  let decision = found.decision;
  if (overrides.claimId && !decision) return reject('match', 'UNKNOWN_DECISION', 'Återsökningen har inget beslut med det här diarienumret. Importera beslutet först.');
  if (found.ambiguous) return reject('match', 'AMBIGUOUS', `Flera beslut har diarienumret ${caseNumber} och ersättningen ${code}; perioden avgör inte vilket. Ange perioden i filen.`);
  const person = matcher.person(identifier);
  const personId = decision?.personId ?? person?.personId ?? overrides.personId ?? null;
  if (!recovery) {
    if (!decision) {
      const claim = matcher.claimByCase(caseNumber)[0];
      return reject('match', 'UNKNOWN_DECISION', `Det finns inget beslut med diarienummer ${caseNumber}. Importera MiG:s beslut först, eller registrera beslutet för hand.`, claim ? { label: `Återsökning ${claim.claimTypeCode} med diarienummer ${caseNumber} (utan beslut)`, claimId: claim.claimId, personId: claim.personId ?? null } : null);
    }
    const already = Number(decision.paidAmount) + (paidInFile.get(decision.id) ?? 0);
    if (already + signed > Number(decision.grantedAmount)) {
      return reject('amount', 'OVERPAID', `Utbetalningen (${(signed / 100).toFixed(2).replace('.', ',')} kr) gör att beslutet ${caseNumber} får mer utbetalt än beviljat (${(Number(decision.grantedAmount) / 100).toFixed(2).replace('.', ',')} kr).`);
    }
    paidInFile.set(decision.id, (paidInFile.get(decision.id) ?? 0) + signed);
  } else if (!decision && !personId) {
    return reject('match', 'UNKNOWN_PERSON', `Återkravsraden kan inte knytas till någon person: diarienumret ${caseNumber} har inget beslut och individnumret är okänt.`);
  }
  if (!decision) decision = null;
  const districtCode = decision?.districtCode ?? matcher.districtOf(personId, from ?? `${options.month}-01`);
  return {
    ok: true,
    value: {
      compensationCode: code, amount: signed, isRecovery: recovery, migCaseNumber: caseNumber, migIndividualNumber: identifier.kind === 'INDIVIDUAL' ? identifier.value : null,
      periodFrom: from, periodTo: to, reference: v.reference?.trim() || null, decisionId: decision?.id ?? null, claimId: decision?.claimId ?? null, personId, districtCode,
    },
  };
}

/**
 * Applies accepted payment rows in the caller's transaction (also used when a deviation is resolved).
 * Answers what the rows pay out (positive lines, öre), which recoveries can be offset against.
 */
export async function applyPaymentRows(em: EntityManager, rows: readonly { rowNumber: number; value: PaymentValues }[], importId: string, options: PaymentImportOptions): Promise<number> {
  const now = new Date();
  const lines: PaymentLineRow[] = rows.map(({ rowNumber, value }) => ({
    id: randomUUID(), importId, rowNumber, month: options.month, account: options.account, compensationCode: value.compensationCode, amount: value.amount,
    migCaseNumber: value.migCaseNumber, migIndividualNumber: value.migIndividualNumber, periodFrom: value.periodFrom, periodTo: value.periodTo, reference: value.reference,
    decisionId: value.decisionId, claimId: value.claimId, personId: value.personId, districtCode: value.districtCode, createdAt: now,
  }) as PaymentLineRow);
  for (let i = 0; i < lines.length; i += 1000) await em.insertMany(PaymentLineEntity, lines.slice(i, i + 1000));

  const events: { id: string; topic: string; payload: Record<string, unknown>; createdAt: Date; publishedAt: null }[] = lines.map((l) => ({
    id: randomUUID(), topic: 'decisions.payment-line-recorded', createdAt: now, publishedAt: null,
    payload: { paymentLineId: l.id, month: l.month, account: l.account ?? null, compensationCode: l.compensationCode, amount: Number(l.amount), personId: l.personId ?? null, decisionId: l.decisionId ?? null, claimId: l.claimId ?? null, districtCode: l.districtCode ?? null, periodFrom: l.periodFrom ?? null, periodTo: l.periodTo ?? null, at: now.toISOString() },
  }));

  // Paid amounts on the decisions (positive lines only).
  const paid = new Map<string, number>();
  for (const { value } of rows) if (!value.isRecovery && value.decisionId) paid.set(value.decisionId, (paid.get(value.decisionId) ?? 0) + value.amount);
  const monthEnd = addDays(`${options.month}-01`, 40).slice(0, 7);
  const paidOn = [addDays(`${monthEnd}-01`, -1), options.receivedOn].sort()[0]!;
  const ids = [...paid.keys()];
  for (let i = 0; i < ids.length; i += 1000) {
    const decisions = await em.find(DecisionEntity, { id: { $in: ids.slice(i, i + 1000) } });
    for (const d of decisions) {
      d.paidAmount = Number(d.paidAmount) + paid.get(d.id)!;
      d.paidOn = paidOn;
      events.push({ id: randomUUID(), topic: 'decisions.decision-recorded', createdAt: now, publishedAt: null, payload: decisionRecorded(d, undefined, now) as unknown as Record<string, unknown> });
    }
    await em.flush();
  }

  // Recovery lines start recoveries (återkrav), offset at this and the following payments; one already
  // read from MiG's decisions (same case, code, period and amount) is not started twice.
  for (const { value } of rows.filter((r) => r.value.isRecovery)) {
    await recordImportedRecovery(em, {
      importId, importedBy: options.recordedBy, personId: value.personId, districtCode: value.districtCode, decisionId: value.decisionId, compensationCode: value.compensationCode,
      periodFrom: value.periodFrom, periodTo: value.periodTo, amount: Math.abs(value.amount), migCaseNumber: value.migCaseNumber, decidedAt: `${options.month}-01`,
      reason: `Återkrav enligt MiG:s utbetalningsspecifikation ${options.month}${value.reference ? ` (referens ${value.reference})` : ''}.`,
    });
  }
  await em.flush();
  for (let i = 0; i < events.length; i += 500) await em.insertMany(OutboxEventEntity, events.slice(i, i + 500));
  return rows.reduce((sum, r) => sum + (r.value.isRecovery ? 0 : r.value.amount), 0);
}

/** The MIG_UTBETALNING import: payment lines per month and account, linked to decisions and persons. */
export function paymentImportHandler(options: PaymentImportOptions): ImportHandler<PaymentValues> {
  let loaded: Promise<[DecisionIndex, Matcher]> | null = null;
  const paidInFile = new Map<string, number>();
  let available = 0;
  return {
    kind: 'MIG_UTBETALNING',
    async check(row, em) {
      loaded ??= Promise.all([DecisionIndex.load(em), Matcher.load(em)]);
      const [decisions, matcher] = await loaded;
      return checkPaymentRow(row, decisions, matcher, options, paidInFile);
    },
    async apply(em, rows, importId) {
      available += await applyPaymentRows(em, rows, importId, options);
    },
    async finish(em, importId) {
      await options.afterApply?.(em, { importId, month: options.month, available });
    },
  };
}
