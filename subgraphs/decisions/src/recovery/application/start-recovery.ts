import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { districtAt } from '../../copies/domain/district-at.js';
import { PersonIdentityEntity } from '../../copies/infra/copies.entity.js';
import { DecisionEntity } from '../../decision/infra/decision.entity.js';
import { DecisionSettingsEntity } from '../../settings/infra/decision-settings.entity.js';
import { appealDeadlineOf, DEFAULT_APPEAL_DAYS, recoveryStatus, RecoverySource, stockholmDate, validateNewRecovery, type NewRecoveryInput } from '../domain/recovery.js';
import { RecoveryEntity, type RecoveryRow } from '../infra/recovery.entity.js';
import { recordRecoveryChanged } from './recovery-events.js';

/**
 * An officer starts a recovery by hand (5.1): validated, given the person's district for the
 * period's first day unless a district is named, and an appeal deadline from the settings.
 * The district's contact persons hear of it (event with notify STARTED).
 */
export async function startRecovery(em: EntityManager, input: NewRecoveryInput, identity: Identity, now = new Date()): Promise<RecoveryRow> {
  const today = stockholmDate(now);
  const checked = validateNewRecovery(input, today);
  if (!checked.ok) throw ValidationError.of(checked.problems);
  const v = checked.value;

  let districtCode = v.districtCode;
  if (districtCode === null) {
    const person = await em.findOne(PersonIdentityEntity, { personId: v.personId });
    if (!person) throw new ValidationError('districtCode', 'Personen är okänd i beslutsdelen; ange stadsdel.', 'UNKNOWN_PERSON');
    districtCode = districtAt(person.registrations ?? [], v.periodFrom);
  }
  if (v.decisionId !== null && !(await em.count(DecisionEntity, { id: v.decisionId }))) {
    throw new ValidationError('decisionId', 'Beslutet finns inte.', 'UNKNOWN_DECISION');
  }
  const settings = await em.findOne(DecisionSettingsEntity, { id: 1 });
  const appealDeadline = appealDeadlineOf(v.decidedAt, settings?.appealDays ?? DEFAULT_APPEAL_DAYS);

  const recovery = em.create(RecoveryEntity, {
    id: randomUUID(),
    personId: v.personId,
    districtCode,
    compensationCode: v.compensationCode,
    periodFrom: v.periodFrom,
    periodTo: v.periodTo,
    amount: v.amount,
    offsetAmount: 0,
    reason: v.reason,
    status: recoveryStatus({ amount: v.amount, offsetAmount: 0 }),
    decisionId: v.decisionId,
    migCaseNumber: v.migCaseNumber,
    decidedAt: v.decidedAt,
    appealDeadline,
    proposedAction: v.proposedAction,
    source: RecoverySource.MANUAL,
    createdBy: identity.sub,
  });
  recordRecoveryChanged(em, recovery, { kind: 'STARTED', by: identity.sub, fromSide: 'AMF' });
  await em.flush();
  return recovery;
}
