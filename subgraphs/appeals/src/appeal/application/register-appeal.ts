import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { validateNewAppeal, type NewAppealInput } from '../domain/appeal.js';
import { recordAppealState } from '../../events/case-state.js';
import { AppealEntity, type AppealRow } from '../infra/appeal.entity.js';

/** Registers an appeal (coordinator or finance manager; the resolver checks the role). */
export async function registerAppeal(em: EntityManager, input: NewAppealInput, today = new Date()): Promise<AppealRow> {
  const result = validateNewAppeal(input, today);
  if (!result.ok) {
    const first = result.problems[0]!;
    throw new ValidationError(first.field, result.problems.map((p) => p.message).join(' '), first.reason);
  }
  const appeal = em.create(AppealEntity, { id: randomUUID(), ...result.value });
  recordAppealState(em, appeal);
  await em.flush();
  return appeal;
}
