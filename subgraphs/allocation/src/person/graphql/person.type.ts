import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The person subgraph's Person, extended here with `flatRates`. Resolvable (the gateway enters this
 * subgraph with a Person representation to fetch the field); only the key is stored elsewhere.
 */
@ObjectType('Person', { description: 'Bidragsgrundande person: den som ersättning söks eller betalas för.' })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID, { description: 'Personens id.' })
  id!: string;
}

export function personRef(id: string | null | undefined): Person | null {
  return id ? { id } : null;
}
