import type { EntityManager } from '@mikro-orm/postgresql';
import { parseKronor } from '@statsbidrag/domain';
import type { ImportHandler, MappedRow, RowCheck } from '@statsbidrag/import-engine';
import { saveDecisions, decisionKey, type DecisionValues } from '../../decision/application/save-decisions.js';
import { loadDecisionRules } from '../../decision/application/decision-rules.js';
import { COMPENSATION_CODE_RE, MAX_CASE_NUMBER_LENGTH } from '../../decision/domain/decision.js';
import { isRecoveryCode, recordImportedRecovery } from '../../recovery/application/record-imported-recovery.js';
import { classifyIdentifier, parseDate, parseOutcome, parsePeriod, rejectRow as reject } from '../domain/parse.js';
import { Matcher } from './matcher.js';

/** Forced links a user chose when resolving a deviation. */
export interface RowOverrides {
  claimId?: string | null;
  personId?: string | null;
}

export interface DecisionImportOptions {
  /** Date used when the file has no decision-date column: the day the file was received. */
  receivedOn: string;
  source: 'IMPORT' | 'OCR';
  recordedBy: string;
  today?: string;
}


/**
 * Checks one row of MiG's decisions export against the claims and persons this subgraph knows.
 * Pure apart from the matcher: the same row gives the same answer.
 */
