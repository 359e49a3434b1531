import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '@statsbidrag/graphql-kit';
import type { FieldProblem } from '../domain/organisation-validation.js';
import { OrganisationChangeEntity } from '../infra/organisation.entity.js';

export const ORGANISATION_ENTITY_TYPES = ['APPLICANT_PROFILE', 'DISTRICT', 'STAFF_MEMBER', 'UNIT', 'DEFAULT_OFFICER', 'COMPENSATION_TYPE'] as const;
export type OrganisationEntityType = (typeof ORGANISATION_ENTITY_TYPES)[number];

/**
 * Appends one history row for a change (before/after as plain JSON, null for a creation). The row
 * is persisted with the change itself: the caller's flush writes both in one transaction.
 */
export function recordChange(
  em: EntityManager,
  identity: Identity,
  entityType: OrganisationEntityType,
  entityKey: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): void {
  em.create(OrganisationChangeEntity, { id: randomUUID(), at: new Date(), username: identity.sub, entityType, entityKey, before, after });
}

/**
 * Refuses an input: BAD_USER_INPUT with the first problem's `field` and `reason` (as ValidationError
 * does), the message listing every problem, and `problems` ({ field, reason, message } for every
 * broken field) so that a form can show each message next to its field.
 */
export function throwProblems(problems: readonly FieldProblem[]): never {
  const first = problems[0]!;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join(' '), {
    field: first.field,
    reason: first.reason,
    problems: problems.map((p) => ({ field: p.field, reason: p.reason, message: p.message })),
  });
}

/** A row as plain JSON for the history (dates as ISO strings, no ORM internals). */
export function snapshot<T extends object>(row: T, keys: readonly (keyof T & string)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = row[k] as unknown;
    out[k] = v instanceof Date ? v.toISOString() : Array.isArray(v) ? [...(v as unknown[])] : (v ?? null);
  }
  return out;
}
