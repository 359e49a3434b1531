import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';
import { DecisionOutcome } from '../domain/decision.js';

@InputType('DecisionFilterInput', { description: 'Urval av beslut. Alla villkor ska gälla.' })
export class DecisionFilterInput {
  @Field(() => String, { nullable: true, description: 'Bara denna stadsdel (kod).' }) districtCode?: string | null;
  @Field(() => [DecisionOutcome], { nullable: true, description: 'Bara dessa utfall.' }) outcomes?: DecisionOutcome[] | null;
  @Field(() => String, { nullable: true, description: 'MiG:s diarienummer: exakt eller början av numret.' }) migCaseNumber?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Beslutade detta datum eller senare.' }) decidedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Beslutade detta datum eller tidigare.' }) decidedTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Bara denna ersättningskod.' }) claimTypeCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Bara beslut på denna återsökning.' }) claimId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Bara beslut om denna person.' }) personId?: string | null;
  @Field(() => String, { nullable: true, description: 'Bara beslut från denna källa (IMPORT, OCR, MANUAL).' }) source?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: bara beslut som vunnit laga kraft; false: bara de som inte gjort det.' }) final?: boolean | null;
}
