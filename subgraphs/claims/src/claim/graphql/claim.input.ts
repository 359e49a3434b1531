import { ClaimInitiator, ClaimStatus } from '@statsbidrag/domain';
import { DateScalar, MoneyScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export enum ClaimOrderField {
  CREATED_AT = 'CREATED_AT',
  AMOUNT = 'AMOUNT',
  PERIOD_FROM = 'PERIOD_FROM',
  STATUS = 'STATUS',
  CLAIM_TYPE = 'CLAIM_TYPE',
  DISTRICT = 'DISTRICT',
  PERIOD_TO = 'PERIOD_TO',
  MIG_CASE_NUMBER = 'MIG_CASE_NUMBER',
  RESPONSIBLE = 'RESPONSIBLE',
  UNIT = 'UNIT',
  UPDATED_AT = 'UPDATED_AT',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(ClaimOrderField, {
  name: 'ClaimOrderField',
  description: 'Fält att sortera återsökningar på. Tomma värden kommer sist; lika värden ordnas efter id.',
  valuesConfig: {
    CREATED_AT: { description: 'Skapad.' },
    AMOUNT: { description: 'Belopp.' },
    PERIOD_FROM: { description: 'Period från.' },
    PERIOD_TO: { description: 'Period till.' },
    STATUS: { description: 'Status (kod).' },
    CLAIM_TYPE: { description: 'Ersättningstypens namn.' },
    DISTRICT: { description: 'Kostnadsbärande stadsdels kod.' },
    MIG_CASE_NUMBER: { description: 'MiG:s diarienummer.' },
    RESPONSIBLE: { description: 'Ansvarig handläggare på AmF (tom = Statsbidragsgruppen, sist).' },
    UNIT: { description: 'Enhet (kod).' },
    UPDATED_AT: { description: 'Senast ändrad.' },
  },
});
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Sorteringsordning.' });

@InputType('ClaimFilterInput', { description: 'Filter för återsökningar. Alla angivna villkor gäller samtidigt (OCH).' })
export class ClaimFilterInput {
  @Field(() => [ClaimStatus], { nullable: true, description: 'Bara dessa statusar.' }) statuses?: ClaimStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Bara denna kostnadsbärande stadsdel.' }) districtCode?: string | null;
  @Field(() => [String], { nullable: true, description: 'Bara dessa kostnadsbärande stadsdelar (en stadsdels användare får ändå bara sina egna).' }) districtCodes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Bara denna enhet (kod).' }) unitCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Bara denna handläggare på stadsdelen (användarnamn).' }) officerUsername?: string | null;
  @Field(() => String, { nullable: true, description: 'Bara denna ansvariga handläggare på AmF (användarnamn).' }) responsibleUsername?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: bara återsökningar där Statsbidragsgruppen är ansvarig (ingen handläggare); false: bara de som har en ansvarig handläggare.' }) responsibleIsGroup?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Bara denna ersättningstyp.' }) claimTypeCode?: string | null;
  @Field(() => [String], { nullable: true, description: 'Bara dessa ersättningstyper (koder).' }) claimTypeCodes?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Perioden överlappar tiden från och med detta datum.' }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Perioden överlappar tiden till och med detta datum.' }) periodTo?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Belopp minst (öre, inklusive).' }) amountMin?: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Belopp högst (öre, inklusive).' }) amountMax?: number | null;
  @Field(() => ID, { nullable: true, description: 'Bara denna person.' }) personId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Bara dessa personer.' }) personIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'MiG:s diarienummer innehåller denna text (skiftlägesokänsligt).' }) migCaseNumber?: string | null;
  @Field(() => ClaimInitiator, { nullable: true, description: 'Vem som startade återsökningen.' }) initiatedBy?: ClaimInitiator | null;
  @Field(() => Boolean, { nullable: true, description: 'true: bara återsökningar med en obesvarad komplettering vars svarsdatum passerats; false: bara de utan.' }) overdue?: boolean | null;
}

@InputType('ClaimOrderInput', { description: 'Sortering.' })
export class ClaimOrderInput {
  @Field(() => ClaimOrderField) field!: ClaimOrderField;
  @Field(() => SortDirection) direction!: SortDirection;
}

@InputType('InitiateClaimInput', { description: 'Stadsdelen startar en återsökning (steg 1a).' })
export class InitiateClaimInput {
  @Field(() => ID, { description: 'Personen.' }) personId!: string;
  @Field({ description: 'Kostnadsbärande stadsdel.' }) districtCode!: string;
  @Field({ description: 'Ersättningstypens kod.' }) claimTypeCode!: string;
  @Field(() => MoneyScalar, { description: 'Belopp i öre.' }) amount!: number;
  @Field(() => DateScalar, { description: 'Period från och med.' }) periodFrom!: string;
  @Field(() => DateScalar, { description: 'Period till och med.' }) periodTo!: string;
  @Field(() => String, { nullable: true, description: 'Fråga till Statsbidragsgruppen.' }) question?: string | null;
  @Field(() => String, { nullable: true, description: 'Kostnadsbärande enhet (enhetskod).' }) unitCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Handläggare på stadsdelen (användarnamn); standard är du själv om du arbetar på stadsdelen.' }) officerUsername?: string | null;
}
