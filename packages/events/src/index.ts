export { OutboxEventEntity, InboxEventEntity, EVENT_ENTITIES, type OutboxEventRow, type InboxEventRow } from './entities.js';
export { EVENT_TOPICS, type EventCatalogue, type EventTopic, type CaseStateChanged, type CaseChangeNotice, type DecisionRecorded, type DecisionNotice, type ClaimChanged, type PersonIdentityChanged, type PaymentLineRecorded, type RecoveryChanged, type RecoveryNotice, type PersonPurged, type MailRequested, type DefaultOfficerChanged, type ClaimMessagePosted } from './catalogue.js';
export { recordEvent, recordEventsOnce } from './outbox.js';
export { EventBus, installSubgraphEvents, queueName, QUEUE_SCHEMA, type DeliveredEvent, type EventConsumer, type AnyEventConsumer, type ScheduledJob, type SubgraphEvents, type EventBusOptions } from './bus.js';
