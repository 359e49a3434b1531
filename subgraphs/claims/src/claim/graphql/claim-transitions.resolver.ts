import { CLAIM_STATUS_LABELS, type ClaimStatus } from '@statsbidrag/domain';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { ClaimsContext } from '../../context.js';
import { changeClaimStatus, stockholmDate } from '../application/change-claim-status.js';
import { allowedTransitions, type TransitionCommand } from '../domain/claim-transitions.js';
import {
  AcceptClaimInput,
  AnswerClaimSupplementInput,
  ConfirmClaimInput,
  DeclineClaimInput,
  FinishClaimInput,
  MarkClaimDocumentsReceivedInput,
  MarkClaimPartlyGrantedInput,
  MarkClaimSentToMigInput,
  RejectClaimInput,
  RequestClaimSupplementInput,
  ResumeClaimPreparationInput,
  StartPreparingClaimInput,
} from './claim-transition.input.js';
import { toClaim, toStatusChange, toSupplementRequest } from './claim.mapper.js';
import { Claim, ClaimStatusChange, ClaimSupplementRequest, ClaimTransition } from './claim.type.js';

/** District steps: the own district only (checked in the application layer). */
const DISTRICT_ROLES = ['DISTRICT_OFFICER', 'DISTRICT_CONTACT'] as const;
const AMF_ROLES = ['COORDINATOR'] as const;
/** After MiG's decision: the coordinator or AmF's administrator. */
const AMF_DECIDED_ROLES = ['COORDINATOR', 'ADMINISTRATOR'] as const;

/** The claim's guarded status changes (steps 1a–5.2), its history and what the caller may do next. */
@Resolver(() => Claim)
export class ClaimTransitionsResolver {
  private async change({ em, identity }: ClaimsContext, claimId: string, command: TransitionCommand): Promise<Claim> {
    return toClaim(await changeClaimStatus(em, identity, claimId, command));
  }

