import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The decisions subgraph's Decision, extended here with `appeal`. Resolvable: the gateway enters
 * this subgraph with a Decision representation to fetch the field; only the key is known here.
 */
@ObjectType('Decision', { description: 'Beslut: MiG:s beslut på en ansökan om statlig ersättning.' })
@Directive('@key(fields: "id")')
export class Decision {
  @Field(() => ID, { description: 'Beslutets id.' })
  id!: string;
}

export function decisionRef(id: string | null | undefined): Decision | null {
  return id ? { id } : null;
}
