import { DateScalar, DateTimeScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ClosureReason } from '../../closure/domain/closure.js';
import { AddressStatus } from '../domain/address-status.js';

registerEnumType(AddressStatus, {
  name: 'AddressStatus',
  description: 'Adressläge enligt senaste EPS-uttaget. Avvikande personer listas i fördelningen.',
  valuesConfig: {
    OK: { description: 'Adress och stadsdel är kända (ingen avvikelse).' },
    MISSING_ADDRESS: { description: 'Adress saknas i EPS.' },
    UNKNOWN_DISTRICT: { description: 'Adressens stadsdel är okänd.' },
  },
});

registerEnumType(ClosureReason, {
  name: 'ClosureReason',
  description: 'Avslutsorsak.',
  valuesConfig: {
    SCHABLONPERIOD_SLUT: { description: 'Schablonersättningsperiod slut.' },
    AVLIDIT: { description: 'Avlidit.' },
    FLYTTAT_TILL_ANNAN_KOMMUN: { description: 'Flyttat till annan kommun.' },
    SVENSKT_MEDBORGARSKAP: { description: 'Svenskt medborgarskap.' },
    OVRIGT: { description: 'Övrigt (med kommentar).' },
  },
});

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

  @Field({ description: 'Sant om identiteten är ett samordningsnummer.' })
  isCoordinationNumber!: boolean;

  @Field({ description: 'Skyddad identitet: endast begränsade uppgifter visas.' })
  protectedIdentity!: boolean;

  @Field(() => AddressStatus, { description: 'Adressläge enligt senaste EPS-uttaget (adress saknas, okänd stadsdel).' })
  addressStatus!: AddressStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Datum då statsbidragshanteringen avslutades (tomt = pågår).' })
  closedOn!: string | null;

  @Field(() => ClosureReason, { nullable: true, description: 'Avslutsorsak.' })
  closureReason!: ClosureReason | null;

  @Field(() => String, { nullable: true, description: 'Kommentar till avslutet. Tom vid skyddad identitet för den som inte får se den.' })
  closureNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Användarnamn på den som avslutade.' })
  closedBy!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Utflyttningsdatum.' })
  movedOutOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Datum då personuppgiftshanteringen avaktualiserades.' })
  personalDataDeactivatedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Gallringsdatum: personuppgifterna gallras från detta datum om inga ärenden är öppna.' })
  purgeOn!: string | null;

  @Field({ description: 'Sant om gallringsdatumet satts för hand (annars beräknat vid avslut).' })
  purgeOnSetManually!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'När personuppgifterna gallrades. Beloppen i andra ärenden finns kvar, utan personuppgifter.' })
  purgedAt!: Date | null;

  /** Resolved by PersonResolver: every read is written to the audit log. */
  birthDate!: string | null;
  personalIdentityNumber!: string | null;
  migIndividualNumber!: string | null;

  districtCode!: string | null;
  /** The caller may not see this protected person's identity: names, identity number, birth date and addresses are withheld. */
  identityHidden!: boolean;
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

@ObjectType('Registration', { description: 'Folkbokföring: adress och datum, med stadsdelen adressen hörde till.' })
export class Registration {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Adress. Tom om den saknas, eller vid skyddad identitet för den som inte får se den.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Postnummer (123 45).' })
  postalCode!: string | null;

  @Field(() => DateScalar, { description: 'Folkbokföringsdatum.' })
  registeredAt!: string;

  @Field({ description: 'Källa: EPS (uttag från EPS), MANUAL (registrerad för hand) eller SEED (demodata).' })
  source!: string;

  districtCode!: string | null;
}
