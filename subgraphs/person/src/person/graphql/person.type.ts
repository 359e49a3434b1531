import { DateScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Person', { description: 'Bidragsgrundande person: den som ersättning söks eller betalas för.' })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Förnamn.' })
  firstName!: string;

  @Field({ description: 'Efternamn.' })
  lastName!: string;

  @Field({ description: 'För- och efternamn.' })
  fullName!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Födelsedatum.' })
  birthDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Personnummer eller samordningsnummer, 12 siffror. Tomt vid skyddad identitet för den som inte får se det.' })
  personalIdentityNumber!: string | null;

  @Field({ description: 'Sant om identiteten är ett samordningsnummer.' })
  isCoordinationNumber!: boolean;

  @Field(() => String, { nullable: true, description: 'MiG:s individnummer (dossiernummer), 7–8 siffror.' })
  migIndividualNumber!: string | null;

  @Field({ description: 'Skyddad identitet: endast begränsade uppgifter visas.' })
  protectedIdentity!: boolean;

  districtCode!: string | null;
}

@ObjectType('PersonEdge', { description: 'En person i en lista.' })
export class PersonEdge {
  @Field() cursor!: string;
  @Field(() => Person) node!: Person;
}

@ObjectType('PersonConnection', { description: 'Sida av personer.' })
export class PersonConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [PersonEdge]) edges!: PersonEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
