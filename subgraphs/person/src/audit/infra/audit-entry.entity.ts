import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One read of a person's identifiers through the API (who, when, which person, which fields). */
export const AuditEntryEntity = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  properties: {
    id: p.uuid().primary(),
    at: p.datetime().index(),
    username: p.string().index(),
    personId: p.uuid().index(),
    fields: p.array(),
    operation: p.string(),
  },
});
export type AuditEntryRow = InferEntity<typeof AuditEntryEntity>;
