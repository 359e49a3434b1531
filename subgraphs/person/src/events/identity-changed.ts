import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type PersonIdentityChanged } from '@statsbidrag/events';
import { compareNewestFirst } from '../person/domain/registration-history.js';
import { RegistrationEntity, type PersonRow, type RegistrationRow } from '../person/infra/person.entity.js';

type PersonIdentity = Pick<PersonRow, 'id' | 'personalIdentityNumber' | 'migIndividualNumber' | 'birthDate' | 'purgedAt'> & { movedOutOn?: string | null };
/** A registration as far as the event needs it (the registration-history rules' own shape). */
export interface RegistrationFact {
  registeredAt: string;
  districtCode?: string | null;
  createdAt?: Date | string | null;
}

/**
 * The person's identifiers and registration districts as other contexts need them to match MiG's
 * rows to persons and to find a person's district for a period (state as of `at`: later wins). A
 * purged person keeps the districts (money follows them) but has no identifiers.
 */
export function personIdentityChanged(person: PersonIdentity, registrations: readonly RegistrationFact[], at: Date): PersonIdentityChanged {
  const purged = person.purgedAt != null;
  return {
    personId: person.id,
    personalIdentityNumber: purged ? null : (person.personalIdentityNumber ?? null),
    migIndividualNumber: purged ? null : (person.migIndividualNumber ?? null),
    birthDate: purged ? null : (person.birthDate ?? null),
    registrations: [...registrations].sort((a, b) => compareNewestFirst(b, a)).map((r) => ({ from: r.registeredAt, districtCode: r.districtCode ?? null })),
    // The person subgraph has no merging of persons (the same individual never exists twice).
    mergedInto: null,
    purged,
    // Utflyttningsdatum is no identifier: it stays after a purge (the flat-rate payments stop there).
    movedOutOn: person.movedOutOn ?? null,
    at: at.toISOString(),
  };
}

/** Records `person.identity-changed` in the caller's unit of work, with the registrations given. */
export function recordIdentityChanged(em: EntityManager, person: PersonIdentity, registrations: readonly RegistrationFact[], at: Date = new Date()): void {
  recordEvent(em, 'person.identity-changed', personIdentityChanged(person, registrations, at));
}

/** The same for several persons, reading their registrations in one query. */
export async function recordIdentitiesChanged(em: EntityManager, persons: readonly PersonIdentity[], at: Date = new Date()): Promise<void> {
  if (!persons.length) return;
  const byPerson = new Map<string, RegistrationRow[]>();
  for (const r of await em.find(RegistrationEntity, { personId: { $in: persons.map((p) => p.id) } })) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
  for (const person of persons) recordIdentityChanged(em, person, byPerson.get(person.id) ?? [], at);
}
