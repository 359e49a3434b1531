import type { EventConsumer } from '@statsbidrag/events';
import { ClaimEntity } from '../claim/infra/claim.entity.js';

/**
 * Gallring: the person's personal data is gone from the person subgraph; the claims keep their
 * amounts, periods and statuses (the money figures) but lose the free text, which may name the person.
 */
export const clearFreeTextOfPurgedPerson: EventConsumer<'person.purged'> = {
  topic: 'person.purged',
  name: 'person-purged',
  async handle(em, event) {
    await em.nativeUpdate(ClaimEntity, { personId: event.payload.personId }, { question: null });
  },
};
