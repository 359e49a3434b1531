export { createPersonSubgraph, mailSenderFromEnvironment, personSubgraph } from './subgraph.js';
export type { MailMessage, MailSender } from './notification/application/mail-sender.js';
export { PERSON_RESOLVERS } from './schema.js';
export { SmtpMailSender } from './notification/infra/smtp-mail-sender.js';
