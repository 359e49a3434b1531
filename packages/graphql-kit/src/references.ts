import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A district as the subgraphs that do not own it see it: only the key. The `person` subgraph owns
 * `District`; the description is the owner's so that composition has nothing to reconcile.
 */
@ObjectType('District', { description: 'Stadsdelsförvaltning (SDF). Giltighetstid och efterföljare speglar sammanslagningar, t.ex. Järva 2023-07-01.' })
@Directive('@key(fields: "code", resolvable: false)')
export class DistrictReference {
  @Field(() => ID, { description: 'Stadsdelens kod.' })
  code!: string;
}

export function districtRef(code: string | null | undefined): DistrictReference | null {
  return code ? { code } : null;
}
