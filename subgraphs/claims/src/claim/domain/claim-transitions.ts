import { CLAIM_STATUS_LABELS, ClaimStatus, hasAnyRole, Role, ROLE_LABELS, type Identity } from '@statsbidrag/domain';
import type { FieldProblem } from './claim.js';

/**
 * The claim's guarded status transitions (steps 1a–5.2 of the procurement text). Pure: no ORM, no
 * GraphQL. Decided and paid statuses (BESLUTAD …) follow MiG's decisions through an event (see
 * decision-status/); by hand AmF can only mark a decided claim as finished or as partly granted.
 */

/** What a user asks the claim to do; one command a button. */
export const ClaimCommand = {
  MARK_DOCUMENTS_RECEIVED: 'MARK_DOCUMENTS_RECEIVED',
  CONFIRM: 'CONFIRM',
  DECLINE: 'DECLINE',
  ACCEPT: 'ACCEPT',
  REJECT: 'REJECT',
  START_PREPARING: 'START_PREPARING',
  REQUEST_SUPPLEMENT: 'REQUEST_SUPPLEMENT',
  ANSWER_SUPPLEMENT: 'ANSWER_SUPPLEMENT',
  RESUME_PREPARATION: 'RESUME_PREPARATION',
  MARK_SENT_TO_MIG: 'MARK_SENT_TO_MIG',
  FINISH: 'FINISH',
  MARK_PARTLY_GRANTED: 'MARK_PARTLY_GRANTED',
} as const;
export type ClaimCommand = (typeof ClaimCommand)[keyof typeof ClaimCommand];
export const ALL_CLAIM_COMMANDS: readonly ClaimCommand[] = Object.values(ClaimCommand);

/** Why AmF rejects a claim (step 2a: "Vid avvisning väljs orsak"). */
export const ClaimRejectionReason = {
  SAKNAR_UNDERLAG: 'SAKNAR_UNDERLAG',
  FEL_ERSATTNINGSTYP: 'FEL_ERSATTNINGSTYP',
  UTANFOR_PERIOD: 'UTANFOR_PERIOD',
  DUBBLETT: 'DUBBLETT',
  OVRIGT: 'OVRIGT',
} as const;
export type ClaimRejectionReason = (typeof ClaimRejectionReason)[keyof typeof ClaimRejectionReason];
export const CLAIM_REJECTION_REASON_LABELS: Record<ClaimRejectionReason, string> = {
  SAKNAR_UNDERLAG: 'Saknar underlag',
  FEL_ERSATTNINGSTYP: 'Fel ersättningstyp',
  UTANFOR_PERIOD: 'Utanför period/preskriberad',
  DUBBLETT: 'Dubblett',
  OVRIGT: 'Övrigt',
};
export function isClaimRejectionReason(value: unknown): value is ClaimRejectionReason {
  return typeof value === 'string' && value in CLAIM_REJECTION_REASON_LABELS;
}

/** How the application reached MiG (step 5.2). */
export const ClaimSentChannel = { POST: 'POST', E_TJANST: 'E_TJANST' } as const;
export type ClaimSentChannel = (typeof ClaimSentChannel)[keyof typeof ClaimSentChannel];
export const CLAIM_SENT_CHANNEL_LABELS: Record<ClaimSentChannel, string> = { POST: 'Post', E_TJANST: 'MiG:s e-tjänst' };

export const TransitionRefusal = {
  WRONG_STATUS: 'WRONG_STATUS',
  FORBIDDEN_ROLE: 'FORBIDDEN_ROLE',
  OTHER_DISTRICT: 'OTHER_DISTRICT',
  INVALID_INPUT: 'INVALID_INPUT',
} as const;
export type TransitionRefusal = (typeof TransitionRefusal)[keyof typeof TransitionRefusal];

export interface TransitionRule {
  command: ClaimCommand;
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  /** District roles may only act on their own district's claims. */
  roles: readonly Role[];
  /** The button's text. */
  label: string;
  /** "Återsökningen kan inte accepteras" – the start of every refusal message. */
  cannot: string;
}

const DISTRICT: readonly Role[] = [Role.DISTRICT_OFFICER, Role.DISTRICT_CONTACT];
const AMF: readonly Role[] = [Role.COORDINATOR];
/** The steps after MiG's decision: the coordinator or AmF's administrator. */
const AMF_DECIDED: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR];
const S = ClaimStatus;

