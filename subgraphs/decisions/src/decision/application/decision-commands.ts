import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate, isMigIndividualNumber } from '@statsbidrag/domain';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '@statsbidrag/graphql-kit';
import { decisionKey, saveDecisions, type DecisionValues } from './save-decisions.js';
import { loadDecisionRules } from './decision-rules.js';
import { addDays, decisionDates, type DecisionRules } from '../domain/decision-dates.js';
import { COMPENSATION_CODE_RE, validateNewDecision, type NewDecisionInput } from '../domain/decision.js';
import { DecisionEntity, type DecisionRow } from '../infra/decision.entity.js';
import { recordDecisionRecorded, noticeKindOf } from '../../events/decision-recorded.js';
import { DecisionSettingsEntity, type DecisionSettingsRow } from '../../settings/infra/decision-settings.entity.js';
import { ClaimCopyEntity } from '../../copies/infra/copies.entity.js';
import { isUuid } from '@statsbidrag/domain';

/** "MiG beslutsunderlag": the hand form's fields beyond the basic decision. */
export interface DecisionFormInput extends NewDecisionInput {
  claimTypeCode?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  migIndividualNumber?: string | null;
  birthData?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  reference?: string | null;
}


/** Validates the whole form; every problem at once, each at its field. */
export function validateDecisionForm(input: DecisionFormInput, today = new Date()): DecisionValues {
  const base = validateNewDecision(input, today);
  const problems: FieldProblem[] = base.ok ? [] : base.problems.map((p) => ({ field: p.field, message: p.message, reason: p.reason }));
  const code = input.claimTypeCode?.trim().toUpperCase() || null;
  if (code && !COMPENSATION_CODE_RE.test(code)) problems.push({ field: 'claimTypeCode', message: 'Ersättningskoden ska vara 1–20 versaler eller siffror.', reason: 'FORMAT' });
  const from = input.periodFrom || null;
  const to = input.periodTo || null;
  if ((from === null) !== (to === null)) problems.push({ field: from ? 'periodTo' : 'periodFrom', message: 'Ange både första och sista dag i perioden.', reason: 'REQUIRED' });
  if (from && to && isIsoDate(from) && isIsoDate(to) && from > to) problems.push({ field: 'periodTo', message: 'Perioden kan inte sluta före den börjar.', reason: 'ORDER' });
  const individual = input.migIndividualNumber?.replace(/\s/g, '') || null;
  if (individual && !isMigIndividualNumber(individual)) problems.push({ field: 'migIndividualNumber', message: 'Individnummer ska ha 7 eller 8 siffror.', reason: 'FORMAT' });
  const text = (v: string | null | undefined, field: string, label: string, max = 200) => {
    const t = v?.trim() || null;
    if (t && t.length > max) problems.push({ field, message: `${label} får vara högst ${max} tecken.`, reason: 'TOO_LONG' });
    return t;
  };
  const birthData = text(input.birthData, 'birthData', 'Födelsedata', 20);
  const name = [text(input.firstName, 'firstName', 'Förnamn', 100), text(input.lastName, 'lastName', 'Efternamn', 100)].filter(Boolean).join(' ') || null;
  const reference = text(input.reference, 'reference', 'Referens');
  if (problems.length || !base.ok) throw ValidationError.of(problems);
  const v = base.value;
  return {
    claimId: v.claimId, personId: v.personId, districtCode: v.districtCode, migCaseNumber: v.migCaseNumber, claimTypeCode: code, periodFrom: from, periodTo: to,
    migIndividualNumber: individual, birthData, personName: name, reference, outcome: v.outcome, decidedAt: v.decidedAt, grantedAmount: v.grantedAmount,
  };
}

/** Fills the claim's person, district and officer from the copy when the form names a claim. */
async function withClaim(em: EntityManager, values: DecisionValues): Promise<DecisionValues> {
  if (!values.claimId) return values;
  const claim = await em.findOne(ClaimCopyEntity, { claimId: values.claimId });
  if (!claim) return values; // the copy may lag behind the claims subgraph: keep what the form says
  return { ...values, personId: values.personId ?? claim.personId ?? null, districtCode: values.districtCode ?? claim.districtCode ?? null, claimTypeCode: values.claimTypeCode ?? claim.claimTypeCode, officerUsername: claim.officerUsername ?? null };
}

export async function registerDecisionByHand(em: EntityManager, input: DecisionFormInput, username: string): Promise<DecisionRow> {
  const values = await withClaim(em, validateDecisionForm(input));
  const existing = await em.find(DecisionEntity, { migCaseNumber: values.migCaseNumber });
  if (existing.some((d) => decisionKey(d) === decisionKey(values))) {
    throw new ConflictError('Beslutet finns redan (samma diarienummer, ersättning och period). Rätta det befintliga beslutet i stället.', 'DUPLICATE');
  }
  const { created } = await saveDecisions(em, [values], { source: 'MANUAL', importId: null, recordedBy: username, rules: await loadDecisionRules(em) });
  return created[0]!;
}

