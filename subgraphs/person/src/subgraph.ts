import { flatRateClosureConsumer } from './closure/application/flat-rate-closure-consumer.js';
import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { AuditEntryEntity } from './audit/infra/audit-entry.entity.js';
import { CASE_CONSUMERS } from './case/application/case-consumers.js';
import { DecisionPersonEntity, PersonCaseEntity } from './case/infra/person-case.entity.js';
import { ChildReportStatusChangeEntity, ChildResponsibilityReportEntity } from './child-report/infra/child-report.entity.js';
import { CompensationTypeEntity } from './compensation-type/infra/compensation-type.entity.js';
import { createPersonContext, type PersonContext } from './context.js';
import { DistrictEntity, UnitEntity } from './district/infra/district.entity.js';
import { EpsImportEntity } from './eps/infra/eps-import.entity.js';
import { personRegistrationConsumer } from './events/person-registration-consumer.js';
import { PERSON_PORT, readPublicLinks, readSmtpUrl } from './environment.js';
import { NO_PUBLIC_LINKS, type PublicLinks } from './notification/domain/public-links.js';
import { migrations } from './migrations/index.js';
import { SkippingMailSender, type MailSender } from './notification/application/mail-sender.js';
import { NotificationEntity } from './notification/infra/notification.entity.js';
import { claimMessageNotificationConsumer, claimNotificationConsumer } from './notification/application/claim-notifications.js';
import { decisionNotificationConsumer } from './notification/application/decision-notifications.js';
import { recoveryNotificationConsumer } from './notification/application/recovery-notifications.js';
import { mailQueueConsumer } from './notification/application/notify-district-contact.js';
import { SmtpMailSender } from './notification/infra/smtp-mail-sender.js';
import { DefaultOfficerEntity } from './organisation/infra/default-officer.entity.js';
import { ApplicantProfileEntity, OrganisationChangeEntity } from './organisation/infra/organisation.entity.js';
import { PersonChangeEntity, PersonEntity, RegistrationEntity } from './person/infra/person.entity.js';
import { purgeJob } from './retention/application/purge.js';
import { PurgeRecordEntity } from './retention/infra/purge-record.entity.js';
import { buildPersonSchema } from './schema.js';
import { seedPersonDemoData } from './seed-data.js';
import { StaffMemberEntity } from './staff/infra/staff.entity.js';

/** The mail sender the environment asks for: SMTP when SMTP_URL is set, otherwise none (logged once). */
export function mailSenderFromEnvironment(smtpUrl: string | null = readSmtpUrl()): MailSender {
  return smtpUrl ? new SmtpMailSender(smtpUrl) : new SkippingMailSender();
}

/** The person subgraph with a chosen mail sender (tests inject their own). */
export function createPersonSubgraph(options: { mailSender: MailSender; links?: PublicLinks }): SubgraphDefinition<PersonContext> {
  return {
    name: 'person',
    defaultPort: PERSON_PORT,
    entities: [
      DistrictEntity,
      UnitEntity,
      StaffMemberEntity,
      PersonEntity,
      RegistrationEntity,
      PersonChangeEntity,
      PersonCaseEntity,
      DecisionPersonEntity,
      PurgeRecordEntity,
      EpsImportEntity,
      AuditEntryEntity,
      ApplicantProfileEntity,
      OrganisationChangeEntity,
      ChildResponsibilityReportEntity,
      ChildReportStatusChangeEntity,
      NotificationEntity,
      CompensationTypeEntity,
      DefaultOfficerEntity,
    ],
    migrations,
    buildSchema: buildPersonSchema,
    createContext: (em, identity) => createPersonContext(em, identity, options.links ?? NO_PUBLIC_LINKS),
    seed: seedPersonDemoData,
    events: { consumers: [...CASE_CONSUMERS, claimNotificationConsumer(options.links ?? NO_PUBLIC_LINKS), claimMessageNotificationConsumer(options.links ?? NO_PUBLIC_LINKS), decisionNotificationConsumer(options.links ?? NO_PUBLIC_LINKS), recoveryNotificationConsumer(options.links ?? NO_PUBLIC_LINKS), mailQueueConsumer(options.mailSender), personRegistrationConsumer, flatRateClosureConsumer], jobs: [purgeJob] },
  };
}

export const personSubgraph: SubgraphDefinition<PersonContext> = createPersonSubgraph({ mailSender: mailSenderFromEnvironment(), links: readPublicLinks() });
