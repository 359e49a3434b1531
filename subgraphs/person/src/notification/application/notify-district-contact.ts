import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { DistrictEntity } from '../../district/infra/district.entity.js';
import { StaffMemberEntity } from '../../staff/infra/staff.entity.js';
import { childReportMessage, type ChildReportEvent } from '../domain/child-report-message.js';
import { NotificationEntity } from '../infra/notification.entity.js';
import type { MailMessage, MailSender } from './mail-sender.js';

/**
 * Adds the in-app notification for the district's contact person to the caller's unit of work
 * (written with the change itself) and returns the e-mail to send after the commit. Nobody is
 * notified when the district has no contact person; no e-mail when the contact is inactive.
 */
export async function notifyDistrictContact(
  em: EntityManager,
  event: ChildReportEvent,
  report: { id: string; districtCode: string; firstName: string; lastName: string },
): Promise<MailMessage | null> {
  const district = await em.findOne(DistrictEntity, { code: report.districtCode });
  if (!district?.contactUsername) return null;
  const message = childReportMessage(event, { ...report, districtName: district.name });
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
  if (!contact?.active || !contact.email) return null;
  return { to: contact.email, subject: message.title, text: message.body };
}

/** Sends after the commit; a failure is logged and never undoes the change. */
export async function sendAfterCommit(sender: MailSender, mail: MailMessage | null): Promise<void> {
  if (!mail) return;
  try {
    await sender.send(mail);
  } catch (err) {
    console.error(`[person] e-post till ${mail.to} kunde inte skickas ("${mail.subject}"):`, err instanceof Error ? err.message : err);
  }
}
