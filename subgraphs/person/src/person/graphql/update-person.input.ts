import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType } from 'type-graphql';

@InputType('UpdatePersonInput', { description: 'Aktualisera personuppgifter. Fält som utelämnas lämnas oförändrade.' })
export class UpdatePersonInput {
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true, description: 'Förnamn.' }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: 'Efternamn.' }) lastName?: string | null;
  @Field(() => String, { nullable: true, description: 'Personnummer eller samordningsnummer, 10 eller 12 siffror.' }) personalIdentityNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s individnummer (dossiernummer), 7–8 siffror.' }) migIndividualNumber?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Födelsedatum (annars från personnumret).' }) birthDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Skyddad identitet (samordnare och administratörer).' }) protectedIdentity?: boolean | null;
}
