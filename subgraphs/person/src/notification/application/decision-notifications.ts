import type { EntityManager } from '@mikro-orm/postgresql';
import { stableUuid } from '@statsbidrag/domain/ids';
import { recordEvent, type DecisionNotice, type EventConsumer } from '@statsbidrag/events';
import { DistrictEntity } from '../../district/infra/district.entity.js';
import { StaffMemberEntity } from '../../staff/infra/staff.entity.js';
import { linkFor, type PublicLinks } from '../domain/public-links.js';
import { NotificationEntity } from '../infra/notification.entity.js';

/** A decision's page, in both apps. */
export const decisionLink = (decisionId: string): string => `/beslut/${decisionId}`;

/** The subject of MiG's notice (manual ch. 7), by kind: no personal data. */
export const DECISION_NOTICE_TITLES: Readonly<Record<DecisionNotice['kind'], string>> = {
  AVSLAG: 'Beslut från MiG: avslag',
  AVVISNING: 'Beslut från MiG: avvisning',
  DELVIS_BEVILJAD: 'Beslut från MiG: delvis beviljad',
  ATERKRAV: 'Beslut från MiG: återkrav',
  BEVILJAD_EFTER_NY_PROVNING: 'Beslut från MiG: beviljad efter ny prövning',
};

export interface StaffNote {
  /** Makes the notification idempotent: one per key and recipient, however often the event comes. */
  key: string;
  title: string;
  /** In the app only (the e-mail carries only the link). */
  text: string;
  link: string;
  /** What the link opens ("beslutet", "återkravet"). */
  linkText: string;
}

/** The active coordinators (Statsbidragsgruppen). */
export async function coordinatorUsernames(em: EntityManager): Promise<string[]> {
  return (await em.find(StaffMemberEntity, { active: true, roles: { $contains: ['COORDINATOR'] } }, { orderBy: { username: 'asc' } })).map((s) => s.username);
}

/**
 * Each recipient once: an in-app notification, and an e-mail through the mail queue to active
 * staff with an address. The e-mail has only a link (to the portal for AmF, to the SDF app for the
 * districts), never the label, which names a case. A note already given (same key) is not repeated.
 */
export async function notifyStaff(em: EntityManager, recipients: readonly (string | null | undefined)[], note: StaffNote, links: PublicLinks): Promise<number> {
  const usernames = [...new Set(recipients.filter((u): u is string => !!u))];
  if (!usernames.length) return 0;
  const idOf = (username: string) => stableUuid('staff-notice', `${note.key}:${username}`);
  const given = new Set((await em.find(NotificationEntity, { id: { $in: usernames.map(idOf) } }, { fields: ['id'] })).map((n) => n.id));
  const fresh = usernames.filter((u) => !given.has(idOf(u)));
  if (!fresh.length) return 0;
  const staff = new Map((await em.find(StaffMemberEntity, { username: { $in: fresh } })).map((s) => [s.username, s]));
  const now = new Date();
  for (const username of fresh) {
    em.create(NotificationEntity, { id: idOf(username), recipientUsername: username, title: note.title, body: `${note.text}\n\nÖppna ${note.linkText}: ${note.link}`, link: note.link, createdAt: now, readAt: null });
    const member = staff.get(username);
    if (member?.active && member.email) {
      recordEvent(em, 'person.mail-requested', { to: member.email, subject: note.title, text: `Öppna ${note.linkText}: ${linkFor(member.roles, note.link, links)}` });
    }
  }
  await em.flush();
  return fresh.length;
}

/**
 * MiG's notices of a decision (avslag, avvisning, delvis beviljad, återkrav, beviljad efter ny
 * prövning) reach the claim's officer, every coordinator and the district's contact person, in the
 * app and by e-mail, like MiG's own notices. Each recipient hears of a decision's notice once, even
 * when the decision's event comes again (redelivered or re-published with a later state).
 */
export function decisionNotificationConsumer(links: PublicLinks): EventConsumer<'decisions.decision-recorded'> {
  return {
    topic: 'decisions.decision-recorded',
    name: 'decision-notify',
    async handle(em, event) {
      const decision = event.payload;
      const notice = decision.notify;
      if (!notice || !(notice.kind in DECISION_NOTICE_TITLES)) return;
      const district = decision.districtCode ? await em.findOne(DistrictEntity, { code: decision.districtCode }) : null;
      const title = DECISION_NOTICE_TITLES[notice.kind];
      const label = decision.label ?? `Beslut ${decision.decidedOn}`;
      const outcome = decision.outcomeLabel ? ` (${decision.outcomeLabel.toLowerCase()})` : '';
      const text = `MiG har fattat beslut${outcome}: ${label}${district ? `, ${district.name}` : ''}.`;
      await notifyStaff(
        em,
        [notice.officerUsername, ...(await coordinatorUsernames(em)), district?.contactUsername],
        { key: `decision:${decision.decisionId}:${notice.kind}`, title, text, link: decisionLink(decision.decisionId), linkText: 'beslutet' },
        links,
      );
    },
  };
}