  @Authorized([...DISTRICT_ROLES])
  @Mutation(() => Claim, { description: 'Underlag från stadsdelen har inkommit: INITIERAD_AV_SDF → UNDERLAG_FRAN_SDF_INKOMMEN.' })
  markClaimDocumentsReceived(@Arg('input', () => MarkClaimDocumentsReceivedInput) input: MarkClaimDocumentsReceivedInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'MARK_DOCUMENTS_RECEIVED', comment: input.comment });
  }

  @Authorized([...DISTRICT_ROLES])
  @Mutation(() => Claim, { description: 'Stadsdelen bekräftar AmF:s förslag: INITIERAD_TILL_SDF → ATERSOKNING_BEKRAFTAD_SDF.' })
  confirmClaim(@Arg('input', () => ConfirmClaimInput) input: ConfirmClaimInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'CONFIRM', comment: input.comment });
  }

  @Authorized([...DISTRICT_ROLES])
  @Mutation(() => Claim, { description: 'Stadsdelen avvisar AmF:s förslag med en anledning: INITIERAD_TILL_SDF → ATERSOKNING_AVVISAD_SDF.' })
  declineClaim(@Arg('input', () => DeclineClaimInput) input: DeclineClaimInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'DECLINE', reason: input.reason });
  }

  @Authorized([...AMF_ROLES])
  @Mutation(() => Claim, { description: 'AmF accepterar återsökningen → ATERSOK_ACCEPTERAD_AMF.' })
  acceptClaim(@Arg('input', () => AcceptClaimInput) input: AcceptClaimInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'ACCEPT', comment: input.comment });
  }

  @Authorized([...AMF_ROLES])
  @Mutation(() => Claim, { description: 'AmF avvisar återsökningen med orsak och beskrivning → ATERSOK_AVVISA_AMF.' })
  rejectClaim(@Arg('input', () => RejectClaimInput) input: RejectClaimInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'REJECT', reasonCode: input.reasonCode, reason: input.reason });
  }

  @Authorized([...AMF_ROLES])
  @Mutation(() => Claim, { description: 'AmF börjar förbereda ansökan: ATERSOK_ACCEPTERAD_AMF → ATERSOK_FORBEREDS_AMF.' })
  startPreparingClaim(@Arg('input', () => StartPreparingClaimInput) input: StartPreparingClaimInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'START_PREPARING', comment: input.comment });
  }

  @Authorized([...AMF_ROLES])
  @Mutation(() => Claim, { description: 'AmF begär komplettering med beskrivning och senaste svarsdatum: ATERSOK_FORBEREDS_AMF → KOMPLETTERING_FRAN_SDF_BEGARD.' })
  requestClaimSupplement(@Arg('input', () => RequestClaimSupplementInput) input: RequestClaimSupplementInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'REQUEST_SUPPLEMENT', description: input.description, replyBy: input.replyBy });
  }

  @Authorized([...DISTRICT_ROLES])
  @Mutation(() => Claim, { description: 'Stadsdelen svarar på kompletteringen: KOMPLETTERING_FRAN_SDF_BEGARD → KOMPLETTERING_FRAN_SDF_INKOMMEN.' })
  answerClaimSupplement(@Arg('input', () => AnswerClaimSupplementInput) input: AnswerClaimSupplementInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'ANSWER_SUPPLEMENT', answer: input.answer });
  }

  @Authorized([...AMF_ROLES])
  @Mutation(() => Claim, { description: 'AmF fortsätter förbereda efter kompletteringen: KOMPLETTERING_FRAN_SDF_INKOMMEN → ATERSOK_FORBEREDS_AMF.' })
  resumeClaimPreparation(@Arg('input', () => ResumeClaimPreparationInput) input: ResumeClaimPreparationInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'RESUME_PREPARATION', comment: input.comment });
  }

  @Authorized([...AMF_ROLES])
  @Mutation(() => Claim, { description: 'Ansökan är inskickad till MiG, med MiG:s diarienummer: ATERSOK_FORBEREDS_AMF → ATERSOKNING_INSKICKAD_MIG.' })
  markClaimSentToMig(@Arg('input', () => MarkClaimSentToMigInput) input: MarkClaimSentToMigInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'MARK_SENT_TO_MIG', migCaseNumber: input.migCaseNumber, channel: input.channel, comment: input.comment });
  }

  @Authorized([...AMF_DECIDED_ROLES])
  @Mutation(() => Claim, { description: 'AmF markerar återsökningen som färdigbehandlad: BESLUTAD, DELVIS_BEVILJAT eller UTBETALD → FARDIGBEHANDLAT.' })
  finishClaim(@Arg('input', () => FinishClaimInput) input: FinishClaimInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'FINISH', comment: input.comment });
  }

  @Authorized([...AMF_DECIDED_ROLES])
  @Mutation(() => Claim, { description: 'AmF markerar att MiG beviljade återsökningen delvis: ATERSOKNING_INSKICKAD_MIG, BESLUTAD eller UTBETALD → DELVIS_BEVILJAT.' })
  markClaimPartlyGranted(@Arg('input', () => MarkClaimPartlyGrantedInput) input: MarkClaimPartlyGrantedInput, @Ctx() ctx: ClaimsContext): Promise<Claim> {
    return this.change(ctx, input.claimId, { command: 'MARK_PARTLY_GRANTED', comment: input.comment });
  }

  @Authorized()
  @FieldResolver(() => [ClaimStatusChange], { description: 'Historik: varje statusändring, äldst först (vem, när, från, till, anledning).' })
  async history(@Root() claim: Claim, @Ctx() { loaders }: ClaimsContext): Promise<ClaimStatusChange[]> {
    return (await loaders.historyByClaim.load(claim.id)).map(toStatusChange);
  }

  @Authorized()
  @FieldResolver(() => [ClaimSupplementRequest], { description: 'Kompletteringar som AmF begärt, äldst först.' })
  async supplementRequests(@Root() claim: Claim, @Ctx() { loaders }: ClaimsContext): Promise<ClaimSupplementRequest[]> {
    const today = stockholmDate();
    return (await loaders.supplementsByClaim.load(claim.id)).map((row) => toSupplementRequest(row, today));
  }

  @Authorized()
  @FieldResolver(() => [ClaimTransition], { description: 'Statusändringar som du får göra nu (vilka knappar som ska visas).' })
  allowedTransitions(@Root() claim: Claim, @Ctx() { identity }: ClaimsContext): ClaimTransition[] {
    return allowedTransitions({ status: claim.status, districtCode: claim.districtCode }, identity).map((rule) => ({
      command: rule.command,
      label: rule.label,
      toStatus: rule.to,
      toStatusLabel: CLAIM_STATUS_LABELS[rule.to as ClaimStatus],
    }));
  }
}
