import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, type Identity } from '@statsbidrag/domain';
import { NotFoundError } from '@statsbidrag/graphql-kit';
import { NotificationEntity, type NotificationRow } from '../infra/notification.entity.js';

export const MAX_NOTIFICATIONS = 100;

/** The signed-in user's notifications, newest first. */
export function findMyNotifications(em: EntityManager, identity: Identity, unreadOnly: boolean): Promise<NotificationRow[]> {
  const where = unreadOnly ? { recipientUsername: identity.sub, readAt: null } : { recipientUsername: identity.sub };
  return em.find(NotificationEntity, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: MAX_NOTIFICATIONS });
}

/** Marks one of the caller's own notifications read; someone else's is "not found". */
export async function markNotificationRead(em: EntityManager, identity: Identity, id: string): Promise<NotificationRow> {
  const row = isUuid(id) ? await em.findOne(NotificationEntity, { id, recipientUsername: identity.sub }) : null;
  if (!row) throw new NotFoundError('Aviseringen finns inte.');
  if (!row.readAt) {
    row.readAt = new Date();
    await em.flush();
  }
  return row;
}
