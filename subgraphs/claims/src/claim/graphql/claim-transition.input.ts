import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';
import { ClaimRejectionReason, ClaimSentChannel } from '../domain/claim-transitions.js';

const COMMENT = { nullable: true, description: 'Kommentar som sparas i historiken (högst 4 000 tecken).' } as const;

@InputType('MarkClaimDocumentsReceivedInput', { description: 'Stadsdelen har bifogat underlaget (steg 1a): INITIERAD_AV_SDF → UNDERLAG_FRAN_SDF_INKOMMEN.' })
export class MarkClaimDocumentsReceivedInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field(() => String, COMMENT) comment?: string | null;
}

@InputType('ConfirmClaimInput', { description: 'Stadsdelen bekräftar AmF:s förslag (steg 1b): INITIERAD_TILL_SDF → ATERSOKNING_BEKRAFTAD_SDF.' })
export class ConfirmClaimInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field(() => String, COMMENT) comment?: string | null;
}

@InputType('DeclineClaimInput', { description: 'Stadsdelen avvisar AmF:s förslag (steg 1b): INITIERAD_TILL_SDF → ATERSOKNING_AVVISAD_SDF.' })
export class DeclineClaimInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field({ description: 'Anledning till avvisningen (krävs).' }) reason!: string;
}

@InputType('AcceptClaimInput', { description: 'AmF accepterar återsökningen (steg 2a) → ATERSOK_ACCEPTERAD_AMF.' })
export class AcceptClaimInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field(() => String, COMMENT) comment?: string | null;
}

@InputType('RejectClaimInput', { description: 'AmF avvisar återsökningen (steg 2a) → ATERSOK_AVVISA_AMF.' })
export class RejectClaimInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field(() => ClaimRejectionReason, { description: 'Orsak ur listan.' }) reasonCode!: ClaimRejectionReason;
  @Field({ description: 'Beskrivning av anledningen (krävs).' }) reason!: string;
}

@InputType('StartPreparingClaimInput', { description: 'AmF börjar förbereda ansökan (steg 4): ATERSOK_ACCEPTERAD_AMF → ATERSOK_FORBEREDS_AMF.' })
export class StartPreparingClaimInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field(() => String, COMMENT) comment?: string | null;
}

@InputType('RequestClaimSupplementInput', { description: 'AmF begär komplettering från stadsdelen (steg 3): ATERSOK_FORBEREDS_AMF → KOMPLETTERING_FRAN_SDF_BEGARD.' })
export class RequestClaimSupplementInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field({ description: 'Vilken komplettering som behövs.' }) description!: string;
  @Field(() => DateScalar, { description: 'Senaste svarsdatum; tidigast i dag.' }) replyBy!: string;
}

@InputType('AnswerClaimSupplementInput', { description: 'Stadsdelen kompletterar (steg 3): KOMPLETTERING_FRAN_SDF_BEGARD → KOMPLETTERING_FRAN_SDF_INKOMMEN.' })
export class AnswerClaimSupplementInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field({ description: 'Stadsdelens svar.' }) answer!: string;
}

@InputType('ResumeClaimPreparationInput', { description: 'AmF fortsätter förbereda efter kompletteringen: KOMPLETTERING_FRAN_SDF_INKOMMEN → ATERSOK_FORBEREDS_AMF.' })
export class ResumeClaimPreparationInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field(() => String, COMMENT) comment?: string | null;
}

@InputType('MarkClaimSentToMigInput', { description: 'Ansökan är inskickad till MiG (steg 5.2): ATERSOK_FORBEREDS_AMF → ATERSOKNING_INSKICKAD_MIG.' })
export class MarkClaimSentToMigInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field({ description: 'MiG:s diarienummer för ansökan (krävs).' }) migCaseNumber!: string;
  @Field(() => ClaimSentChannel, { description: 'Per post eller via e-tjänsten.' }) channel!: ClaimSentChannel;
  @Field(() => String, COMMENT) comment?: string | null;
}

@InputType('FinishClaimInput', { description: 'AmF markerar återsökningen som färdigbehandlad efter MiG:s beslut: BESLUTAD, DELVIS_BEVILJAT eller UTBETALD → FARDIGBEHANDLAT.' })
export class FinishClaimInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field(() => String, COMMENT) comment?: string | null;
}

@InputType('MarkClaimPartlyGrantedInput', { description: 'AmF markerar att MiG beviljade återsökningen delvis: ATERSOKNING_INSKICKAD_MIG, BESLUTAD eller UTBETALD → DELVIS_BEVILJAT.' })
export class MarkClaimPartlyGrantedInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field(() => String, COMMENT) comment?: string | null;
}
