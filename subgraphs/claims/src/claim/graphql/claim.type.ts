import { ALL_CLAIM_STATUSES, ClaimInitiator, ClaimStatus } from '@statsbidrag/domain';
import { DateScalar, DateTimeScalar, DistrictReference, MoneyScalar, PageInfo } from '@statsbidrag/graphql-kit';
export { DistrictReference };
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ClaimCommand, ClaimRejectionReason, ClaimSentChannel } from '../domain/claim-transitions.js';

registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: 'Återsökningens status (kodverk). Svensk text finns i `statusLabel`.',
});
registerEnumType(ClaimInitiator, {
  name: 'ClaimInitiator',
  description: 'Vem som startade återsökningsuppdraget.',
  valuesConfig: { DISTRICT: { description: 'Stadsdelsförvaltningen (steg 1a).' }, AMF: { description: 'AmF föreslog (steg 1b).' } },
});

registerEnumType(ClaimRejectionReason, {
  name: 'ClaimRejectionReason',
  description: 'Orsak när AmF avvisar en återsökning (steg 2a). Svensk text finns i `rejectionReasonLabel`.',
  valuesConfig: {
    SAKNAR_UNDERLAG: { description: 'Saknar underlag.' },
    FEL_ERSATTNINGSTYP: { description: 'Fel ersättningstyp.' },
    UTANFOR_PERIOD: { description: 'Utanför period/preskriberad.' },
    DUBBLETT: { description: 'Dubblett.' },
    OVRIGT: { description: 'Övrigt.' },
  },
});
registerEnumType(ClaimSentChannel, {
  name: 'ClaimSentChannel',
  description: 'Hur ansökan skickades till MiG (steg 5.2).',
  valuesConfig: { POST: { description: 'Per post.' }, E_TJANST: { description: 'Via MiG:s e-tjänst.' } },
});
registerEnumType(ClaimCommand, {
  name: 'ClaimCommand',
  description: 'En statusändring som en användare kan göra på en återsökning; varje värde motsvarar en mutation.',
  valuesConfig: {
    MARK_DOCUMENTS_RECEIVED: { description: 'markClaimDocumentsReceived: underlag från SDF inkommet.' },
    CONFIRM: { description: 'confirmClaim: stadsdelen bekräftar AmF:s förslag.' },
    DECLINE: { description: 'declineClaim: stadsdelen avvisar AmF:s förslag.' },
    ACCEPT: { description: 'acceptClaim: AmF accepterar.' },
    REJECT: { description: 'rejectClaim: AmF avvisar.' },
    START_PREPARING: { description: 'startPreparingClaim: AmF börjar förbereda ansökan.' },
    REQUEST_SUPPLEMENT: { description: 'requestClaimSupplement: AmF begär komplettering.' },
    ANSWER_SUPPLEMENT: { description: 'answerClaimSupplement: stadsdelen kompletterar.' },
    RESUME_PREPARATION: { description: 'resumeClaimPreparation: AmF återupptar förberedelsen.' },
    MARK_SENT_TO_MIG: { description: 'markClaimSentToMig: ansökan inskickad till MiG.' },
    FINISH: { description: 'finishClaim: AmF markerar återsökningen som färdigbehandlad.' },
    MARK_PARTLY_GRANTED: { description: 'markClaimPartlyGranted: AmF markerar återsökningen som delvis beviljad.' },
  },
});

@ObjectType('ClaimStatusChange', { description: 'En statusändring i återsökningens historik.' })
export class ClaimStatusChange {
  @Field(() => DateTimeScalar, { description: 'När.' }) at!: Date;
  @Field({ description: 'Vem (användar-id).' }) changedBy!: string;
  @Field(() => ClaimStatus, { nullable: true, description: 'Status före; tomt när återsökningen skapades.' }) fromStatus!: ClaimStatus | null;
  @Field(() => ClaimStatus, { description: 'Status efter.' }) toStatus!: ClaimStatus;
  @Field({ description: 'Status efter, i klartext.' }) toStatusLabel!: string;
  @Field(() => String, { nullable: true, description: 'Anledning, kommentar, komplettering eller diarienummer.' }) reason!: string | null;
}

@ObjectType('ClaimSupplementRequest', { description: 'Komplettering som AmF begärt från stadsdelen (steg 3).' })
export class ClaimSupplementRequest {
  @Field(() => ID) id!: string;
  @Field({ description: 'Vilken komplettering som behövs.' }) description!: string;
  @Field(() => DateScalar, { description: 'Senaste svarsdatum.' }) replyBy!: string;
  @Field(() => DateTimeScalar, { description: 'När kompletteringen begärdes.' }) requestedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Stadsdelens svar.' }) answer!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'När stadsdelen svarade.' }) answeredAt!: Date | null;
  @Field({ description: 'Försenad: inte besvarad och senaste svarsdatum har passerat.' }) overdue!: boolean;
}

