import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeDistrict, type Identity } from '@statsbidrag/domain';
import { DomainError, ErrorCode, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { isUuid } from '@statsbidrag/domain';
import { randomUUID } from 'node:crypto';
import { PersonCaseEntity, type PersonCaseRow } from '../../case/infra/person-case.entity.js';
import { recordIdentitiesChanged } from '../../events/identity-changed.js';
import { PersonChangeEntity, PersonEntity, type PersonRow } from '../../person/infra/person.entity.js';
import {
  computedPurgeDate,
  isoDay,
  openCasesMessage,
  validateClosure,
  validateDateNotInFuture,
  validatePurgeDate,
  type ClosureInput,
  type FieldProblem,
} from '../domain/closure.js';

function fail(problems: FieldProblem[]): void {
  if (problems.length) throw ValidationError.of(problems);
}

/** The person, locked for this transaction; not found (or outside the caller's districts) is one answer. */
async function lockPerson(em: EntityManager, identity: Identity, personId: string): Promise<PersonRow> {
  const person = isUuid(personId) ? await em.findOne(PersonEntity, { id: personId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!person || !canSeeDistrict(identity, person.districtCode)) throw new NotFoundError('Personen finns inte.');
  if (person.purgedAt) throw new DomainError(ErrorCode.CONFLICT, 'Personens uppgifter är gallrade och kan inte ändras.', { reason: 'PURGED' });
  return person;
}

/** The person's open cases (claims, appeals), as the owning subgraphs last reported them. */
export async function openCasesOf(em: EntityManager, personId: string): Promise<PersonCaseRow[]> {
  return em.find(PersonCaseEntity, { personId, open: true }, { orderBy: { context: 'desc', stateAt: 'asc' } }); // claims, then appeals
}

/** The day the person's last closed case was settled, if any. */
async function lastSettledOn(em: EntityManager, personId: string): Promise<string | null> {
  const last = await em.findOne(PersonCaseEntity, { personId, open: false }, { orderBy: { stateAt: 'desc' } });
  return last ? isoDay(last.stateAt) : null;
}

const HANDLING_FIELDS = ['closedOn', 'closureReason', 'closureNote', 'movedOutOn', 'personalDataDeactivatedOn', 'purgeOn', 'purgeOnSetManually'] as const;
function snapshot(person: PersonRow): Record<string, unknown> {
  return Object.fromEntries(HANDLING_FIELDS.map((f) => [f, person[f] ?? null]));
}

function recordChange(em: EntityManager, identity: Identity, person: PersonRow, action: string, before: Record<string, unknown>, note: string | null = null): void {
  em.create(PersonChangeEntity, { id: randomUUID(), personId: person.id, at: new Date(), username: identity.sub, action, before, after: snapshot(person), note });
}

/** Sets the computed purge date unless one was set by hand. */
async function refreshComputedPurgeDate(em: EntityManager, person: PersonRow): Promise<void> {
  if (person.purgeOnSetManually) return;
  const endedOn = [person.closedOn, person.personalDataDeactivatedOn].filter((d): d is string => !!d).sort().at(-1);
  person.purgeOn = endedOn ? computedPurgeDate(endedOn, await lastSettledOn(em, person.id)) : null;
}

/** Avslut: refused with the open claims and appeals named while any exist. */
export async function closeHandling(em: EntityManager, identity: Identity, personId: string, input: ClosureInput, today = isoDay(new Date())): Promise<PersonRow> {
  fail(validateClosure(input, today));
  return em.transactional(async (tx) => {
    const person = await lockPerson(tx, identity, personId);
    if (person.closedOn) throw new DomainError(ErrorCode.CONFLICT, `Hanteringen är redan avslutad (${person.closedOn}).`, { reason: 'ALREADY_CLOSED' });
    const open = await openCasesOf(tx, person.id);
    if (open.length) {
      throw new DomainError(ErrorCode.CONFLICT, openCasesMessage('Hanteringen kan inte avslutas', open), {
        reason: 'OPEN_CASES',
        openCases: open.map((c) => ({ context: c.context, caseId: c.caseId, label: c.label, status: c.status, statusLabel: c.statusLabel })),
      });
    }
    const before = snapshot(person);
    person.closedOn = input.closedOn;
    person.closureReason = input.reason;
    person.closureNote = input.note?.trim() || null;
    person.closedBy = identity.sub;
    await refreshComputedPurgeDate(tx, person);
    recordChange(tx, identity, person, 'CLOSED', before, person.closureNote);
    await tx.flush();
    return person;
  });
}

/** Återöppna: undoes a closure (with a reason, kept in the history). */
export async function reopenHandling(em: EntityManager, identity: Identity, personId: string, reason: string): Promise<PersonRow> {
  const why = reason?.trim() ?? '';
  if (!why) throw new ValidationError('reason', 'Ange varför hanteringen öppnas igen.', 'REQUIRED');
  return em.transactional(async (tx) => {
    const person = await lockPerson(tx, identity, personId);
    if (!person.closedOn) throw new DomainError(ErrorCode.CONFLICT, 'Hanteringen är inte avslutad.', { reason: 'NOT_CLOSED' });
    const before = snapshot(person);
    person.closedOn = null;
    person.closureReason = null;
    person.closureNote = null;
    person.closedBy = null;
    await refreshComputedPurgeDate(tx, person);
    recordChange(tx, identity, person, 'REOPENED', before, why);
    await tx.flush();
    return person;
  });
}

/** Utflyttningsdatum (null clears it). */
export async function registerMoveOut(em: EntityManager, identity: Identity, personId: string, movedOutOn: string | null, today = isoDay(new Date())): Promise<PersonRow> {
  if (movedOutOn !== null) fail(validateDateNotInFuture('movedOutOn', 'Utflyttningsdatum', movedOutOn, today));
  return em.transactional(async (tx) => {
    const person = await lockPerson(tx, identity, personId);
    const before = snapshot(person);
    person.movedOutOn = movedOutOn;
    recordChange(tx, identity, person, 'MOVED_OUT', before);
    // The allocation work stops flat-rate payments at the move-out date: it reads it from this event.
    await recordIdentitiesChanged(tx, [person]);
    await tx.flush();
    return person;
  });
}

/** Avaktualisera personuppgiftshantering: from this date the person's data is kept only until purged. */
export async function deactivatePersonalData(em: EntityManager, identity: Identity, personId: string, deactivatedOn: string, today = isoDay(new Date())): Promise<PersonRow> {
  fail(validateDateNotInFuture('deactivatedOn', 'Datum för avaktualisering', deactivatedOn, today));
  return em.transactional(async (tx) => {
    const person = await lockPerson(tx, identity, personId);
    if (person.personalDataDeactivatedOn) throw new DomainError(ErrorCode.CONFLICT, `Personuppgiftshanteringen är redan avaktualiserad (${person.personalDataDeactivatedOn}).`, { reason: 'ALREADY_DEACTIVATED' });
    const open = await openCasesOf(tx, person.id);
    if (open.length) {
      throw new DomainError(ErrorCode.CONFLICT, openCasesMessage('Personuppgiftshanteringen kan inte avaktualiseras', open), {
        reason: 'OPEN_CASES',
        openCases: open.map((c) => ({ context: c.context, caseId: c.caseId, label: c.label, status: c.status, statusLabel: c.statusLabel })),
      });
    }
    const before = snapshot(person);
    person.personalDataDeactivatedOn = deactivatedOn;
    await refreshComputedPurgeDate(tx, person);
    recordChange(tx, identity, person, 'PERSONAL_DATA_DEACTIVATED', before);
    await tx.flush();
    return person;
  });
}

/** Gallringsdatum by hand; null goes back to the computed date. */
export async function setPurgeDate(em: EntityManager, identity: Identity, personId: string, purgeOn: string | null, today = isoDay(new Date())): Promise<PersonRow> {
  fail(validatePurgeDate(purgeOn, today));
  return em.transactional(async (tx) => {
    const person = await lockPerson(tx, identity, personId);
    const before = snapshot(person);
    person.purgeOnSetManually = purgeOn !== null;
    if (purgeOn !== null) person.purgeOn = purgeOn;
    else await refreshComputedPurgeDate(tx, person);
    recordChange(tx, identity, person, 'PURGE_DATE_SET', before);
    await tx.flush();
    return person;
  });
}
