import { DateScalar, DateTimeScalar, MoneyScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ClaimDetailField } from '../domain/claim-details.js';

registerEnumType(ClaimDetailField, {
  name: 'ClaimDetailField',
  description: 'En uppgift på en återsökning som kan ändras (utöver status). Svensk text finns i `fieldLabel`.',
  valuesConfig: {
    UNIT: { description: 'Enhet på stadsdelen.' },
    OFFICER: { description: 'Handläggare på stadsdelen.' },
    AMOUNT: { description: 'Belopp (öre).' },
    PERIOD_FROM: { description: 'Period från och med.' },
    PERIOD_TO: { description: 'Period till och med.' },
    CLAIM_TYPE: { description: 'Ersättningstyp.' },
    PERSON: { description: 'Person.' },
    RESPONSIBLE: { description: 'Ansvarig handläggare på AmF.' },
  },
});

@InputType('ProposeClaimInput', { description: 'AmF föreslår en återsökning till stadsdelen (steg 1b).' })
export class ProposeClaimInput {
  @Field(() => ID, { description: 'Personen.' }) personId!: string;
  @Field({ description: 'Kostnadsbärande stadsdel (kod).' }) districtCode!: string;
  @Field({ description: 'Ersättningstypens kod.' }) claimTypeCode!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Period från och med; stadsdelen kan fylla i.' }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Period till och med; stadsdelen kan fylla i.' }) periodTo?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Belopp i öre; stadsdelen kan fylla i.' }) amount?: number | null;
  @Field(() => String, { nullable: true, description: 'Kommentar till stadsdelen; blir första raden i historiken ("Förslag från AmF: …").' }) comment?: string | null;
}

@InputType('ClaimProposalRowInput', { description: 'En rad i en Excel-fil med förslag, med personen identifierad i webbläsaren.' })
export class ClaimProposalRowInput {
  @Field(() => Int, { description: 'Radnummer i filen (för felmeddelanden).' }) rowNumber!: number;
  @Field(() => ID, { nullable: true, description: 'Personen; tomt om den inte kunde identifieras (se personProblem).' }) personId?: string | null;
  @Field(() => String, { nullable: true, description: 'Varför personen inte kunde identifieras; raden avvisas då.' }) personProblem?: string | null;
  @Field({ description: 'Kostnadsbärande stadsdel (kod).' }) districtCode!: string;
  @Field({ description: 'Ersättningstypens kod.' }) claimTypeCode!: string;
  @Field(() => String, { nullable: true, description: 'Period från och med (ÅÅÅÅ-MM-DD).' }) periodFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Period till och med (ÅÅÅÅ-MM-DD).' }) periodTo?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Belopp i öre.' }) amount?: number | null;
  @Field(() => String, { nullable: true, description: 'Kommentar till stadsdelen.' }) comment?: string | null;
}

@InputType('ImportClaimProposalsInput', { description: 'Förslag från en Excel-fil (steg 1b). Samma fil (kontrollsumma) två gånger skapar inget nytt.' })
export class ImportClaimProposalsInput {
  @Field({ description: 'Filens namn.' }) fileName!: string;
  @Field({ description: 'SHA-256 av filens innehåll, hex.' }) contentHash!: string;
  @Field(() => [ClaimProposalRowInput], { description: 'Filens rader.' }) rows!: ClaimProposalRowInput[];
}

@ObjectType('ClaimProposalRejectedRow', { description: 'En rad som inte blev någon återsökning, och varför.' })
export class ClaimProposalRejectedRow {
  @Field(() => Int, { description: 'Radnummer i filen.' }) rowNumber!: number;
  @Field({ description: 'Fältet det gäller.' }) field!: string;
  @Field({ description: 'Stabil kod: REQUIRED, FORMAT, RANGE, UNKNOWN_DISTRICT, UNKNOWN_CLAIM_TYPE, DUPLICATE, PERSON_NOT_IDENTIFIED …' }) reason!: string;
  @Field({ description: 'Förklaring på svenska.' }) message!: string;
}

@ObjectType('ClaimProposalImportResult', { description: 'Resultatet av en import av förslag.' })
export class ClaimProposalImportResult {
  @Field(() => ID) importId!: string;
  @Field({ description: 'Filen var redan inläst: inget nytt skapades, resultatet är det från första gången.' }) alreadyImported!: boolean;
  @Field(() => Int, { description: 'Antal rader i filen.' }) rowCount!: number;
  @Field(() => Int, { description: 'Antal skapade återsökningar.' }) createdCount!: number;
  @Field(() => [ClaimProposalRejectedRow], { description: 'Avvisade rader.' }) rejectedRows!: ClaimProposalRejectedRow[];
}

@InputType('UpdateClaimDetailsInput', { description: 'Ändra återsökningens uppgifter; tomt fält = oförändrat. Vem som får ändra vad beror på roll och status (se Claim.editableDetails).' })
export class UpdateClaimDetailsInput {
  @Field(() => ID) claimId!: string;
  @Field(() => String, { nullable: true, description: 'Enhet på stadsdelen (kod).' }) unitCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Handläggare på stadsdelen (användarnamn).' }) officerUsername?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Belopp i öre.' }) amount?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Period från och med.' }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Period till och med.' }) periodTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Ersättningstyp (endast AmF).' }) claimTypeCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Person (endast AmF).' }) personId?: string | null;
  @Field(() => String, { nullable: true, description: 'Anledning till ändringen.' }) reason?: string | null;
}

@InputType('AssignClaimResponsibleInput', { description: 'Ansvarig handläggare på AmF.' })
export class AssignClaimResponsibleInput {
  @Field(() => ID) claimId!: string;
  @Field(() => String, { nullable: true, description: 'Handläggarens användarnamn; tomt = Statsbidragsgruppen.' }) username?: string | null;
  @Field(() => String, { nullable: true, description: 'Anledning.' }) reason?: string | null;
}

@ObjectType('ClaimDetailChange', { description: 'En ändrad uppgift: före och efter (belopp i öre, datum ÅÅÅÅ-MM-DD).' })
export class ClaimDetailChange {
  @Field(() => ClaimDetailField) field!: ClaimDetailField;
  @Field({ description: 'Uppgiften i klartext.' }) fieldLabel!: string;
  @Field(() => String, { nullable: true, description: 'Före; tomt = inte ifyllt (för Ansvarig AmF: Statsbidragsgruppen).' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'Efter.' }) after!: string | null;
}

@ObjectType('ClaimEdit', { description: 'En ändring av återsökningens uppgifter (inte status).' })
export class ClaimEdit {
  @Field(() => DateTimeScalar, { description: 'När.' }) at!: Date;
  @Field({ description: 'Vem (användar-id).' }) changedBy!: string;
  @Field(() => [ClaimDetailChange], { description: 'Vad som ändrades.' }) changes!: ClaimDetailChange[];
  @Field(() => String, { nullable: true, description: 'Anledning.' }) reason!: string | null;
}
