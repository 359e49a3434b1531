import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { validateNewDecision, type NewDecisionInput } from '../domain/decision.js';
import { recordDecisionRecorded } from '../../events/decision-recorded.js';
import { DecisionEntity, type DecisionRow } from '../infra/decision.entity.js';

/** Registers MiG's decision (coordinators; the resolver checks the role). Laga kraft is set by the domain. */
export async function registerDecision(em: EntityManager, input: NewDecisionInput, today = new Date()): Promise<DecisionRow> {
  const result = validateNewDecision(input, today);
  if (!result.ok) {
    const first = result.problems[0]!;
    throw new ValidationError(first.field, result.problems.map((p) => p.message).join(' '), first.reason);
  }
  const decision = em.create(DecisionEntity, { id: randomUUID(), ...result.value });
  recordDecisionRecorded(em, decision);
  await em.flush();
  return decision;
}
