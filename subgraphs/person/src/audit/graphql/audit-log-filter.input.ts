import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';

@InputType('AuditLogFilterInput', { description: 'Urval i granskningsloggen. Alla villkor måste gälla.' })
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true, description: 'Endast läsningar av denna person.' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Endast läsningar av denna användare (användarnamn).' })
  username?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Från och med denna tidpunkt.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Till och med denna tidpunkt.' })
  to?: Date | null;
}
