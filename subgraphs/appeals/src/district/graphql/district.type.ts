import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Reference to a district owned by the person subgraph (same description there); only the key is known here. */
@ObjectType('District', { description: 'Stadsdelsförvaltning (SDF). Giltighetstid och efterföljare speglar sammanslagningar, t.ex. Järva 2023-07-01.' })
@Directive('@key(fields: "code", resolvable: false)')
export class District {
  @Field(() => ID, { description: 'Stadsdelens kod.' })
  code!: string;
}

export function districtRef(code: string | null | undefined): District | null {
  return code ? { code } : null;
}