async function decisionOr404(em: EntityManager, id: string): Promise<DecisionRow> {
  const d = isUuid(id) ? await em.findOne(DecisionEntity, { id }) : null;
  if (!d) throw new NotFoundError('Beslutet finns inte.');
  return d;
}

/** Corrects a decision by hand: every field as in the form; dates follow the rules; a new outcome is told like MiG's notice. */
export async function correctDecision(em: EntityManager, id: string, input: DecisionFormInput, username: string): Promise<DecisionRow> {
  const decision = await decisionOr404(em, id);
  const values = await withClaim(em, validateDecisionForm(input));
  const rules = await loadDecisionRules(em);
  const outcomeChanged = decision.outcome !== values.outcome;
  const { officerUsername, ...stored } = values;
  Object.assign(decision, stored, { finalAt: decisionDates(values.decidedAt, rules).finalAt, source: 'MANUAL', recordedBy: username });
  if (!decision.purgeAtManual) decision.purgeAt = decisionDates(values.decidedAt, rules).purgeAt;
  const kind = outcomeChanged ? noticeKindOf(values.outcome) : null;
  recordDecisionRecorded(em, decision, kind ? { kind, officerUsername: officerUsername ?? null, recordedBy: username } : undefined);
  await em.flush();
  return decision;
}

/** Sets the purge date by hand, or (null) back to the automatic one. */
export async function setDecisionPurgeDate(em: EntityManager, id: string, purgeAt: string | null): Promise<DecisionRow> {
  const decision = await decisionOr404(em, id);
  if (purgeAt !== null) {
    if (!isIsoDate(purgeAt)) throw new ValidationError('purgeAt', 'Gallringsdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).', 'INVALID_DATE');
    if (purgeAt < String(decision.finalAt)) throw new ValidationError('purgeAt', `Gallringsdatum kan inte ligga före laga kraft (${decision.finalAt}).`, 'BEFORE_FINAL');
    decision.purgeAt = purgeAt;
    decision.purgeAtManual = true;
  } else {
    const rules = await loadDecisionRules(em);
    decision.purgeAt = addDays(String(decision.finalAt), rules.purgeDaysAfterFinal);
    decision.purgeAtManual = false;
  }
  await em.flush();
  return decision;
}

/** Marks (or unmarks) a decision as appealed: it is then not final on its laga kraft date. */
export async function markDecisionAppealed(em: EntityManager, id: string, appealed: boolean): Promise<DecisionRow> {
  const decision = await decisionOr404(em, id);
  if (decision.appealed === appealed) return decision;
  decision.appealed = appealed;
  recordDecisionRecorded(em, decision);
  await em.flush();
  return decision;
}

export async function decisionSettings(em: EntityManager): Promise<DecisionSettingsRow> {
  return (await em.findOne(DecisionSettingsEntity, { id: 1 })) ?? em.create(DecisionSettingsEntity, { id: 1, appealDays: 21, purgeDaysAfterFinal: 21, updatedBy: null, updatedAt: null });
}

/**
 * Changes the rules and recomputes laga kraft and the automatic purge dates of every decision
 * (hand-set purge dates stay), in one statement each.
 */
export async function updateDecisionSettings(em: EntityManager, rules: DecisionRules, username: string): Promise<DecisionSettingsRow> {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(rules.appealDays) || rules.appealDays < 1 || rules.appealDays > 365) problems.push({ field: 'appealDays', message: 'Laga kraft ska anges som 1–365 dagar efter beslutsdatum.', reason: 'RANGE' });
  if (!Number.isInteger(rules.purgeDaysAfterFinal) || rules.purgeDaysAfterFinal < 1 || rules.purgeDaysAfterFinal > 3650) problems.push({ field: 'purgeDaysAfterFinal', message: 'Gallring ska anges som 1–3 650 dagar efter laga kraft.', reason: 'RANGE' });
  if (problems.length) throw ValidationError.of(problems);
  return em.transactional(async (tx) => {
    const settings = await decisionSettings(tx as EntityManager);
    Object.assign(settings, { appealDays: rules.appealDays, purgeDaysAfterFinal: rules.purgeDaysAfterFinal, updatedBy: username, updatedAt: new Date() });
    await tx.flush();
    await tx.execute(`update decisions.decision set final_at = decided_at + ?::int, updated_at = now() where true`, [rules.appealDays]);
    await tx.execute(`update decisions.decision set purge_at = final_at + ?::int where not purge_at_manual`, [rules.purgeDaysAfterFinal]);
    return settings;
  });
}