/** Every allowed transition. A command not listed for a status is refused with WRONG_STATUS. */
export const CLAIM_TRANSITIONS: readonly TransitionRule[] = [
  { command: 'MARK_DOCUMENTS_RECEIVED', from: [S.INITIERAD_AV_SDF], to: S.UNDERLAG_FRAN_SDF_INKOMMEN, roles: DISTRICT, label: 'Markera underlag som inkommet', cannot: 'Underlaget kan inte markeras som inkommet' },
  { command: 'CONFIRM', from: [S.INITIERAD_TILL_SDF], to: S.ATERSOKNING_BEKRAFTAD_SDF, roles: DISTRICT, label: 'Bekräfta återsökning', cannot: 'Återsökningen kan inte bekräftas' },
  { command: 'DECLINE', from: [S.INITIERAD_TILL_SDF], to: S.ATERSOKNING_AVVISAD_SDF, roles: DISTRICT, label: 'Avvisa förslaget', cannot: 'Förslaget kan inte avvisas' },
  {
    command: 'ACCEPT', from: [S.INITIERAD_AV_SDF, S.UNDERLAG_FRAN_SDF_INKOMMEN, S.ATERSOKNING_BEKRAFTAD_SDF], to: S.ATERSOK_ACCEPTERAD_AMF, roles: AMF,
    label: 'Acceptera återsökning', cannot: 'Återsökningen kan inte accepteras',
  },
  {
    command: 'REJECT', from: [S.INITIERAD_AV_SDF, S.UNDERLAG_FRAN_SDF_INKOMMEN, S.ATERSOKNING_BEKRAFTAD_SDF], to: S.ATERSOK_AVVISA_AMF, roles: AMF,
    label: 'Avvisa återsökning', cannot: 'Återsökningen kan inte avvisas',
  },
  { command: 'START_PREPARING', from: [S.ATERSOK_ACCEPTERAD_AMF], to: S.ATERSOK_FORBEREDS_AMF, roles: AMF, label: 'Börja förbereda', cannot: 'Återsökningen kan inte börja förberedas' },
  { command: 'REQUEST_SUPPLEMENT', from: [S.ATERSOK_FORBEREDS_AMF], to: S.KOMPLETTERING_FRAN_SDF_BEGARD, roles: AMF, label: 'Begär komplettering', cannot: 'Komplettering kan inte begäras' },
  { command: 'ANSWER_SUPPLEMENT', from: [S.KOMPLETTERING_FRAN_SDF_BEGARD], to: S.KOMPLETTERING_FRAN_SDF_INKOMMEN, roles: DISTRICT, label: 'Skicka komplettering', cannot: 'Kompletteringen kan inte skickas' },
  { command: 'RESUME_PREPARATION', from: [S.KOMPLETTERING_FRAN_SDF_INKOMMEN], to: S.ATERSOK_FORBEREDS_AMF, roles: AMF, label: 'Återuppta förberedelsen', cannot: 'Förberedelsen kan inte återupptas' },
  {
    command: 'MARK_SENT_TO_MIG', from: [S.ATERSOK_FORBEREDS_AMF], to: S.ATERSOKNING_INSKICKAD_MIG, roles: AMF,
    label: 'Markera som inskickad till MiG', cannot: 'Återsökningen kan inte markeras som inskickad till MiG',
  },
  {
    command: 'FINISH', from: [S.BESLUTAD, S.DELVIS_BEVILJAT, S.UTBETALD], to: S.FARDIGBEHANDLAT, roles: AMF_DECIDED,
    label: 'Markera som färdigbehandlad', cannot: 'Återsökningen kan inte markeras som färdigbehandlad',
  },
  {
    command: 'MARK_PARTLY_GRANTED', from: [S.ATERSOKNING_INSKICKAD_MIG, S.BESLUTAD, S.UTBETALD], to: S.DELVIS_BEVILJAT, roles: AMF_DECIDED,
    label: 'Markera som delvis beviljad', cannot: 'Återsökningen kan inte markeras som delvis beviljad',
  },
];

export function ruleFor(command: ClaimCommand): TransitionRule {
  return CLAIM_TRANSITIONS.find((r) => r.command === command)!;
}

/** What the state machine needs to know about a claim. */
export interface ClaimForTransition {
  status: ClaimStatus;
  districtCode: string;
  /**
   * The details the district fills in on an AmF proposal (step 1b) before it may CONFIRM it:
   * amount (öre), period, unit and officer. Null = not filled in.
   */
  amountOre: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  unitCode: string | null;
  officerUsername: string | null;
}

/** What a claim lacks before the district may confirm AmF's proposal (CONFIRM). */
export function missingForConfirm(claim: ClaimForTransition): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (claim.amountOre == null || !claim.periodFrom || !claim.periodTo) {
    const field = claim.amountOre == null ? 'amount' : !claim.periodFrom ? 'periodFrom' : 'periodTo';
    problems.push({ field, reason: 'REQUIRED', message: 'Fyll i belopp och period innan du bekräftar.' });
  }
  if (!claim.unitCode || !claim.officerUsername) {
    problems.push({ field: !claim.unitCode ? 'unitCode' : 'officerUsername', reason: 'REQUIRED', message: 'Ange enhet och handläggare innan du bekräftar.' });
  }
  return problems;
}

