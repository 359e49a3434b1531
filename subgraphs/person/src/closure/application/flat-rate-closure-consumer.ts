import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import type { EventConsumer } from '@statsbidrag/events';
import { DomainError } from '@statsbidrag/graphql-kit';
import { PersonEntity } from '../../person/infra/person.entity.js';
import { ClosureReason } from '../domain/closure.js';
import { closeHandling } from './person-handling.js';

/** Who closes a person's handling when the generalschablon period ends by itself. */
const SYSTEM: Identity = { sub: 'system', name: 'Systemet (schablonperiod slut)', roles: ['SYSTEM_ADMIN'], districtCodes: [] };

/**
 * "När sista schablonersättning är utbetalt ska systemet automatiskt registrera … Avslutsdatum (tom
 * datum för den sista schablonersättningsperioden) och Anledning: Schablonersättningsperiod slut",
 * provided no claim or appeal is open. A person already closed, purged or unknown is left as it is;
 * one with open cases too (the coordinator closes by hand once they are settled, ADR 0011). Running
 * twice changes nothing.
 */
export const flatRateClosureConsumer: EventConsumer<'allocation.flat-rate-case-closed'> = {
  topic: 'allocation.flat-rate-case-closed',
  name: 'flat-rate-closure',
  async handle(em: EntityManager, { payload }) {
    const person = await em.findOne(PersonEntity, { id: payload.personId });
    if (!person || person.closedOn || person.purgedAt) return;
    const today = new Date().toISOString().slice(0, 10);
    const closedOn = payload.closedOn <= today ? payload.closedOn : today;
    try {
      await closeHandling(em, SYSTEM, payload.personId, { closedOn, reason: ClosureReason.SCHABLONPERIOD_SLUT, note: 'Sista delbetalningen av generalschablonen är utbetald.' }, today);
    } catch (error) {
      // Open claims or appeals, or closed meanwhile: nothing to do now.
      if (error instanceof DomainError) return;
      throw error;
    }
  },
};
