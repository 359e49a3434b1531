import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Reference to a person owned by the person subgraph; only the key is known here. */
@ObjectType('Person', { description: 'Bidragsgrundande person: den som ersättning söks eller betalas för.' })
@Directive('@key(fields: "id", resolvable: false)')
export class Person {
  @Field(() => ID, { description: 'Personens id.' })
  id!: string;
}

export function personRef(id: string | null | undefined): Person | null {
  return id ? { id } : null;
}
