import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The claims subgraph's Claim, extended here with `decision`. Resolvable: the gateway enters this
 * subgraph with a Claim representation to fetch the field; only the key is known here.
 */
@ObjectType('Claim', { description: 'Återsökning: ansökan om ersättning för en stadsdels kostnad, som AmF skickar till MiG.' })
@Directive('@key(fields: "id")')
export class Claim {
  @Field(() => ID, { description: 'Återsökningens id.' })
  id!: string;
}

export function claimRef(id: string | null | undefined): Claim | null {
  return id ? { id } : null;
}
