import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, type Identity } from '@statsbidrag/domain';
import { DomainError, ErrorCode, ForbiddenError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { DecisionEntity } from '../../decision/infra/decision.entity.js';
import { recordDecisionRecorded } from '../../events/decision-recorded.js';
import { checkDocument } from '../domain/recovery-document.js';
import {
  appealRefusal,
  cancelRefusal,
  checkText,
  MAX_MESSAGE_LENGTH,
  MAX_PROPOSED_ACTION_LENGTH,
  MAX_REASON_LENGTH,
  RECOVERY_APPEAL_DECISION_LABELS,
  RecoveryAppealDecision,
  RecoveryStatus,
  recoveryStatus,
  stockholmDate,
} from '../domain/recovery.js';
import { RecoveryEntity, RecoveryMessageEntity, type RecoveryMessageRow, type RecoveryRow } from '../infra/recovery.entity.js';
import { canSeeRecovery, mayDecideAppeal, sideOf } from './recovery-access.js';
import { recordRecoveryChanged } from './recovery-events.js';

export const RECOVERY_NOT_FOUND = 'Återkravet finns inte, eller hör inte till din stadsdel.';

/** Locks the recovery for this change; one outside the caller's districts does not exist for them. */
async function lockVisible(tx: EntityManager, id: string, identity: Identity): Promise<RecoveryRow> {
  if (!isUuid(id)) throw new NotFoundError(RECOVERY_NOT_FOUND);
  const row = await tx.findOne(RecoveryEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!row || !canSeeRecovery(identity, row)) throw new NotFoundError(RECOVERY_NOT_FOUND);
  return row;
}

function refuse(problem: { field: string; reason: string; message: string }): never {
  throw new ValidationError(problem.field, problem.message, problem.reason);
}

function conflict(reason: string, message: string): never {
  throw new DomainError(ErrorCode.CONFLICT, message, { reason });
}

function addMessage(tx: EntityManager, recoveryId: string, identity: Identity, body: string, document?: { fileName: string; contentType: string; content: Buffer } | null): RecoveryMessageRow {
  return tx.create(RecoveryMessageEntity, {
    id: randomUUID(),
    recoveryId,
    side: sideOf(identity),
    authorUsername: identity.sub,
    body,
    fileName: document?.fileName ?? null,
    contentType: document?.contentType ?? null,
    content: document?.content ?? null,
  });
}

/** AmF proposes what the district should do (5.4); the district's contact persons hear of it. */
export async function proposeRecoveryAction(em: EntityManager, id: string, proposedAction: string, identity: Identity): Promise<RecoveryRow> {
  const text = checkText('proposedAction', proposedAction, MAX_PROPOSED_ACTION_LENGTH, 'Skriv vilken åtgärd ni föreslår.', 'Förslaget till åtgärd');
  if (!text.ok) refuse(text.problem);
  return em.transactional(async (tx) => {
    const row = await lockVisible(tx, id, identity);
    if (row.status === RecoveryStatus.CANCELLED) conflict('CANCELLED', 'Återkravet är makulerat.');
    row.proposedAction = text.text;
    recordRecoveryChanged(tx, row, { kind: 'ACTION_PROPOSED', by: identity.sub, fromSide: 'AMF' });
    return row;
  });
}

export interface RecoveryMessageCommand {
  recoveryId: string;
  body: string;
  fileName?: string | null;
  contentType?: string | null;
  contentBase64?: string | null;
}

/**
 * A message in the thread between AmF and the district (5.5), optionally with a document. The
 * side follows from the caller's role; the other side hears of it.
 */
export async function postRecoveryMessage(em: EntityManager, command: RecoveryMessageCommand, identity: Identity): Promise<RecoveryMessageRow> {
  const body = checkText('body', command.body, MAX_MESSAGE_LENGTH, 'Skriv ett meddelande.', 'Meddelandet');
  if (!body.ok) refuse(body.problem);
  const doc = checkDocument(command.fileName, command.contentBase64);
  if (!doc.ok) refuse(doc.problem);
  return em.transactional(async (tx) => {
    const row = await lockVisible(tx, command.recoveryId, identity);
    const message = addMessage(tx, row.id, identity, body.text, doc.document);
    recordRecoveryChanged(tx, row, { kind: 'MESSAGE', by: identity.sub, fromSide: sideOf(identity) });
    return message;
  });
}

/**
 * The district (its contact person) or the coordinator decides whether to appeal (5.6). APPEAL
 * marks the recovery appealed and, when it names a decision, the decision too (its event is
 * recorded again so the appeal work sees it). Decided once; an appeal only until the deadline.
 */
export async function decideRecoveryAppeal(
  em: EntityManager,
  id: string,
  decision: RecoveryAppealDecision,
  comment: string | null | undefined,
  identity: Identity,
  now = new Date(),
): Promise<RecoveryRow> {
  if (decision !== RecoveryAppealDecision.APPEAL && decision !== RecoveryAppealDecision.ACCEPT) {
    throw new ValidationError('decision', 'Välj om återkravet ska överklagas eller godtas.', 'UNKNOWN');
  }
  const note = comment?.trim() || null;
  if (note !== null && note.length > MAX_MESSAGE_LENGTH) throw new ValidationError('comment', `Kommentaren får vara högst ${MAX_MESSAGE_LENGTH} tecken.`, 'TOO_LONG');
  return em.transactional(async (tx) => {
    const row = await lockVisible(tx, id, identity);
    if (!mayDecideAppeal(identity, row)) throw new ForbiddenError('Bara stadsdelens kontaktperson eller samordnaren beslutar om överklagande.');
    const refusal = appealRefusal(row, decision, stockholmDate(now));
    if (refusal?.code === 'CONFLICT') conflict(refusal.reason, refusal.message);
    if (refusal) throw new ValidationError('decision', refusal.message, refusal.reason);

    row.appealDecision = decision;
    row.appealDecidedBy = identity.sub;
    row.appealDecidedAt = now;
    row.status = recoveryStatus({ amount: Number(row.amount), offsetAmount: Number(row.offsetAmount), appealDecision: decision });
    if (decision === RecoveryAppealDecision.APPEAL && row.decisionId) {
      const marked = await tx.findOne(DecisionEntity, { id: row.decisionId });
      if (marked) {
        marked.appealed = true;
        recordDecisionRecorded(tx, marked);
      }
    }
    const label = RECOVERY_APPEAL_DECISION_LABELS[decision];
    addMessage(tx, row.id, identity, note ? `Beslut: ${label}. ${note}` : `Beslut: ${label}.`);
    recordRecoveryChanged(tx, row, { kind: 'APPEAL_DECIDED', by: identity.sub, fromSide: sideOf(identity) });
    return row;
  });
}

/** AmF cancels a recovery started in error, only while nothing of it has been offset. The reason goes into the thread. */
export async function cancelRecovery(em: EntityManager, id: string, reason: string, identity: Identity): Promise<RecoveryRow> {
  const text = checkText('reason', reason, MAX_REASON_LENGTH, 'Ange varför återkravet makuleras.', 'Skälet');
  if (!text.ok) refuse(text.problem);
  return em.transactional(async (tx) => {
    const row = await lockVisible(tx, id, identity);
    const refusal = cancelRefusal({ status: row.status, offsetAmount: Number(row.offsetAmount) });
    if (refusal) conflict(refusal.reason, refusal.message);
    row.status = RecoveryStatus.CANCELLED;
    addMessage(tx, row.id, identity, `Makulerat: ${text.text}`);
    recordRecoveryChanged(tx, row);
    return row;
  });
}
