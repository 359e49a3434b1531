import type { EventConsumer } from '@statsbidrag/events';
import { ClaimTypeOfficerEntity } from './claim-type-officer.entity.js';

/** Keeps the newest default officer per claim type (order of delivery does not matter). */
export const defaultOfficerConsumer: EventConsumer<'person.default-officer-changed'> = {
  topic: 'person.default-officer-changed',
  name: 'default-officer',
  async handle(em, event) {
    const { claimTypeCode, username, at } = event.payload;
    const setAt = new Date(at);
    const existing = await em.findOne(ClaimTypeOfficerEntity, { claimTypeCode });
    if (!existing) em.create(ClaimTypeOfficerEntity, { claimTypeCode, username, setAt });
    else if (existing.setAt.getTime() <= setAt.getTime()) em.assign(existing, { username, setAt });
    await em.flush();
  },
};