@ObjectType('ClaimTransition', { description: 'En statusändring som du får göra på återsökningen nu (en knapp).' })
export class ClaimTransition {
  @Field(() => ClaimCommand, { description: 'Vilken ändring (och därmed vilken mutation).' }) command!: ClaimCommand;
  @Field({ description: 'Knappens text.' }) label!: string;
  @Field(() => ClaimStatus, { description: 'Status efter ändringen.' }) toStatus!: ClaimStatus;
  @Field({ description: 'Status efter ändringen, i klartext.' }) toStatusLabel!: string;
}

@ObjectType('ClaimType', { description: 'Återsökningstyp: ersättning som betalas efter ansökan.' })
export class ClaimType {
  @Field(() => ID, { description: 'MiG:s kod, t.ex. GSKA.' }) code!: string;
  @Field({ description: 'Klartext.' }) name!: string;
  @Field({ description: 'Grupp.' }) group!: string;
}

@ObjectType('Person', { description: 'Bidragsgrundande person: den som ersättning söks eller betalas för.' })
@Directive('@key(fields: "id")')
export class PersonReference {
  @Field(() => ID) id!: string;
}

@ObjectType('Claim', { description: 'Återsökning: ansökan om ersättning för en stadsdels kostnad, som AmF skickar till MiG.' })
@Directive('@key(fields: "id")')
export class Claim {
  @Field(() => ID) id!: string;
  @Field(() => ClaimStatus, { description: 'Status (kod).' }) status!: ClaimStatus;
  @Field({ description: 'Status i klartext.' }) statusLabel!: string;
  @Field(() => MoneyScalar, { nullable: true, description: 'Sökt belopp i öre. Tomt medan AmF:s förslag väntar på stadsdelens uppgifter.' }) amount!: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Perioden från och med. Tomt medan AmF:s förslag väntar på stadsdelens uppgifter.' }) periodFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Perioden till och med. Tomt medan AmF:s förslag väntar på stadsdelens uppgifter.' }) periodTo!: string | null;
  @Field(() => ClaimInitiator, { description: 'Vem som startade återsökningen.' }) initiatedBy!: ClaimInitiator;
  @Field(() => String, { nullable: true, description: 'Fråga från stadsdelen till Statsbidragsgruppen.' }) question!: string | null;
  @Field(() => DateTimeScalar, { description: 'Skapad.' }) createdAt!: Date;
  @Field(() => ClaimRejectionReason, { nullable: true, description: 'AmF:s orsak till avvisning (kod).' }) rejectionReason!: ClaimRejectionReason | null;
  @Field(() => String, { nullable: true, description: 'AmF:s orsak till avvisning i klartext.' }) rejectionReasonLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'Anledning till avvisning, från stadsdelen eller AmF.' }) rejectionReasonText!: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s diarienummer för ansökan.' }) migCaseNumber!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'När ansökan markerades som inskickad till MiG.' }) sentToMigAt!: Date | null;
  @Field(() => ClaimSentChannel, { nullable: true, description: 'Hur ansökan skickades till MiG.' }) sentChannel!: ClaimSentChannel | null;
  @Field(() => String, { nullable: true, description: 'Ansvarig handläggare på AmF (användarnamn); tomt = Statsbidragsgruppen.' }) responsibleUsername!: string | null;
  @Field({ description: 'Ansvarig på AmF i klartext: handläggarens användarnamn eller "Statsbidragsgruppen".' }) responsibleLabel!: string;
  @Field(() => String, { nullable: true, description: 'Enhet på stadsdelen (kod) som handlägger återsökningen; tomt tills kontaktpersonen tilldelat.' }) unitCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Handläggare på stadsdelen (användarnamn); tomt tills kontaktpersonen tilldelat.' }) officerUsername!: string | null;

  personId!: string;
  districtCode!: string;
  claimTypeCode!: string;
}

@ObjectType('ClaimEdge', { description: 'En återsökning i en lista.' })
export class ClaimEdge {
  @Field() cursor!: string;
  @Field(() => Claim) node!: Claim;
}

@ObjectType('ClaimConnection', { description: 'Sida av återsökningar.' })
export class ClaimConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [ClaimEdge]) edges!: ClaimEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

export { ALL_CLAIM_STATUSES };
