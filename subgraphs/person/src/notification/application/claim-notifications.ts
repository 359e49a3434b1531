import type { EventConsumer } from '@statsbidrag/events';
import { recordEvent } from '@statsbidrag/events';
import { randomUUID } from 'node:crypto';
import { DistrictEntity } from '../../district/infra/district.entity.js';
import { StaffMemberEntity } from '../../staff/infra/staff.entity.js';
import { linkFor, type PublicLinks } from '../domain/public-links.js';
import { NotificationEntity } from '../infra/notification.entity.js';

/** A claim's page, in both apps. */
export const claimLink = (claimId: string): string => `/atersokningar/${claimId}`;

/**
 * Every change a user makes to a claim reaches the cost-bearing district's contact person and the
 * claim's officer (not the one who made it): in the app, and by e-mail through the mail queue. The
 * person subgraph owns the organisation (who the contact is, their e-mail) and the inbox, so it
 * listens to the claims subgraph's events instead of the claims subgraph calling it. Demo data
 * carries no `notify` and notifies no one. The text names the claim type and period, never the person.
 */
export function claimNotificationConsumer(links: PublicLinks): EventConsumer<'claims.case-state-changed'> {
  return {
    topic: 'claims.case-state-changed',
    name: 'claim-notify',
    async handle(em, event) {
      const state = event.payload;
      const notice = state.notify;
      if (!notice) return;
      const district = state.districtCode ? await em.findOne(DistrictEntity, { code: state.districtCode }) : null;
      const recipients = [...new Set([district?.contactUsername, notice.officerUsername].filter((u): u is string => !!u))].filter((u) => u !== notice.changedBy);
      if (!recipients.length) return;
      const staff = await em.find(StaffMemberEntity, { username: { $in: [...recipients, notice.changedBy] } });
      const byName = new Map(staff.map((s) => [s.username, s]));
      const changer = byName.get(notice.changedBy)?.name ?? notice.changedBy;
      const title = `${state.label}: ${state.statusLabel}`;
      const text = `Återsökningen ${state.label}${district ? ` (${district.name})` : ''} har fått status "${state.statusLabel}". Ändrad av ${changer}.${notice.reason ? `\nMotivering: ${notice.reason}` : ''}`;
      notify(em, recipients, byName, { title, text, link: claimLink(state.caseId) }, links);
      await em.flush();
    },
  };
}

/**
 * A shared message on a claim reaches the other side: AmF's message the district's contact person and
 * the claim's officer; the district's message the claim's responsible officer at AmF, or every
 * coordinator while Statsbidragsgruppen is responsible. The text itself stays in the claims subgraph.
 */
export function claimMessageNotificationConsumer(links: PublicLinks): EventConsumer<'claims.message-posted'> {
  return {
    topic: 'claims.message-posted',
    name: 'claim-message-notify',
    async handle(em, event) {
      const message = event.payload;
      const district = await em.findOne(DistrictEntity, { code: message.districtCode });
      let recipients: string[];
      if (message.fromSide === 'AMF') {
        recipients = [district?.contactUsername, message.officerUsername].filter((u): u is string => !!u);
      } else if (message.responsibleUsername) {
        recipients = [message.responsibleUsername];
      } else {
        const coordinators = await em.find(StaffMemberEntity, { active: true, roles: { $contains: ['COORDINATOR'] } });
        recipients = coordinators.map((c) => c.username);
      }
      recipients = [...new Set(recipients)].filter((u) => u !== message.authorUsername);
      if (!recipients.length) return;
      const staff = await em.find(StaffMemberEntity, { username: { $in: [...recipients, message.authorUsername] } });
      const byName = new Map(staff.map((s) => [s.username, s]));
      const author = byName.get(message.authorUsername)?.name ?? message.authorUsername;
      const title = `Nytt meddelande: ${message.label}`;
      const text = `${author} har skrivit ett meddelande på återsökningen ${message.label}${district ? ` (${district.name})` : ''}.`;
      notify(em, recipients, byName, { title, text, link: claimLink(message.claimId) }, links);
      await em.flush();
    },
  };
}

type StaffRow = { username: string; active: boolean; email?: string | null; roles: string[] };

/** In the app, and by e-mail (through the mail queue) to active staff with an address. */
function notify(em: Parameters<EventConsumer<'claims.message-posted'>['handle']>[0], recipients: readonly string[], byName: ReadonlyMap<string, StaffRow>, note: { title: string; text: string; link: string }, links: PublicLinks): void {
  for (const username of recipients) {
    em.create(NotificationEntity, { id: randomUUID(), recipientUsername: username, title: note.title, body: `${note.text}\n\nÖppna återsökningen: ${note.link}`, link: note.link, createdAt: new Date(), readAt: null });
    const member = byName.get(username);
    if (member?.active && member.email) {
      recordEvent(em, 'person.mail-requested', { to: member.email, subject: note.title, text: `${note.text}\n\nÖppna återsökningen: ${linkFor(member.roles, note.link, links)}` });
    }
  }
}
