import { DateTimeScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('AuditEntry', { description: 'En läsning av en persons identitetsuppgifter via API:t (loggas för granskning).' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar, { description: 'När uppgifterna lästes.' })
  at!: Date;

  @Field({ description: 'Användarnamn på den som läste.' })
  username!: string;

  @Field(() => ID, { description: 'Personen vars uppgifter lästes.' })
  personId!: string;

  @Field({ description: 'Vems uppgifter: PERSON (bidragsgrundande person) eller CHILD_REPORT (barnet i en barnanmälan; personId är då anmälans id).' })
  subjectType!: string;

  @Field(() => [String], { description: 'Fälten som lästes: personalIdentityNumber, migIndividualNumber, birthDate.' })
  fields!: string[];

  @Field({ description: 'GraphQL-operationens namn (eller "(namnlös query)").' })
  operation!: string;
}

@ObjectType('AuditEntryEdge', { description: 'En rad i granskningsloggen.' })
export class AuditEntryEdge {
  @Field() cursor!: string;
  @Field(() => AuditEntry) node!: AuditEntry;
}

@ObjectType('AuditEntryConnection', { description: 'Sida av granskningsloggen, senaste först.' })
export class AuditEntryConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [AuditEntryEdge]) edges!: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
