import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { AuditEntryEntity } from '../infra/audit-entry.entity.js';

/** The Person fields whose reads are logged. */
export const AUDITED_PERSON_FIELDS = ['personalIdentityNumber', 'migIndividualNumber', 'birthDate'] as const;
export type AuditedPersonField = (typeof AUDITED_PERSON_FIELDS)[number];

/** Whose identifiers were read: a registered person, or the child of a child-responsibility report. */
export type AuditSubjectType = 'PERSON' | 'CHILD_REPORT';

export interface AuditedRead {
  personId: string;
  /** Default PERSON. */
  subjectType?: AuditSubjectType;
  field: AuditedPersonField;
  operation: string;
}

/**
 * Per-request audit of identifier reads. Field resolvers call `disclose` and return the value only
 * after it resolves: every read that resolved in the same pass of the executor (all the persons
 * of a list or of an `_entities` call, all their identifier fields) is collected by a DataLoader
 * and written in ONE multi-row INSERT, one row per person and operation with the fields read.
 * If the write fails, the values are not sent (fail closed).
 */
export class AuditTrail {
  private readonly loader: DataLoader<AuditedRead, true>;

  constructor(
    private readonly em: EntityManager,
    private readonly identity: Identity,
  ) {
    this.loader = new DataLoader<AuditedRead, true>((reads) => this.write(reads), { cache: false });
  }

  /** Records a read of `field` on `personId` and resolves once it is written. */
  async disclose<T>(read: AuditedRead, value: T): Promise<T> {
    await this.loader.load(read);
    return value;
  }

  private async write(reads: readonly AuditedRead[]): Promise<true[]> {
    const at = new Date();
    const rows = new Map<string, { personId: string; subjectType: AuditSubjectType; operation: string; fields: Set<AuditedPersonField> }>();
    for (const r of reads) {
      const subjectType = r.subjectType ?? 'PERSON';
      const key = `${subjectType}\u0000${r.personId}\u0000${r.operation}`;
      const row = rows.get(key) ?? { personId: r.personId, subjectType, operation: r.operation, fields: new Set<AuditedPersonField>() };
      row.fields.add(r.field);
      rows.set(key, row);
    }
    await this.em.insertMany(
      AuditEntryEntity,
      [...rows.values()].map((r) => ({
        id: randomUUID(),
        at,
        username: this.identity.sub,
        personId: r.personId,
        subjectType: r.subjectType,
        operation: r.operation,
        fields: AUDITED_PERSON_FIELDS.filter((f) => r.fields.has(f)),
      })),
    );
    return reads.map(() => true as const);
  }
}

/** The operation name for the log; anonymous operations are written as such. */
export function operationLabel(operation: { name?: { value: string } | undefined; operation: string }): string {
  return operation.name?.value ?? `(namnlös ${operation.operation})`;
}
