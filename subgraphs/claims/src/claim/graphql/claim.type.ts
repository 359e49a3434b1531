import { ALL_CLAIM_STATUSES, ClaimInitiator, ClaimStatus } from '@statsbidrag/domain';
import { DateScalar, DateTimeScalar, DistrictReference, MoneyScalar, PageInfo } from '@statsbidrag/graphql-kit';
export { DistrictReference };
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: 'Återsökningens status (kodverk). Svensk text finns i `statusLabel`.',
});
registerEnumType(ClaimInitiator, {
  name: 'ClaimInitiator',
  description: 'Vem som startade återsökningsuppdraget.',
  valuesConfig: { DISTRICT: { description: 'Stadsdelsförvaltningen (steg 1a).' }, AMF: { description: 'AmF föreslog (steg 1b).' } },
});

@ObjectType('ClaimType', { description: 'Återsökningstyp: ersättning som betalas efter ansökan.' })
export class ClaimType {
  @Field(() => ID, { description: 'MiG:s kod, t.ex. GSKA.' }) code!: string;
  @Field({ description: 'Klartext.' }) name!: string;
  @Field({ description: 'Grupp.' }) group!: string;
}

@ObjectType('Person', { description: 'Bidragsgrundande person: den som ersättning söks eller betalas för.' })
@Directive('@key(fields: "id")')
export class PersonReference {
  @Field(() => ID) id!: string;
}

@ObjectType('Claim', { description: 'Återsökning: ansökan om ersättning för en stadsdels kostnad, som AmF skickar till MiG.' })
@Directive('@key(fields: "id")')
export class Claim {
  @Field(() => ID) id!: string;
  @Field(() => ClaimStatus, { description: 'Status (kod).' }) status!: ClaimStatus;
  @Field({ description: 'Status i klartext.' }) statusLabel!: string;
  @Field(() => MoneyScalar, { description: 'Sökt belopp i öre.' }) amount!: number;
  @Field(() => DateScalar, { description: 'Perioden från och med.' }) periodFrom!: string;
  @Field(() => DateScalar, { description: 'Perioden till och med.' }) periodTo!: string;
  @Field(() => ClaimInitiator, { description: 'Vem som startade återsökningen.' }) initiatedBy!: ClaimInitiator;
  @Field(() => String, { nullable: true, description: 'Fråga från stadsdelen till Statsbidragsgruppen.' }) question!: string | null;
  @Field(() => DateTimeScalar, { description: 'Skapad.' }) createdAt!: Date;

  personId!: string;
  districtCode!: string;
  claimTypeCode!: string;
}

@ObjectType('ClaimEdge', { description: 'En återsökning i en lista.' })
export class ClaimEdge {
  @Field() cursor!: string;
  @Field(() => Claim) node!: Claim;
}

@ObjectType('ClaimConnection', { description: 'Sida av återsökningar.' })
export class ClaimConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [ClaimEdge]) edges!: ClaimEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

export { ALL_CLAIM_STATUSES };
