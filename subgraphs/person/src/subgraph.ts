import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { AuditEntryEntity } from './audit/infra/audit-entry.entity.js';
import { CASE_CONSUMERS } from './case/application/case-consumers.js';
import { DecisionPersonEntity, PersonCaseEntity } from './case/infra/person-case.entity.js';
import { ChildReportStatusChangeEntity, ChildResponsibilityReportEntity } from './child-report/infra/child-report.entity.js';
import { CompensationTypeEntity } from './compensation-type/infra/compensation-type.entity.js';
import { createPersonContext, type PersonContext } from './context.js';
import { DistrictEntity, UnitEntity } from './district/infra/district.entity.js';
import { EpsImportEntity } from './eps/infra/eps-import.entity.js';
import { PERSON_PORT, readPortalPublicUrl, readSmtpUrl } from './environment.js';
import { migrations } from './migrations/index.js';
import { SkippingMailSender, type MailSender } from './notification/application/mail-sender.js';
import { NotificationEntity } from './notification/infra/notification.entity.js';
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
export function createPersonSubgraph(options: { mailSender: MailSender; portalUrl?: string | null }): SubgraphDefinition<PersonContext> {
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
    createContext: (em, identity) => createPersonContext(em, identity, options.portalUrl ?? null),
    seed: seedPersonDemoData,
    events: { consumers: [...CASE_CONSUMERS, mailQueueConsumer(options.mailSender)], jobs: [purgeJob] },
  };
}

export const personSubgraph: SubgraphDefinition<PersonContext> = createPersonSubgraph({ mailSender: mailSenderFromEnvironment(), portalUrl: readPortalPublicUrl() });
