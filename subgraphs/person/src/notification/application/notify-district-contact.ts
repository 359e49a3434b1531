import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type EventConsumer } from '@statsbidrag/events';
import { randomUUID } from 'node:crypto';
import { DistrictEntity } from '../../district/infra/district.entity.js';
import { StaffMemberEntity } from '../../staff/infra/staff.entity.js';
import { childReportMessage, type ChildReportEvent } from '../domain/child-report-message.js';
import { NotificationEntity } from '../infra/notification.entity.js';
import type { MailSender } from './mail-sender.js';
import { linkFor, type PublicLinks } from '../domain/public-links.js';

/**
 * Adds the in-app notification for the district's contact person, and the e-mail to them to the
 * outbox, to the caller's unit of work: both exist exactly when the change is committed, and the
 * mail queue sends the e-mail afterwards, retrying while the SMTP server is unreachable. Nobody is
 * notified when the district has no contact person; no e-mail when the contact is inactive.
 */
export async function notifyDistrictContact(
  em: EntityManager,
  event: ChildReportEvent,
  report: { id: string; districtCode: string; firstName: string; lastName: string },
  options: { changedFields?: readonly string[]; links?: PublicLinks } = {},
): Promise<void> {
  const district = await em.findOne(DistrictEntity, { code: report.districtCode });
  if (!district?.contactUsername) return;
  const message = childReportMessage(event, { ...report, districtName: district.name }, options.changedFields ?? []);
  em.create(NotificationEntity, {
    id: randomUUID(),
    recipientUsername: district.contactUsername,
    title: message.title,
    body: message.body,
    link: message.link,
    createdAt: new Date(),
    readAt: null,
  });
  const contact = await em.findOne(StaffMemberEntity, { username: district.contactUsername });
  if (!contact?.active || !contact.email) return;
  // In the e-mail the link must work outside the portal: absolute when the portal's address is known.
  const text = message.body.replace(message.link, linkFor(contact.roles, message.link, options.links ?? { portal: null, sdf: null }));
  recordEvent(em, 'person.mail-requested', { to: contact.email, subject: message.title, text });
}

/**
 * The mail queue: sends each requested e-mail once it is committed. A failure is logged and
 * thrown, so the queue tries again with growing pauses (2 s, 4 s, … up to 5 min, 10 times).
 */
export function mailQueueConsumer(sender: MailSender): EventConsumer<'person.mail-requested'> {
  return {
    topic: 'person.mail-requested',
    name: 'send-mail',
    async handle(_em, event) {
      const mail = event.payload;
      try {
        await sender.send(mail);
      } catch (err) {
        console.error(`[person] e-post till ${mail.to} kunde inte skickas ("${mail.subject}"), försöker igen:`, err instanceof Error ? err.message : err);
        throw err;
      }
    },
  };
}