/** A command with what its step needs. Free text is trimmed; dates are ÅÅÅÅ-MM-DD. */
export type TransitionCommand =
  | { command: 'MARK_DOCUMENTS_RECEIVED' | 'CONFIRM' | 'ACCEPT' | 'START_PREPARING' | 'RESUME_PREPARATION' | 'FINISH' | 'MARK_PARTLY_GRANTED'; comment?: string | null }
  | { command: 'DECLINE'; reason?: string | null }
  | { command: 'REJECT'; reasonCode?: string | null; reason?: string | null }
  | { command: 'REQUEST_SUPPLEMENT'; description?: string | null; replyBy?: string | null }
  | { command: 'ANSWER_SUPPLEMENT'; answer?: string | null }
  | { command: 'MARK_SENT_TO_MIG'; migCaseNumber?: string | null; channel?: string | null; comment?: string | null };

/** What changes on the claim besides its status. */
export interface TransitionEffects {
  rejection?: { code: ClaimRejectionReason | null; text: string };
  supplementRequest?: { description: string; replyBy: string };
  supplementAnswer?: { answer: string };
  sentToMig?: { migCaseNumber: string; channel: ClaimSentChannel };
}

export interface TransitionDone {
  ok: true;
  command: ClaimCommand;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  /** The history entry: who, from, to, why (the time is the caller's). */
  history: { changedBy: string; fromStatus: ClaimStatus; toStatus: ClaimStatus; reason: string | null };
  effects: TransitionEffects;
}

export interface TransitionRefused {
  ok: false;
  reason: TransitionRefusal;
  message: string;
  /** The claim's current status (for WRONG_STATUS). */
  status: ClaimStatus;
  problems: FieldProblem[];
}

export type TransitionResult = TransitionDone | TransitionRefused;

export const MAX_TEXT = 4000;
const MAX_CASE_NUMBER = 50;

function statusLabel(status: ClaimStatus): string {
  return CLAIM_STATUS_LABELS[status] ?? status;
}

