/**
 * The events that cross subgraph boundaries. A topic is `<owner>.<what-happened>`; its payload is
 * plain JSON (ids, codes, ISO dates, labels), never a whole entity. Consumers must accept a
 * redelivered or out-of-order event: payloads carry the state as of `at`, not a delta.
 */

/** Whether a case (claim, appeal) of a person is still open, as its owner sees it. */
export interface CaseStateChanged {
  /** Which subgraph owns the case. */
  context: 'claims' | 'appeals';
  caseId: string;
  /** The person the case concerns (claims); appeals name the decision instead. */
  personId: string | null;
  /** For appeals: the MiG decision appealed against (see decisions.decision-recorded). */
  decisionId: string | null;
  districtCode: string | null;
  /** What a user reads, e.g. "Återsökning FSKA 2024-01-01–2024-03-31". */
  label: string;
  status: string;
  statusLabel: string;
  open: boolean;
  /** When the case reached this state (ISO timestamp): later states win. */
  at: string;
  /** Present when a user changed the case (not for demo data): who should hear of it. */
  notify?: CaseChangeNotice;
}

/** Who made a change, and whom the case names: the owner's view of who is concerned. */
export interface CaseChangeNotice {
  changedBy: string;
  /** The cost-bearing district's officer of the case, if any. */
  officerUsername: string | null;
  /** The reason given with the change (shown to the recipients). */
  reason: string | null;
}

/** A MiG decision is known, with the person it concerns (lets others link appeals to persons). */
export interface DecisionRecorded {
  decisionId: string;
  claimId: string | null;
  personId: string | null;
  districtCode: string | null;
  decidedOn: string;
}

/** A person's personal data was purged (gallring); others remove what they hold about the person. */
export interface PersonPurged {
  personId: string;
  purgedAt: string;
}

/** An e-mail to send (the person subgraph queues its own mail: sent after commit, retried with backoff). */
export interface MailRequested {
  to: string;
  subject: string;
  text: string;
}

/** A claim type's default officer at AmF (null = Statsbidragsgruppen), as the organisation now says. */
export interface DefaultOfficerChanged {
  claimTypeCode: string;
  username: string | null;
  /** When it was set (ISO timestamp): later settings win. */
  at: string;
}

/** A message was written on a claim; the other side is told (never the text, which may name the person). */
export interface ClaimMessagePosted {
  claimId: string;
  districtCode: string;
  /** What a user reads, e.g. "Återsökning FSKA 2024-01-01–2024-03-31". */
  label: string;
  /** DISTRICT or AMF: who wrote it. */
  fromSide: 'DISTRICT' | 'AMF';
  authorUsername: string;
  /** The cost-bearing district's officer of the claim, if any. */
  officerUsername: string | null;
  /** The responsible officer at AmF; null = Statsbidragsgruppen (every coordinator). */
  responsibleUsername: string | null;
}

export interface EventCatalogue {
  'claims.case-state-changed': CaseStateChanged;
  'appeals.case-state-changed': CaseStateChanged;
  'decisions.decision-recorded': DecisionRecorded;
  'person.purged': PersonPurged;
  'person.mail-requested': MailRequested;
  'person.default-officer-changed': DefaultOfficerChanged;
  'claims.message-posted': ClaimMessagePosted;
}

export type EventTopic = keyof EventCatalogue;

export const EVENT_TOPICS: readonly EventTopic[] = [
  'claims.case-state-changed',
  'appeals.case-state-changed',
  'decisions.decision-recorded',
  'person.purged',
  'person.mail-requested',
  'person.default-officer-changed',
  'claims.message-posted',
];
