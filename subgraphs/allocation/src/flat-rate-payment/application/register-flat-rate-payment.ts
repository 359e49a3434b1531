import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { validateNewFlatRatePayment, type NewFlatRatePaymentInput } from '../domain/flat-rate-payment.js';
import { FlatRatePaymentEntity, type FlatRatePaymentRow } from '../infra/flat-rate-payment.entity.js';

/** Registers a flat-rate payment by hand (central roles; the resolver checks the role). */
export async function registerFlatRatePayment(em: EntityManager, input: NewFlatRatePaymentInput): Promise<FlatRatePaymentRow> {
  const result = validateNewFlatRatePayment(input);
  if (!result.ok) {
    const first = result.problems[0]!;
    throw new ValidationError(first.field, result.problems.map((p) => p.message).join(' '), first.reason);
  }
  const payment = em.create(FlatRatePaymentEntity, { id: randomUUID(), ...result.value });
  await em.flush();
  return payment;
}
