import { DateScalar, MoneyScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';
import { FlatRateKind } from '../domain/flat-rate-payment.js';

@InputType('RegisterFlatRatePaymentInput', { description: 'Registrera en schablonersättning från MiG för hand.' })
export class RegisterFlatRatePaymentInput {
  @Field(() => ID, { nullable: true, description: 'Personen utbetalningen gäller, om den är känd.' }) personId?: string | null;
  @Field(() => String, { nullable: true, description: 'Stadsdel (kod) som pengarna tillhör. Tomt = ej fördelade medel.' }) districtCode?: string | null;
  @Field({ description: 'MiG:s ersättningskod, högst 16 tecken (t.ex. NSCH).' }) compensationCode!: string;
  @Field(() => FlatRateKind, { description: 'Slag av schablonersättning.' }) kind!: FlatRateKind;
  @Field(() => MoneyScalar, { description: 'Belopp i öre, skilt från noll. Negativt belopp är ett återkrav.' }) amount!: number;
  @Field(() => DateScalar, { description: 'Utbetalningsdatum.' }) paymentDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Ersättningsperiodens första dag.' }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Ersättningsperiodens sista dag (inte före första dagen).' }) periodTo?: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s diarienummer.' }) migCaseNumber?: string | null;
}
