import { DateScalar } from '@statsbidrag/graphql-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('District', { description: 'Stadsdelsförvaltning (SDF). Giltighetstid och efterföljare speglar sammanslagningar, t.ex. Järva 2023-07-01.' })
@Directive('@key(fields: "code")')
export class District {
  @Field(() => ID, { description: 'Stadsdelens kod.' })
  code!: string;

  @Field({ description: 'Stadsdelsförvaltningens namn.' })
  name!: string;

  @Field(() => DateScalar, { description: 'Giltig från och med.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Giltig till och med (tom om den fortfarande finns).' })
  validTo!: string | null;

  successorCode!: string | null;

  contactUsername!: string | null;
}

export function toDistrict(row: { code: string; name: string; validFrom: string; validTo?: string | null; successorCode?: string | null; contactUsername?: string | null }): District {
  return {
    code: row.code,
    name: row.name,
    validFrom: row.validFrom,
    validTo: row.validTo ?? null,
    successorCode: row.successorCode ?? null,
    contactUsername: row.contactUsername ?? null,
  };
}
