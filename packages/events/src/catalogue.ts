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

/** A MiG decision is known, with the person it concerns (lets others link appeals to persons). State as of `at`. */
export interface DecisionRecorded {
  decisionId: string;
  claimId: string | null;
  personId: string | null;
  districtCode: string | null;
  decidedOn: string;
  /** DecisionOutcome (BEVILJAD, DELVIS_BEVILJAD, AVVISAD, AVSLAG, …); absent in events from before issue 5. */
  outcome?: string;
  outcomeLabel?: string;
  /** Granted amount, integer öre. */
  grantedAmount?: number;
  /** Paid so far against this decision (öre, MiG's payment specifications); 0 until paid. */
  paidAmount?: number;
  paidOn?: string | null;
  /** Laga kraft: the decision is final on this date unless appealed (= the last day to appeal). */
  finalAt?: string;
  /** True when the decision has been appealed (then it is not final on `finalAt`). */
  appealed?: boolean;
  /** What a user reads, e.g. "Beslut 1.1.3-2025-1234 (FSKA 2025-01-01–2025-03-31)". */
  label?: string;
  /** When the decision reached this state (ISO timestamp): later states win. */
  at?: string;
  /** Present when MiG's decision should be told to people (like MiG's own notices). */
  notify?: DecisionNotice;
}

/**
 * MiG's notices (manual ch. 7): avslag, avvisning, delvis beviljad, återkrav, beviljad efter ny
 * prövning. Sent to the claim's officer, the coordinators and the district's contact person.
 */
export interface DecisionNotice {
  kind: 'AVSLAG' | 'AVVISNING' | 'DELVIS_BEVILJAD' | 'ATERKRAV' | 'BEVILJAD_EFTER_NY_PROVNING';
  /** The cost-bearing district's officer of the claim, if any. */
  officerUsername: string | null;
  /** Who recorded it (import or hand), or "system". */
  recordedBy: string;
}

/**
 * What other contexts need of a claim to match MiG's decisions and payments to it (the decisions
 * subgraph keeps a copy). Published whenever one of these fields or the status changes.
 */
export interface ClaimChanged {
  claimId: string;
  personId: string | null;
  districtCode: string | null;
  claimTypeCode: string;
  periodFrom: string | null;
  periodTo: string | null;
  /** Claimed amount, integer öre (null until the district has filled it in). */
  amount: number | null;
  /** MiG's diarienummer once the claim was sent (5.2). */
  migCaseNumber: string | null;
  officerUsername: string | null;
  status: string;
  /** ISO timestamp: later states win. */
  at: string;
}

/**
 * A person's identifiers and registration districts as the person subgraph holds them, so that
 * other contexts can match MiG's rows to persons and find the person's district for a period.
 */
export interface PersonIdentityChanged {
  personId: string;
  /** 12 digits, normalised (personnummer or samordningsnummer); null when unknown or purged. */
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
  birthDate: string | null;
  /** Registration history, oldest first: from this date the person belonged to this district (null = no address/district). */
  registrations: { from: string; districtCode: string | null }[];
  /** Set when the person was merged into another one: use that id instead. */
  mergedInto: string | null;
  /** True once the personal data was purged (identifiers are then null). */
  purged: boolean;
  /** Utflyttningsdatum: the person moved out of the city on this date (flat-rate payments stop). */
  movedOutOn?: string | null;
  /** ISO timestamp: later states win. */
  at: string;
}

/**
 * A line of MiG's payment specification, as the decisions subgraph matched it (state as of `at`).
 * Positive = paid to the city, negative = recovery offset. The allocation work consumes it.
 */
export interface PaymentLineRecorded {
  paymentLineId: string;
  /** ÅÅÅÅ-MM: the month MiG paid. */
  month: string;
  account: string | null;
  compensationCode: string;
  /** Integer öre; negative for recovery lines. */
  amount: number;
  personId: string | null;
  decisionId: string | null;
  claimId: string | null;
  /** The cost-bearing district (claim), else the person's district for the period. */
  districtCode: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  at: string;
}

