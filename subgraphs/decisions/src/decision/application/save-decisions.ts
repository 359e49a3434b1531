import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEventEntity } from '@statsbidrag/events';
import { randomUUID } from 'node:crypto';
import { decisionRecorded, noticeKindOf } from '../../events/decision-recorded.js';
import { decisionDates, type DecisionRules } from '../domain/decision-dates.js';
import type { DecisionOutcome } from '../domain/decision.js';
import { DecisionEntity, type DecisionRow } from '../infra/decision.entity.js';

/** A decision as MiG states it (one row of its export, or the hand-filled form). */
export interface DecisionValues {
  claimId: string | null;
  personId: string | null;
  districtCode: string | null;
  migCaseNumber: string;
  claimTypeCode: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  migIndividualNumber: string | null;
  birthData: string | null;
  personName: string | null;
  reference: string | null;
  outcome: DecisionOutcome;
  decidedAt: string;
  grantedAmount: number;
  /** The claim's officer, told of MiG's notices (not stored here). */
  officerUsername?: string | null;
  /** An Å row (återkrav): recorded as a recovery of `grantedAmount`, not as a decision. */
  isRecovery?: boolean;
}

export interface SaveContext {
  source: 'IMPORT' | 'OCR' | 'MANUAL';
  importId: string | null;
  recordedBy: string;
  rules: DecisionRules;
}

/** One decision per MiG case number, compensation type and period: the key an import upserts by. */
export const decisionKey = (d: { migCaseNumber: string; claimTypeCode?: string | null; periodFrom?: unknown; periodTo?: unknown }): string =>
  [d.migCaseNumber.trim().toUpperCase(), d.claimTypeCode ?? '', String(d.periodFrom ?? '').slice(0, 10), String(d.periodTo ?? '').slice(0, 10)].join('|');

const CHUNK = 1000;
const STATE_FIELDS = ['claimId', 'personId', 'districtCode', 'migIndividualNumber', 'birthData', 'personName', 'reference', 'outcome', 'decidedAt', 'grantedAmount'] as const;

/**
 * Writes decisions in the caller's transaction: new ones inserted in batches, changed ones updated,
 * identical ones left alone. Laga kraft and (unless set by hand) the purge date follow the rules.
 * Each new or changed decision publishes decisions.decision-recorded; a new outcome that MiG
 * would notify about (avslag, avvisning, delvis beviljad, beviljad efter ny prövning) carries a notice.
 */
export async function saveDecisions(em: EntityManager, values: readonly DecisionValues[], ctx: SaveContext): Promise<{ created: DecisionRow[]; updated: DecisionRow[]; unchanged: number }> {
  const created: DecisionRow[] = [];
  const updated: DecisionRow[] = [];
  let unchanged = 0;
  const events: { id: string; topic: string; payload: Record<string, unknown>; createdAt: Date; publishedAt: null }[] = [];
  const now = new Date();
  const notice = (d: DecisionValues) => {
    const kind = noticeKindOf(d.outcome);
    return kind ? { kind, officerUsername: d.officerUsername ?? null, recordedBy: ctx.recordedBy } : undefined;
  };
  for (let i = 0; i < values.length; i += CHUNK) {
    const chunk = values.slice(i, i + CHUNK);
    const existing = await em.find(DecisionEntity, { migCaseNumber: { $in: [...new Set(chunk.map((d) => d.migCaseNumber))] } });
    const byKey = new Map(existing.map((d) => [decisionKey(d), d]));
    const inserts: DecisionRow[] = [];
    for (const v of chunk) {
      const dates = decisionDates(v.decidedAt, ctx.rules);
      const current = byKey.get(decisionKey(v));
      if (!current) {
        const row = {
          id: randomUUID(), ...stripOfficer(v), finalAt: dates.finalAt, purgeAt: dates.purgeAt, purgeAtManual: false, paidAmount: 0, paidOn: null, appealed: false,
          source: ctx.source, importId: ctx.importId, recordedBy: ctx.recordedBy, createdAt: now, updatedAt: now,
        } as DecisionRow;
        inserts.push(row);
        byKey.set(decisionKey(v), row);
        created.push(row);
        events.push({ id: randomUUID(), topic: 'decisions.decision-recorded', payload: decisionRecorded(row, notice(v), now) as unknown as Record<string, unknown>, createdAt: now, publishedAt: null });
        continue;
      }
      const changed = STATE_FIELDS.some((f) => String(current[f] ?? '') !== String(v[f] ?? ''));
      if (!changed) {
        unchanged++;
        continue;
      }
      const outcomeChanged = current.outcome !== v.outcome;
      Object.assign(current, stripOfficer(v), { finalAt: dates.finalAt, source: ctx.source, importId: ctx.importId ?? current.importId, recordedBy: ctx.recordedBy, updatedAt: now });
      if (!current.purgeAtManual) current.purgeAt = dates.purgeAt;
      updated.push(current);
      events.push({ id: randomUUID(), topic: 'decisions.decision-recorded', payload: decisionRecorded(current, outcomeChanged ? notice(v) : undefined, now) as unknown as Record<string, unknown>, createdAt: now, publishedAt: null });
    }
    if (inserts.length) await em.insertMany(DecisionEntity, inserts);
    await em.flush();
  }
  for (let i = 0; i < events.length; i += 500) await em.insertMany(OutboxEventEntity, events.slice(i, i + 500));
  return { created, updated, unchanged };
}

function stripOfficer(v: DecisionValues): Omit<DecisionValues, 'officerUsername'> {
  const { officerUsername: _officer, ...rest } = v;
  return rest;
}