function roleList(roles: readonly Role[]): string {
  const labels = roles.map((r) => ROLE_LABELS[r]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} eller ${labels[labels.length - 1]}`;
}

/** Why the caller may not use this command on this claim whatever its status, or null. */
function accessRefusal(rule: TransitionRule, claim: Pick<ClaimForTransition, 'status' | 'districtCode'>, identity: Identity): TransitionRefused | null {
  if (!hasAnyRole(identity, rule.roles)) {
    return { ok: false, reason: 'FORBIDDEN_ROLE', status: claim.status, problems: [], message: `${rule.cannot}: det får bara ${roleList(rule.roles)} göra.` };
  }
  const districtOnly = !identity.roles.some((r) => rule.roles.includes(r) && !DISTRICT.includes(r));
  if (districtOnly && !identity.districtCodes.includes(claim.districtCode)) {
    return { ok: false, reason: 'OTHER_DISTRICT', status: claim.status, problems: [], message: `${rule.cannot}: den hör till en annan stadsdel.` };
  }
  return null;
}

const text = (value: string | null | undefined): string => (value ?? '').trim();
const isIsoDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
};

function requiredText(problems: FieldProblem[], field: string, value: string, missing: string): void {
  if (!value) problems.push({ field, reason: 'REQUIRED', message: missing });
  else if (value.length > MAX_TEXT) problems.push({ field, reason: 'TOO_LONG', message: `Texten får vara högst 4 000 tecken (${field}).` });
}

function optionalText(problems: FieldProblem[], field: string, value: string): string | null {
  if (value.length > MAX_TEXT) problems.push({ field, reason: 'TOO_LONG', message: 'Kommentaren får vara högst 4 000 tecken.' });
  return value || null;
}

/** Checks the command's own fields and works out the effects and the history reason. */
function evaluate(cmd: TransitionCommand, today: string): { problems: FieldProblem[]; effects: TransitionEffects; reason: string | null } {
  const problems: FieldProblem[] = [];
  switch (cmd.command) {
    case 'DECLINE': {
      const reason = text(cmd.reason);
      requiredText(problems, 'reason', reason, 'Ange varför stadsdelen avvisar förslaget.');
      return { problems, effects: { rejection: { code: null, text: reason } }, reason };
    }
    case 'REJECT': {
      const reason = text(cmd.reason);
      const code = cmd.reasonCode ?? null;
      if (!code) problems.push({ field: 'reasonCode', reason: 'REQUIRED', message: 'Välj orsak till avvisningen.' });
      else if (!isClaimRejectionReason(code)) problems.push({ field: 'reasonCode', reason: 'UNKNOWN_REASON', message: `Orsaken ${code} finns inte i listan.` });
      requiredText(problems, 'reason', reason, 'Beskriv anledningen till avvisningen.');
      const valid = isClaimRejectionReason(code) ? code : null;
      return { problems, effects: { rejection: { code: valid, text: reason } }, reason: valid ? `${CLAIM_REJECTION_REASON_LABELS[valid]}: ${reason}` : reason };
    }
    case 'REQUEST_SUPPLEMENT': {
      const description = text(cmd.description);
      const replyBy = text(cmd.replyBy);
      requiredText(problems, 'description', description, 'Beskriv vilken komplettering som behövs.');
      if (!replyBy) problems.push({ field: 'replyBy', reason: 'REQUIRED', message: 'Ange senaste svarsdatum.' });
      else if (!isIsoDate(replyBy)) problems.push({ field: 'replyBy', reason: 'FORMAT', message: `${replyBy} är inget giltigt datum (ÅÅÅÅ-MM-DD).` });
      else if (replyBy < today) problems.push({ field: 'replyBy', reason: 'IN_PAST', message: 'Senaste svarsdatum kan inte ligga i det förflutna.' });
      return { problems, effects: { supplementRequest: { description, replyBy } }, reason: description ? `${description} (svar senast ${replyBy})` : null };
    }
    case 'ANSWER_SUPPLEMENT': {
      const answer = text(cmd.answer);
      requiredText(problems, 'answer', answer, 'Skriv stadsdelens svar på kompletteringen.');
      return { problems, effects: { supplementAnswer: { answer } }, reason: answer };
    }
    case 'MARK_SENT_TO_MIG': {
      const migCaseNumber = text(cmd.migCaseNumber);
      const channel = cmd.channel ?? '';
      if (!migCaseNumber) problems.push({ field: 'migCaseNumber', reason: 'REQUIRED', message: 'Ange MiG:s diarienummer för ansökan.' });
      else if (migCaseNumber.length > MAX_CASE_NUMBER) problems.push({ field: 'migCaseNumber', reason: 'TOO_LONG', message: 'Diarienumret får vara högst 50 tecken.' });
      if (!channel) problems.push({ field: 'channel', reason: 'REQUIRED', message: 'Ange om ansökan skickades per post eller via e-tjänsten.' });
      else if (!(channel in CLAIM_SENT_CHANNEL_LABELS)) problems.push({ field: 'channel', reason: 'UNKNOWN_CHANNEL', message: `Sättet ${channel} finns inte.` });
      const comment = optionalText(problems, 'comment', text(cmd.comment));
      const ch = channel as ClaimSentChannel;
      const reason = `Diarienummer ${migCaseNumber} (${CLAIM_SENT_CHANNEL_LABELS[ch] ?? channel})${comment ? `: ${comment}` : ''}`;
      return { problems, effects: { sentToMig: { migCaseNumber, channel: ch } }, reason };
    }
    default:
      return { problems, effects: {}, reason: optionalText(problems, 'comment', text(cmd.comment)) };
  }
}

/**
 * Applies a command to a claim: either the new status with its history entry and effects, or a
 * refusal with a stable reason. Order of checks: role, district, status, then the fields.
 * `today` is the Stockholm date (ÅÅÅÅ-MM-DD) that a reply-by date may not precede.
 */
export function transition(claim: ClaimForTransition, command: TransitionCommand, identity: Identity, today: string): TransitionResult {
  const rule = ruleFor(command.command);
  const denied = accessRefusal(rule, claim, identity);
  if (denied) return denied;
  if (!rule.from.includes(claim.status)) {
    return { ok: false, reason: 'WRONG_STATUS', status: claim.status, problems: [], message: `${rule.cannot}: den har status "${statusLabel(claim.status)}".` };
  }
  const { problems, effects, reason } = evaluate(command, today);
  if (command.command === 'CONFIRM') problems.unshift(...missingForConfirm(claim));
  if (problems.length) {
    return { ok: false, reason: 'INVALID_INPUT', status: claim.status, problems, message: problems.map((p) => p.message).join(' ') };
  }
  return {
    ok: true,
    command: rule.command,
    fromStatus: claim.status,
    toStatus: rule.to,
    history: { changedBy: identity.sub, fromStatus: claim.status, toStatus: rule.to, reason },
    effects,
  };
}

/** The commands the caller may use on this claim now (the buttons a UI shows). */
export function allowedTransitions(claim: Pick<ClaimForTransition, 'status' | 'districtCode'>, identity: Identity): TransitionRule[] {
  return CLAIM_TRANSITIONS.filter((rule) => rule.from.includes(claim.status) && accessRefusal(rule, claim, identity) === null);
}
