import { type EventConsumer, type RecoveryNotice } from '@statsbidrag/events';
import { DistrictEntity } from '../../district/infra/district.entity.js';
import { StaffMemberEntity } from '../../staff/infra/staff.entity.js';
import type { PublicLinks } from '../domain/public-links.js';
import { coordinatorUsernames, notifyStaff } from './decision-notifications.js';

/** A recovery's page, in both apps. */
export const recoveryLink = (recoveryId: string): string => `/aterkrav/${recoveryId}`;

/** Who hears of a recovery's change: the district's contact person or the coordinators. */
export function recoveryAudience(notice: Pick<RecoveryNotice, 'kind' | 'fromSide'>): 'DISTRICT' | 'COORDINATORS' {
  switch (notice.kind) {
    case 'STARTED':
    case 'ACTION_PROPOSED':
      return 'DISTRICT';
    case 'MESSAGE':
      return notice.fromSide === 'AMF' ? 'DISTRICT' : 'COORDINATORS';
    case 'APPEAL_DECIDED':
      return 'COORDINATORS';
  }
}

/** The subject, by kind: no personal data. */
export const RECOVERY_NOTICE_TITLES: Readonly<Record<RecoveryNotice['kind'], string>> = {
  STARTED: 'Återkrav att ta ställning till',
  ACTION_PROPOSED: 'Återkrav att ta ställning till',
  MESSAGE: 'Nytt meddelande om återkrav',
  APPEAL_DECIDED: 'Återkrav: beslut om överklagande',
};

function textOf(notice: RecoveryNotice, label: string, districtName: string | null, byName: string): string {
  const where = districtName ? `, ${districtName}` : '';
  switch (notice.kind) {
    case 'STARTED':
      return `AmF har startat ett återkrav med förslag till åtgärd: ${label}${where}. Ta ställning till om beslutet ska överklagas.`;
    case 'ACTION_PROPOSED':
      return `AmF föreslår en åtgärd för återkravet ${label}${where}. Ta ställning till förslaget.`;
    case 'MESSAGE':
      return `${byName} har skrivit ett meddelande om återkravet ${label}${where}.`;
    case 'APPEAL_DECIDED':
      return `Stadsdelen har tagit ställning till om återkravet ${label}${where} ska överklagas.`;
  }
}

/**
 * A recovery (återkrav, 5.1–5.7) reaches the other side: a new recovery or AmF's proposed action the
 * district's contact person; AmF's message the district's contact person, the district's message
 * every coordinator; the appeal decision every coordinator. Not the one who acted. In the app and
 * by e-mail (only a link); each change once per recipient, however often its event comes.
 */
export function recoveryNotificationConsumer(links: PublicLinks): EventConsumer<'decisions.recovery-changed'> {
  return {
    topic: 'decisions.recovery-changed',
    name: 'recovery-notify',
    async handle(em, event) {
      const recovery = event.payload;
      const notice = recovery.notify;
      if (!notice || !(notice.kind in RECOVERY_NOTICE_TITLES)) return;
      const district = recovery.districtCode ? await em.findOne(DistrictEntity, { code: recovery.districtCode }) : null;
      const recipients = recoveryAudience(notice) === 'DISTRICT' ? [district?.contactUsername] : await coordinatorUsernames(em);
      const actor = (await em.findOne(StaffMemberEntity, { username: notice.by }))?.name ?? notice.by;
      const label = recovery.label ?? `Återkrav ${recovery.compensationCode}`;
      await notifyStaff(
        em,
        recipients.filter((u) => u !== notice.by),
        {
          key: `recovery:${recovery.recoveryId}:${notice.kind}:${recovery.at}`,
          title: RECOVERY_NOTICE_TITLES[notice.kind],
          text: textOf(notice, label, district?.name ?? null, actor),
          link: recoveryLink(recovery.recoveryId),
          linkText: 'återkravet',
        },
        links,
      );
    },
  };
}
