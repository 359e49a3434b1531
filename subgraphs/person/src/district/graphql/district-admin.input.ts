import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, InputType } from 'type-graphql';

@InputType('DistrictInput', { description: 'En stadsdel att lägga till eller ändra (koden identifierar den).' })
export class DistrictInput {
  @Field({ description: 'Kod: versaler A–Z, siffror och understreck, t.ex. NORRA_INNERSTADEN. Kan inte ändras.' }) code!: string;
  @Field({ description: 'Stadsdelsförvaltningens namn.' }) name!: string;
  @Field(() => DateScalar, { description: 'Giltig från och med.' }) validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Giltig till och med; krävs om stadsdelen har en efterträdare.' }) validTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Stadsdelen som tar över; ska gälla dagen efter giltig till.' }) successorCode?: string | null;
}
