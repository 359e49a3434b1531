import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type ScheduledJob } from '@statsbidrag/events';
import { randomUUID } from 'node:crypto';
import { PersonCaseEntity, type PersonCaseRow } from '../../case/infra/person-case.entity.js';
import { isoDay } from '../../closure/domain/closure.js';
import { recordIdentitiesChanged } from '../../events/identity-changed.js';
import { PersonChangeEntity, PersonEntity, RegistrationEntity, type PersonRow } from '../../person/infra/person.entity.js';
import { PurgeRecordEntity, type PurgeRecordRow } from '../infra/purge-record.entity.js';

/** Who the scheduled job is in purge records and histories. */
export const PURGE_JOB_USER = 'gallringsjobb';
export const PURGE_JOB_NAME = 'purge-due-persons';
/** Every night at 02:00 Swedish time. */
export const PURGE_JOB_CRON = '0 2 * * *';

/** The personal data a purge removes; the person row stays, so claims and payments keep their person id. */
export const PURGED_FIELDS = ['firstName', 'lastName', 'birthDate', 'personalIdentityNumber', 'migIndividualNumber', 'protectedIdentity', 'closureNote', 'registrations.address', 'registrations.postalCode'] as const;

export const PURGED_FIRST_NAME = 'Gallrad';
export const PURGED_LAST_NAME = 'person';

export interface PurgeRun {
  purged: PurgeRecordRow[];
  /** Due, but kept: open cases stop a purge. */
  skipped: { person: PersonRow; openCases: PersonCaseRow[] }[];
}

/** Persons whose purge date has come and whose data is still there. */
export function duePersonsFilter(today: string) {
  return { purgeOn: { $lte: today }, purgedAt: null };
}

/**
 * Gallring: empties the personal data of every person past their purge date who has no open case,
 * records what it removed, and tells the other subgraphs (`person.purged`). Rows are locked with
 * SKIP LOCKED, so two instances running at once purge each person once.
 */
export async function purgeDuePersons(em: EntityManager, by: string, today: string = isoDay(new Date())): Promise<PurgeRun> {
  return em.transactional(async (tx) => {
    const due = await tx.find(PersonEntity, duePersonsFilter(today), { orderBy: { purgeOn: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
    if (!due.length) return { purged: [], skipped: [] };
    const openCases = await tx.find(PersonCaseEntity, { personId: { $in: due.map((p) => p.id) }, open: true }, { orderBy: { stateAt: 'asc' } });
    const openBy = new Map<string, PersonCaseRow[]>();
    for (const c of openCases) openBy.set(c.personId!, [...(openBy.get(c.personId!) ?? []), c]);

    const run: PurgeRun = { purged: [], skipped: [] };
    const now = new Date();
    const toPurge = due.filter((person) => {
      const open = openBy.get(person.id);
      if (open?.length) run.skipped.push({ person, openCases: open });
      return !open?.length;
    });
    const registrationCounts = new Map<string, number>();
    if (toPurge.length) {
      const registrations = await tx.find(RegistrationEntity, { personId: { $in: toPurge.map((p) => p.id) } });
      for (const r of registrations) registrationCounts.set(r.personId, (registrationCounts.get(r.personId) ?? 0) + 1);
      await tx.nativeUpdate(RegistrationEntity, { personId: { $in: toPurge.map((p) => p.id) } }, { address: null, postalCode: null });
      // earlier updates kept the old names and identifiers in the history: they go too
      await tx.nativeUpdate(PersonChangeEntity, { personId: { $in: toPurge.map((p) => p.id) }, action: 'UPDATED' }, { before: null, after: null });
    }
    for (const person of toPurge) {
      const before = { purgeOn: person.purgeOn, closedOn: person.closedOn ?? null };
      person.firstName = PURGED_FIRST_NAME;
      person.lastName = PURGED_LAST_NAME;
      person.birthDate = null;
      person.personalIdentityNumber = null;
      person.migIndividualNumber = null;
      person.isCoordinationNumber = false;
      person.protectedIdentity = false;
      person.closureNote = null;
      person.purgedAt = now;
      const record = tx.create(PurgeRecordEntity, {
        id: randomUUID(),
        personId: person.id,
        purgedAt: now,
        purgedBy: by,
        purgeOn: person.purgeOn!,
        districtCode: person.districtCode ?? null,
        fields: [...PURGED_FIELDS],
        registrationsAnonymised: registrationCounts.get(person.id) ?? 0,
      });
      tx.create(PersonChangeEntity, { id: randomUUID(), personId: person.id, at: now, username: by, action: 'PURGED', before, after: { purgedAt: now.toISOString() }, note: null });
      recordEvent(tx, 'person.purged', { personId: person.id, purgedAt: now.toISOString() });
      run.purged.push(record);
    }
    await recordIdentitiesChanged(tx, toPurge, now);
    await tx.flush();
    return run;
  });
}

/** The nightly purge, run by the queue (one instance per occurrence, whatever the number of replicas). */
export const purgeJob: ScheduledJob = {
  name: PURGE_JOB_NAME,
  cron: PURGE_JOB_CRON,
  run: (em) => purgeDuePersons(em, PURGE_JOB_USER),
};
