import { isCentral, type Identity } from '@statsbidrag/domain';
import type { FieldProblem } from '../../claim/domain/claim.js';

/** SHARED: the district and AmF see it. INTERNAL: a note only AmF sees. */
export const MessageVisibility = { SHARED: 'SHARED', INTERNAL: 'INTERNAL' } as const;
export type MessageVisibility = (typeof MessageVisibility)[keyof typeof MessageVisibility];

/** Which side wrote a message. */
export const MessageSide = { DISTRICT: 'DISTRICT', AMF: 'AMF' } as const;
export type MessageSide = (typeof MessageSide)[keyof typeof MessageSide];

export const MAX_MESSAGE_LENGTH = 4000;

/** The problems with a message a user wants to write; empty when it may be saved. */
export function messageProblems(identity: Identity, body: string, internal: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const text = body.trim();
  if (!text) problems.push({ field: 'body', message: 'Skriv ett meddelande.', reason: 'REQUIRED' });
  if (text.length > MAX_MESSAGE_LENGTH) problems.push({ field: 'body', message: `Meddelandet får vara högst ${MAX_MESSAGE_LENGTH.toLocaleString('sv-SE')} tecken.`, reason: 'TOO_LONG' });
  if (internal && !isCentral(identity)) problems.push({ field: 'internal', message: 'Bara AmF kan skriva interna anteckningar.', reason: 'FORBIDDEN_VISIBILITY' });
  return problems;
}

/** Whether the viewer may read a message of this visibility: internal notes are AmF's own. */
export function maySeeMessage(identity: Identity, visibility: string): boolean {
  return visibility === MessageVisibility.SHARED || isCentral(identity);
}
