import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, InputType } from 'type-graphql';
import { FlatRateKind } from '../domain/flat-rate-payment.js';

@InputType('FlatRatePaymentFilterInput', { description: 'Urval av schablonersättningar. Alla villkor ska gälla.' })
export class FlatRatePaymentFilterInput {
  @Field(() => String, { nullable: true, description: 'Bara denna stadsdel (kod).' }) districtCode?: string | null;
  @Field(() => FlatRateKind, { nullable: true, description: 'Bara detta slag av schablon.' }) kind?: FlatRateKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'Utbetald detta datum eller senare.' }) paymentDateFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Utbetald detta datum eller tidigare.' }) paymentDateTo?: string | null;
}
