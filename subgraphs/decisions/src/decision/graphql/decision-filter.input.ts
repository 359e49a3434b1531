import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, InputType } from 'type-graphql';
import { DecisionOutcome } from '../domain/decision.js';

@InputType('DecisionFilterInput', { description: 'Urval av beslut. Alla villkor ska gälla.' })
export class DecisionFilterInput {
  @Field(() => String, { nullable: true, description: 'Bara denna stadsdel (kod).' }) districtCode?: string | null;
  @Field(() => [DecisionOutcome], { nullable: true, description: 'Bara dessa utfall.' }) outcomes?: DecisionOutcome[] | null;
  @Field(() => String, { nullable: true, description: 'MiG:s diarienummer: exakt eller början av numret.' }) migCaseNumber?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Beslutade detta datum eller senare.' }) decidedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Beslutade detta datum eller tidigare.' }) decidedTo?: string | null;
}