export function checkDecisionRow(row: MappedRow, matcher: Matcher, options: DecisionImportOptions, overrides: RowOverrides = {}): RowCheck<DecisionValues> {
  const v = row.values;
  const caseNumber = (v.caseNumber ?? '').trim();
  if (!caseNumber) return reject('caseNumber', 'REQUIRED', 'Diarienummer saknas.');
  if (caseNumber.length > MAX_CASE_NUMBER_LENGTH) return reject('caseNumber', 'TOO_LONG', `Diarienumret får vara högst ${MAX_CASE_NUMBER_LENGTH} tecken.`);
  const compensation = (v.compensation ?? '').trim().toUpperCase();
  if (!compensation) return reject('compensation', 'REQUIRED', 'Ersättning (ersättningskod) saknas.');
  if (!COMPENSATION_CODE_RE.test(compensation)) return reject('compensation', 'FORMAT', `"${v.compensation}" är ingen ersättningskod.`);

  let from = v.periodFrom ? parseDate(v.periodFrom) : null;
  let to = v.periodTo ? parseDate(v.periodTo) : null;
  if (v.periodFrom && !from) return reject('periodFrom', 'FORMAT', `Fr o m "${v.periodFrom}" är inget datum (ÅÅÅÅ-MM-DD).`);
  if (v.periodTo && !to) return reject('periodTo', 'FORMAT', `T o m "${v.periodTo}" är inget datum (ÅÅÅÅ-MM-DD).`);
  if ((!from || !to) && v.period) {
    const period = parsePeriod(v.period);
    if (!period) return reject('period', 'FORMAT', `Perioden "${v.period}" kan inte läsas (t.ex. 2025-01-01 – 2025-03-31 eller 2025-01).`);
    from ??= period.from;
    to ??= period.to;
  }
  if (!from) return reject('periodFrom', 'REQUIRED', 'Periodens första dag (Fr o m) saknas.');
  if (!to) return reject('periodTo', 'REQUIRED', 'Periodens sista dag (T o m) saknas.');
  if (from > to) return reject('periodTo', 'ORDER', `Perioden slutar (${to}) före den börjar (${from}).`);

  const amount = parseKronor(v.amount ?? '');
  if (!amount.ok) return reject('amount', amount.reason === 'EMPTY' ? 'REQUIRED' : 'FORMAT', amount.reason === 'EMPTY' ? 'Beviljat belopp saknas.' : `Beviljat belopp: ${amount.message}`);
  // 5.2: MiG's recovery decisions (codes starting with Å) become recoveries, not decisions.
  if (isRecoveryCode(compensation)) return checkRecoveryRow(v, matcher, options, { caseNumber, compensation, from, to, amount: Math.abs(amount.ore) }, overrides);
  if (amount.ore < 0) return reject('amount', 'NEGATIVE', 'Beviljat belopp kan inte vara negativt i ett beslut. Återkrav importeras med utbetalningsspecifikationen.');

  const outcome = v.outcome?.trim() ? parseOutcome(v.outcome) : amount.ore > 0 ? 'BEVILJAD' : null;
  if (!outcome) return reject('outcome', v.outcome?.trim() ? 'FORMAT' : 'REQUIRED', v.outcome?.trim() ? `Beslutet "${v.outcome}" är inget känt utfall (beviljad, delvis beviljad, avslag, avvisad …).` : 'Utfall saknas och beloppet är 0.');
  const nothing = outcome === 'AVSLAG' || outcome === 'AVVISAD';
  if (nothing && amount.ore !== 0) return reject('amount', 'OUTCOME_MISMATCH', `Vid ${outcome === 'AVSLAG' ? 'avslag' : 'avvisning'} ska beviljat belopp vara 0.`);
  if (!nothing && amount.ore === 0) return reject('amount', 'OUTCOME_MISMATCH', 'Ett beviljande beslut ska ha ett belopp över 0.');

  let decidedAt = options.receivedOn;
  if (v.decidedAt !== undefined) {
    if (!v.decidedAt.trim()) return reject('decidedAt', 'REQUIRED', 'Beslutsdatum saknas.');
    const parsed = parseDate(v.decidedAt);
    if (!parsed) return reject('decidedAt', 'FORMAT', `Beslutsdatum "${v.decidedAt}" är inget datum (ÅÅÅÅ-MM-DD).`);
    decidedAt = parsed;
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (decidedAt > today) return reject('decidedAt', 'IN_FUTURE', `Beslutsdatum ${decidedAt} ligger i framtiden.`);

  const identifier = classifyIdentifier(v.individualNumber ?? '');
  if (identifier.kind === 'INVALID') return reject('individualNumber', 'FORMAT', identifier.message);

  let claim: ReturnType<typeof Matcher.toMatched> | null = null;
  let personId: string | null = null;
  let districtCode: string | null = null;
  if (overrides.claimId) {
    const chosen = matcher.claimById(overrides.claimId);
    if (!chosen) return reject('match', 'UNKNOWN_CLAIM', 'Den valda återsökningen finns inte.');
    claim = Matcher.toMatched(chosen);
    personId = claim.personId;
    districtCode = claim.districtCode ?? matcher.districtOf(personId, from);
  } else {
    const match = matcher.matchDecision({ caseNumber, identifier, compensation, from, to });
    if (!match.ok) {
      if (!(overrides.personId && match.reason !== 'PERSON_MISMATCH')) return reject('match', match.reason, match.message, match.suggestion);
    } else {
      claim = match.claim;
      personId = match.personId;
      districtCode = match.districtCode;
    }
  }
  if (overrides.personId && !claim) {
    personId = overrides.personId;
    districtCode = matcher.districtOf(personId, from);
  }
  const name = [v.firstName, v.lastName].filter((s) => s?.trim()).join(' ') || v.name?.trim() || null;
  return {
    ok: true,
    value: {
      claimId: claim?.claimId ?? null, personId, districtCode, migCaseNumber: caseNumber, claimTypeCode: compensation, periodFrom: from, periodTo: to,
      migIndividualNumber: identifier.kind === 'INDIVIDUAL' ? identifier.value : null, birthData: v.birthData?.trim() || null, personName: name,
      reference: v.reference?.trim() || null, outcome, decidedAt, grantedAmount: amount.ore, officerUsername: claim?.officerUsername ?? null,
    },
  };
}

/** An Å row of the decisions export: MiG demands money back for a person, compensation and period. */
function checkRecoveryRow(v: MappedRow['values'], matcher: Matcher, options: DecisionImportOptions, row: { caseNumber: string; compensation: string; from: string; to: string; amount: number }, overrides: RowOverrides): RowCheck<DecisionValues> {
  if (row.amount === 0) return reject('amount', 'ZERO', 'Återkravet är 0 kr: ange det belopp MiG kräver tillbaka.');
  let decidedAt = options.receivedOn;
  if (v.decidedAt?.trim()) {
    const parsed = parseDate(v.decidedAt);
    if (!parsed) return reject('decidedAt', 'FORMAT', `Beslutsdatum "${v.decidedAt}" är inget datum (ÅÅÅÅ-MM-DD).`);
    decidedAt = parsed;
  }
  const identifier = classifyIdentifier(v.individualNumber ?? '');
  if (identifier.kind === 'INVALID') return reject('individualNumber', 'FORMAT', identifier.message);
  const chosen = overrides.claimId ? matcher.claimById(overrides.claimId) : null;
  const match = chosen ? null : matcher.matchDecision({ caseNumber: row.caseNumber, identifier, compensation: row.compensation.replace(/^Å/, ''), from: row.from, to: row.to });
  const claim = chosen ? Matcher.toMatched(chosen) : match?.ok ? match.claim : null;
  const personId = claim?.personId ?? (match?.ok ? match.personId : null) ?? overrides.personId ?? matcher.person(identifier)?.personId ?? null;
  if (!personId) return reject('match', 'UNKNOWN_PERSON', `Återkravet kan inte knytas till någon person: diarienumret ${row.caseNumber} och individnumret är okända.`);
  return {
    ok: true,
    value: {
      claimId: claim?.claimId ?? null, personId, districtCode: claim?.districtCode ?? matcher.districtOf(personId, row.from), migCaseNumber: row.caseNumber, claimTypeCode: row.compensation,
      periodFrom: row.from, periodTo: row.to, migIndividualNumber: identifier.kind === 'INDIVIDUAL' ? identifier.value : null, birthData: v.birthData?.trim() || null, personName: null,
      reference: v.reference?.trim() || null, outcome: 'BEVILJAD', decidedAt, grantedAmount: row.amount, isRecovery: true,
    },
  };
}

/** The MIG_BESLUT import: rows checked against the copies, then upserted in the import's one transaction. */
export function decisionImportHandler(options: DecisionImportOptions): ImportHandler<DecisionValues> {
  let matcher: Promise<Matcher> | null = null;
  const seen = new Map<string, number>();
  return {
    kind: 'MIG_BESLUT',
    async check(row: MappedRow, em: EntityManager) {
      matcher ??= Matcher.load(em);
      const result = checkDecisionRow(row, await matcher, options);
      if (!result.ok) return result;
      const key = decisionKey(result.value);
      const first = seen.get(key);
      if (first !== undefined) return reject('row', 'DUPLICATE', `Samma beslut (diarienummer, ersättning och period) finns redan på rad ${first}.`);
      seen.set(key, row.rowNumber);
      return result;
    },
    async apply(em, rows, importId) {
      await applyDecisionRows(em, rows.map((r) => r.value), importId, options);
    },
  };
}

/** Writes checked rows in the caller's transaction: decisions are upserted, Å rows recorded as recoveries (once). */
export async function applyDecisionRows(em: EntityManager, values: readonly DecisionValues[], importId: string, options: Pick<DecisionImportOptions, 'source' | 'recordedBy'>): Promise<void> {
  const rules = await loadDecisionRules(em);
  await saveDecisions(em, values.filter((v) => !v.isRecovery), { source: options.source, importId, recordedBy: options.recordedBy, rules });
  for (const v of values.filter((r) => r.isRecovery)) {
    await recordImportedRecovery(em, {
      importId, importedBy: options.recordedBy, personId: v.personId, districtCode: v.districtCode, compensationCode: v.claimTypeCode!, periodFrom: v.periodFrom, periodTo: v.periodTo,
      amount: v.grantedAmount, migCaseNumber: v.migCaseNumber, decidedAt: v.decidedAt, reason: `Återkrav enligt MiG:s beslut ${v.migCaseNumber}${v.reference ? ` (referens ${v.reference})` : ''}.`,
    });
  }
  await em.flush();
}
