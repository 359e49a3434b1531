import { ClaimStatus } from '@statsbidrag/domain';
import { DateScalar, MoneyScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export enum ClaimOrderField {
  CREATED_AT = 'CREATED_AT',
  AMOUNT = 'AMOUNT',
  PERIOD_FROM = 'PERIOD_FROM',
  STATUS = 'STATUS',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(ClaimOrderField, { name: 'ClaimOrderField', description: 'Fält att sortera återsökningar på.' });
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Sorteringsordning.' });

@InputType('ClaimFilterInput', { description: 'Filter för återsökningar.' })
export class ClaimFilterInput {
  @Field(() => [ClaimStatus], { nullable: true, description: 'Bara dessa statusar.' }) statuses?: ClaimStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Bara denna kostnadsbärande stadsdel.' }) districtCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Bara denna ersättningstyp.' }) claimTypeCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Bara denna person.' }) personId?: string | null;
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
