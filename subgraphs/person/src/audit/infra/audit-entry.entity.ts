import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One read of a person's identifiers through the API (who, when, which person, which fields). */
// `subjectType` says what `personId` names: PERSON (a bidragsgrundande person) or CHILD_REPORT (the child in a report).
export const AuditEntryEntity = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  properties: {
    id: p.uuid().primary(),
    at: p.datetime().index(),
    username: p.string().index(),
    personId: p.uuid().index(),
    /** PERSON, or CHILD_REPORT (then personId is the report's id: the child is not a registered person). */
    subjectType: p.string().default('PERSON'),
    fields: p.array(),
    operation: p.string(),
  },
});
export type AuditEntryRow = InferEntity<typeof AuditEntryEntity>;