/**
 * A recovery demand (återkrav) and how much of it is settled. Offset at the next payment: the
 * allocation work deducts `remainingAmount` and answers nothing; a remainder carries forward.
 */
export interface RecoveryChanged {
  recoveryId: string;
  personId: string | null;
  districtCode: string | null;
  compensationCode: string;
  periodFrom: string | null;
  periodTo: string | null;
  /** Demanded amount, integer öre (positive). */
  amount: number;
  /** Offset against payments so far (öre). */
  offsetAmount: number;
  /** amount − offsetAmount. */
  remainingAmount: number;
  /** OPEN, APPEALED, OFFSET_PARTLY, SETTLED, CANCELLED. */
  status: string;
  decisionId: string | null;
  /** Last day to appeal the recovery decision. */
  appealDeadline: string | null;
  /** What a user reads, e.g. "Återkrav FSKA 2025-01-01–2025-03-31". */
  label?: string;
  at: string;
  /** Present when people should hear of the change (the person subgraph notifies them). */
  notify?: RecoveryNotice;
  /**
   * Present when this change is an offset at a payment (5.7): the payment month (ÅÅÅÅ-MM), the öre
   * deducted now and the payment import. The allocation work books it on that month.
   */
  offset?: RecoveryOffsetBooked;
}

export interface RecoveryOffsetBooked {
  month: string;
  amount: number;
  importId: string | null;
}

/**
 * Who should hear of a recovery: STARTED and ACTION_PROPOSED go to the district's contact persons
 * (with AmF's proposed action), MESSAGE to the other side of the thread, APPEAL_DECIDED to the
 * coordinators. Never personal data in an e-mail: only a link to the recovery.
 */
export interface RecoveryNotice {
  kind: 'STARTED' | 'ACTION_PROPOSED' | 'MESSAGE' | 'APPEAL_DECIDED';
  /** Who did it (username). */
  by: string;
  /** Which side acted: AMF or DISTRICT. */
  fromSide: 'AMF' | 'DISTRICT';
}

/**
 * A person's generalschablon handling closed by itself: the ninth instalment is paid
 * (SCHABLONPERIOD_SLUT, dated the end of the last ersättningsperiod). The person subgraph closes the
 * person's grant handling with the same reason and date unless claims or appeals are still open.
 */
export interface FlatRateCaseClosed {
  personId: string;
  closedOn: string;
  reason: 'SCHABLONPERIOD_SLUT';
  at: string;
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

/**
 * The allocation work met a person in MiG's flat-rate file that the person register lacks and a
 * coordinator registered them (issue 6): the person subgraph creates the person with this id
 * (idempotent; an identifier already taken is logged and skipped).
 */
export interface PersonRegistrationRequested {
  personId: string;
  firstName: string;
  lastName: string;
  /** 12 digits, or null when only the MiG number is known. */
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
  /** ÅÅÅÅ-MM-DD. */
  birthDate: string;
  /** Username of the coordinator who registered the person. */
  requestedBy: string;
  at: string;
}

export interface EventCatalogue {
  'claims.case-state-changed': CaseStateChanged;
  'appeals.case-state-changed': CaseStateChanged;
  'decisions.decision-recorded': DecisionRecorded;
  'person.purged': PersonPurged;
  'person.mail-requested': MailRequested;
  'person.default-officer-changed': DefaultOfficerChanged;
  'claims.message-posted': ClaimMessagePosted;
  'claims.claim-changed': ClaimChanged;
  'person.identity-changed': PersonIdentityChanged;
  'decisions.payment-line-recorded': PaymentLineRecorded;
  'decisions.recovery-changed': RecoveryChanged;
  'allocation.flat-rate-case-closed': FlatRateCaseClosed;
  'allocation.person-registration-requested': PersonRegistrationRequested;
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
  'claims.claim-changed',
  'person.identity-changed',
  'decisions.payment-line-recorded',
  'decisions.recovery-changed',
  'allocation.flat-rate-case-closed',
  'allocation.person-registration-requested',
];
