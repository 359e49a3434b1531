import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { validateApplicantProfile, type ApplicantProfileInput } from '../domain/organisation-validation.js';
import { APPLICANT_PROFILE_ID, ApplicantProfileEntity, type ApplicantProfileRow } from '../infra/organisation.entity.js';
import { recordChange, snapshot } from './organisation-history.js';

const KEYS = ['municipalityName', 'municipalityCode', 'postalAddress', 'postalCode', 'city', 'contactName', 'phone', 'email', 'reference'] as const;

export function findApplicantProfile(em: EntityManager): Promise<ApplicantProfileRow | null> {
  return em.findOne(ApplicantProfileEntity, { id: APPLICANT_PROFILE_ID });
}

/** Validates and saves the applicant profile, with a history row (before/after). */
export async function updateApplicantProfile(em: EntityManager, identity: Identity, input: ApplicantProfileInput): Promise<ApplicantProfileRow> {
  const result = validateApplicantProfile(input);
  if (!result.ok) {
    const first = result.problems[0]!;
    throw new ValidationError(first.field, result.problems.map((p) => p.message).join(' '), first.reason);
  }
  const existing = await findApplicantProfile(em);
  const before = existing ? snapshot(existing, KEYS) : null;
  if (existing && JSON.stringify(before) === JSON.stringify(snapshot(result.value, KEYS))) return existing; // nothing changed
  const values = { ...result.value, updatedAt: new Date(), updatedBy: identity.sub };
  const row = existing ? em.assign(existing, values) : em.create(ApplicantProfileEntity, { id: APPLICANT_PROFILE_ID, ...values });
  recordChange(em, identity, 'APPLICANT_PROFILE', APPLICANT_PROFILE_ID, before, snapshot(row, KEYS));
  await em.flush();
  return row;
}
