import { DateScalar, MoneyScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';
import { DecisionOutcome } from '../domain/decision.js';

@InputType('RegisterDecisionInput', { description: 'Registrera MiG:s beslut på en ansökan. Laga kraft-datum räknas fram (beslutsdatum plus tre veckor).' })
export class RegisterDecisionInput {
  @Field(() => ID, { nullable: true, description: 'Återsökningen beslutet gäller, om den finns i systemet.' }) claimId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Personen beslutet gäller, om den är känd.' }) personId?: string | null;
  @Field(() => String, { nullable: true, description: 'Stadsdel (kod) som bar kostnaden.' }) districtCode?: string | null;
  @Field({ description: 'MiG:s diarienummer för ansökan.' }) migCaseNumber!: string;
  @Field(() => DecisionOutcome, { description: 'Beslutets utfall.' }) outcome!: DecisionOutcome;
  @Field(() => DateScalar, { description: 'Beslutsdatum (inte i framtiden).' }) decidedAt!: string;
  @Field(() => MoneyScalar, { description: 'Beviljat belopp i öre: 0 vid avslag eller avvisning, annars över 0.' }) grantedAmount!: number;
}
