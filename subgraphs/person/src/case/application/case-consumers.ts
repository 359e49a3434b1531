import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseStateChanged, EventConsumer } from '@statsbidrag/events';
import { DecisionPersonEntity, PersonCaseEntity } from '../infra/person-case.entity.js';

/** Keeps the newest state of a case: an event older than what is stored changes nothing. */
async function upsertCase(em: EntityManager, state: CaseStateChanged, personId: string | null): Promise<void> {
  const stateAt = new Date(state.at);
  const existing = await em.findOne(PersonCaseEntity, { context: state.context, caseId: state.caseId });
  const values = {
    personId: personId ?? existing?.personId ?? null,
    decisionId: state.decisionId,
    districtCode: state.districtCode,
    label: state.label,
    status: state.status,
    statusLabel: state.statusLabel,
    open: state.open,
    stateAt,
  };
  if (!existing) {
    em.create(PersonCaseEntity, { context: state.context, caseId: state.caseId, ...values });
  } else if (existing.stateAt.getTime() <= stateAt.getTime()) {
    em.assign(existing, values);
  } else if (!existing.personId && values.personId) {
    existing.personId = values.personId;
  }
  await em.flush();
}

export const claimStateConsumer: EventConsumer<'claims.case-state-changed'> = {
  topic: 'claims.case-state-changed',
  name: 'claim-state',
  handle: (em, event) => upsertCase(em, event.payload, event.payload.personId),
};

export const appealStateConsumer: EventConsumer<'appeals.case-state-changed'> = {
  topic: 'appeals.case-state-changed',
  name: 'appeal-state',
  async handle(em, event) {
    const decision = event.payload.decisionId ? await em.findOne(DecisionPersonEntity, { decisionId: event.payload.decisionId }) : null;
    await upsertCase(em, event.payload, decision?.personId ?? event.payload.personId);
  },
};

/** A decision names its person: remember it, and link appeals of that decision that arrived first. */
export const decisionRecordedConsumer: EventConsumer<'decisions.decision-recorded'> = {
  topic: 'decisions.decision-recorded',
  name: 'decision-recorded',
  async handle(em, event) {
    const { decisionId, personId, decidedOn } = event.payload;
    await em.upsert(DecisionPersonEntity, { decisionId, personId, decidedOn });
    if (personId) await em.nativeUpdate(PersonCaseEntity, { decisionId, personId: null }, { personId });
  },
};

export const CASE_CONSUMERS = [claimStateConsumer, appealStateConsumer, decisionRecordedConsumer] as const;
