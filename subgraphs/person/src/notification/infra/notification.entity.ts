import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** An in-app notification for one user (the recipient's username is the token's subject). */
export const NotificationEntity = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    id: p.uuid().primary(),
    recipientUsername: p.string(),
    title: p.text(),
    body: p.text(),
    link: p.string(),
    createdAt: p.datetime(),
    readAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['recipientUsername', 'createdAt'] }],
});
export type NotificationRow = InferEntity<typeof NotificationEntity>;
