import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { findMyNotifications, markNotificationRead, MAX_NOTIFICATIONS } from '../application/my-notifications.js';
import { MarkNotificationReadInput, Notification, toNotification } from './notification.type.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => [Notification], { description: `Den inloggades aviseringar, senaste först (högst ${MAX_NOTIFICATIONS}).` })
  async myNotifications(
    @Ctx() { em, identity }: PersonContext,
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false, description: 'Endast olästa.' }) unreadOnly?: boolean | null,
  ): Promise<Notification[]> {
    return (await findMyNotifications(em, identity, unreadOnly ?? false)).map(toNotification);
  }

  @Authorized()
  @Mutation(() => Notification, { description: 'Markera en av den inloggades aviseringar som läst.' })
  async markNotificationRead(@Arg('input', () => MarkNotificationReadInput) input: MarkNotificationReadInput, @Ctx() { em, identity }: PersonContext): Promise<Notification> {
    return toNotification(await markNotificationRead(em, identity, input.id));
  }
}
