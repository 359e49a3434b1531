import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate, type Identity } from '@statsbidrag/domain';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { FlatRateCaseChangeEntity } from '../infra/flat-rate-case-change.entity.js';
import { FlatRateCaseEntity, type FlatRateCaseRow } from '../infra/flat-rate-case.entity.js';
import { CASE_CLOSURE_REASONS, CLOSURE_REASON_LABELS, type CaseClosureReason } from './schedule-view.js';

/** Gallring of the flat-rate records: this many days after the closure unless set by hand (ADR 0018). */
export const PURGE_DAYS_AFTER_CLOSURE = 21;
const NOTE_MAX = 2000;
const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Stockholm (ÅÅÅÅ-MM-DD). */
export function stockholmToday(now: Date = new Date()): string {
  return STOCKHOLM_DATE.format(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type CaseSnapshot = Pick<FlatRateCaseRow, 'status' | 'closedOn' | 'closureReason' | 'closureNote' | 'purgeOn' | 'purgeOnSetManually'>;
function snapshot(row: FlatRateCaseRow): Record<string, unknown> {
  const s: CaseSnapshot = {
    status: row.status,
    closedOn: row.closedOn ?? null,
    closureReason: row.closureReason ?? null,
    closureNote: row.closureNote ?? null,
    purgeOn: row.purgeOn ?? null,
    purgeOnSetManually: row.purgeOnSetManually,
  };
  return { ...s, purgedAt: row.purgedAt ? new Date(row.purgedAt).toISOString() : null };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case, locked for the rest of the transaction so that two changes at once cannot both pass the checks. */
async function findCase(em: EntityManager, personId: string): Promise<FlatRateCaseRow> {
  const row = UUID_RE.test(personId) ? await em.findOne(FlatRateCaseEntity, { personId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!row) throw new NotFoundError('Personen har ingen registrerad generalschablon.');
  return row;
}

function recordChange(em: EntityManager, row: FlatRateCaseRow, action: string, before: Record<string, unknown>, changedBy: string, note: string | null): void {
  em.create(FlatRateCaseChangeEntity, { id: randomUUID(), personId: row.personId, action, before, after: snapshot(row), note, changedBy });
}

export interface CloseFlatRateCaseCommand {
  personId: string;
  closedOn: string;
  reason: string;
  note?: string | null;
}

/**
 * Manual closure (AVLIDIT, FLYTTAT, MEDBORGARSKAP, OVRIGT): planned instalments whose entitlement
 * falls after `closedOn` are cleared on read (closeSchedule). The purge date follows the closure
 * (+21 days) unless one was set by hand.
 */
export async function closeFlatRateCase(em: EntityManager, identity: Identity, input: CloseFlatRateCaseCommand, today = stockholmToday()): Promise<FlatRateCaseRow> {
  const problems: FieldProblem[] = [];
  const reason = input.reason?.trim().toUpperCase();
  const note = input.note?.trim() || null;
  if (!CASE_CLOSURE_REASONS.includes(reason as CaseClosureReason)) {
    const allowed = CASE_CLOSURE_REASONS.map((r) => `${r} (${CLOSURE_REASON_LABELS[r]})`).join(', ');
    problems.push({ field: 'reason', reason: 'INVALID_REASON', message: `Okänd avslutsorsak. Välj en av ${allowed}.` });
  }
  if (reason === 'OVRIGT' && !note) problems.push({ field: 'note', reason: 'REQUIRED', message: 'Ange en kommentar när avslutsorsaken är Övrigt.' });
  if (note && note.length > NOTE_MAX) problems.push({ field: 'note', reason: 'TOO_LONG', message: `Kommentaren får vara högst ${NOTE_MAX} tecken.` });
  if (!isIsoDate(input.closedOn)) problems.push({ field: 'closedOn', reason: 'INVALID_DATE', message: 'Avslutsdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).' });
  else if (input.closedOn > today) problems.push({ field: 'closedOn', reason: 'IN_FUTURE', message: 'Avslutsdatum kan inte vara senare än i dag.' });
  if (problems.length) throw ValidationError.of(problems);

  return em.transactional(async (tx) => {
    const row = await findCase(tx, input.personId);
    if (row.status === 'CLOSED') {
      throw new ConflictError(`Handläggningen av generalschablonen är redan avslutad (${row.closedOn ?? 'okänt datum'}).`, 'ALREADY_CLOSED');
    }
    if (input.closedOn < row.receptionDate) {
      throw new ValidationError('closedOn', `Avslutsdatum kan inte vara före mottagningsdatum (${row.receptionDate}).`, 'BEFORE_RECEPTION');
    }
    const before = snapshot(row);
    row.status = 'CLOSED';
    row.closedOn = input.closedOn;
    row.closureReason = reason!;
    row.closureNote = note;
    row.closedBy = identity.sub;
    if (!row.purgeOnSetManually) row.purgeOn = addDays(input.closedOn, PURGE_DAYS_AFTER_CLOSURE);
    recordChange(tx, row, 'CLOSE', before, identity.sub, note);
    await tx.flush();
    return row;
  });
}

/**
 * Sets the gallringsdatum by hand (today or later), or with null goes back to the automatic one
 * (closure + 21 days; none while the case is open).
 */
export async function setFlatRatePurgeDate(em: EntityManager, identity: Identity, personId: string, purgeOn: string | null, today = stockholmToday()): Promise<FlatRateCaseRow> {
  if (purgeOn !== null) {
    if (!isIsoDate(purgeOn)) throw new ValidationError('purgeOn', 'Gallringsdatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).', 'INVALID_DATE');
    if (purgeOn < today) throw new ValidationError('purgeOn', 'Gallringsdatum kan inte vara tidigare än i dag.', 'IN_PAST');
  }
  return em.transactional(async (tx) => {
    const row = await findCase(tx, personId);
    if (row.purgedAt) throw new ConflictError('Personens schablonuppgifter är redan gallrade.', 'ALREADY_PURGED');
    const before = snapshot(row);
    if (purgeOn === null) {
      row.purgeOnSetManually = false;
      row.purgeOn = row.status === 'CLOSED' && row.closedOn ? addDays(row.closedOn, PURGE_DAYS_AFTER_CLOSURE) : null;
    } else {
      row.purgeOnSetManually = true;
      row.purgeOn = purgeOn;
    }
    recordChange(tx, row, 'SET_PURGE_DATE', before, identity.sub, null);
    await tx.flush();
    return row;
  });
}

export { recordChange, snapshot };
