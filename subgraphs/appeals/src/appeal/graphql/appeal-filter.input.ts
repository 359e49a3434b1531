import { Field, ID, InputType } from 'type-graphql';
import { AppealStatus } from '../domain/appeal.js';

@InputType('AppealFilterInput', { description: 'Urval av överklaganden. Alla villkor ska gälla.' })
export class AppealFilterInput {
  @Field(() => String, { nullable: true, description: 'Bara denna stadsdel (kod).' }) districtCode?: string | null;
  @Field(() => [AppealStatus], { nullable: true, description: 'Bara dessa statusar.' }) statuses?: AppealStatus[] | null;
  @Field(() => ID, { nullable: true, description: 'Bara överklaganden av detta beslut.' }) decisionId?: string | null;
}
