import { DateScalar, MoneyScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
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
  @Field(() => String, { nullable: true, description: 'Ersättningskod (Ersättning), t.ex. FSKA.' }) claimTypeCode?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Beslutad period, första dag.' }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Beslutad period, sista dag.' }) periodTo?: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s individnummer (7 eller 8 siffror).' }) migIndividualNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Födelsedata.' }) birthData?: string | null;
  @Field(() => String, { nullable: true, description: 'Förnamn.' }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: 'Efternamn.' }) lastName?: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s referens.' }) reference?: string | null;
}

@InputType('DecisionSettingsInput', { description: 'Regler för laga kraft och gallring.' })
export class DecisionSettingsInput {
  @Field(() => Int, { description: 'Laga kraft: antal dagar efter beslutsdatum (1–365).' }) appealDays!: number;
  @Field(() => Int, { description: 'Gallring: antal dagar efter laga kraft (1–3650).' }) purgeDaysAfterFinal!: number;
}
