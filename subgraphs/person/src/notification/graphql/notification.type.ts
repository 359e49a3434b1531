import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { NotificationRow } from '../infra/notification.entity.js';

@ObjectType('Notification', { description: 'En avisering i appen till den inloggade användaren.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field({ description: 'Rubrik.' }) title!: string;
  @Field({ description: 'Text.' }) body!: string;
  @Field({ description: 'Sökväg i portalen, t.ex. /barnanmalningar/<id>.' }) link!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'När aviseringen lästes (tom om oläst).' }) readAt!: Date | null;
}

export function toNotification(row: NotificationRow): Notification {
  return { id: row.id, title: row.title, body: row.body, link: row.link, createdAt: row.createdAt, readAt: row.readAt ?? null };
}

@InputType('MarkNotificationReadInput')
export class MarkNotificationReadInput {
  @Field(() => ID) id!: string;
}
