import { DateScalar } from '@statsbidrag/graphql-kit';
import { Field, InputType } from 'type-graphql';

@InputType('RegisterPersonInput', { description: 'Registrera en bidragsgrundande person. Finns personen redan (samma identitet) returneras den befintliga.' })
export class RegisterPersonInput {
  @Field({ description: 'Förnamn.' }) firstName!: string;
  @Field({ description: 'Efternamn.' }) lastName!: string;
  @Field(() => String, { nullable: true, description: 'Personnummer eller samordningsnummer, 10 eller 12 siffror.' }) personalIdentityNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s individnummer (dossiernummer).' }) migIndividualNumber?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Födelsedatum om identitet saknas.' }) birthDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Stadsdel där personen är folkbokförd.' }) districtCode?: string | null;
}
