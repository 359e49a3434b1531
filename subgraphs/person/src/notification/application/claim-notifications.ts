import type { EventConsumer } from '@statsbidrag/events';
import { recordEvent } from '@statsbidrag/events';
import { randomUUID } from 'node:crypto';
import { DistrictEntity } from '../../district/infra/district.entity.js';
import { StaffMemberEntity } from '../../staff/infra/staff.entity.js';
import { linkFor, type PublicLinks } from '../domain/public-links.js';
import { NotificationEntity } from '../infra/notification.entity.js';

/** The claims list in both apps (neither has a page per claim yet). */
export const CLAIMS_LINK = '/atersokningar';

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
      for (const username of recipients) {
        em.create(NotificationEntity, { id: randomUUID(), recipientUsername: username, title, body: `${text}\n\nSe återsökningarna: ${CLAIMS_LINK}`, link: CLAIMS_LINK, createdAt: new Date(), readAt: null });
        const member = byName.get(username);
        if (member?.active && member.email) {
          recordEvent(em, 'person.mail-requested', { to: member.email, subject: title, text: `${text}\n\nSe återsökningarna: ${linkFor(member.roles, CLAIMS_LINK, links)}` });
        }
      }
      await em.flush();
    },
  };
}
