import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';
import { AppealStatus } from '../domain/appeal.js';

@InputType('RegisterAppealInput', { description: 'Registrera en överklagan av ett beslut från MiG.' })
export class RegisterAppealInput {
  @Field(() => ID, { description: 'Beslutet som överklagas.' }) decisionId!: string;
  @Field(() => String, { nullable: true, description: 'Stadsdel (kod) som beslutet gäller.' }) districtCode?: string | null;
  @Field(() => AppealStatus, { defaultValue: AppealStatus.DRAFT, description: 'Status. Utkast om inget anges.' }) status!: AppealStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Datum då beslutet överklagades. Krävs för alla statusar utom utkast.' }) appealedAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Förvaltningsrättens mål nr. Krävs när målet ligger hos kammarrätten.' }) administrativeCourtCaseNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'AmF:s diarienummer.' }) amfCaseNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Fritext, högst 4000 tecken.' }) note?: string | null;
}
