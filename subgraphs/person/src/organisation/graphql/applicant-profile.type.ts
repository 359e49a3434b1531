import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, InputType, ObjectType } from 'type-graphql';
import type { ApplicantProfileRow } from '../infra/organisation.entity.js';

@ObjectType('ApplicantProfile', { description: 'Uppgiftslämnaren (ansökande kommun) som står på varje ansökan.' })
export class ApplicantProfile {
  @Field({ description: 'Kommun, t.ex. Stockholms stad.' }) municipalityName!: string;
  @Field({ description: 'Kommunkod, fyra siffror (Stockholm 0180).' }) municipalityCode!: string;
  @Field({ description: 'Postadress.' }) postalAddress!: string;
  @Field({ description: 'Postnummer, NNN NN.' }) postalCode!: string;
  @Field({ description: 'Postort.' }) city!: string;
  @Field({ description: 'Kontaktperson.' }) contactName!: string;
  @Field({ description: 'Telefon.' }) phone!: string;
  @Field({ description: 'E-post.' }) email!: string;
  @Field(() => String, { nullable: true, description: 'Referens.' }) reference!: string | null;
  @Field(() => DateTimeScalar, { description: 'Senast ändrad.' }) updatedAt!: Date;
  @Field({ description: 'Senast ändrad av (användarnamn).' }) updatedBy!: string;
}

export function toApplicantProfile(row: ApplicantProfileRow): ApplicantProfile {
  return {
    municipalityName: row.municipalityName,
    municipalityCode: row.municipalityCode,
    postalAddress: row.postalAddress,
    postalCode: row.postalCode,
    city: row.city,
    contactName: row.contactName,
    phone: row.phone,
    email: row.email,
    reference: row.reference ?? null,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

@InputType('UpdateApplicantProfileInput', { description: 'Uppgiftslämnaren. Alla fält utom referens krävs.' })
export class UpdateApplicantProfileInput {
  @Field({ description: 'Kommun.' }) municipalityName!: string;
  @Field({ description: 'Kommunkod, fyra siffror.' }) municipalityCode!: string;
  @Field({ description: 'Postadress.' }) postalAddress!: string;
  @Field({ description: 'Postnummer, fem siffror (med eller utan mellanslag).' }) postalCode!: string;
  @Field({ description: 'Postort.' }) city!: string;
  @Field({ description: 'Kontaktperson.' }) contactName!: string;
  @Field({ description: 'Telefon, 7–15 siffror; mellanslag, bindestreck och inledande +46 går bra.' }) phone!: string;
  @Field({ description: 'E-post.' }) email!: string;
  @Field(() => String, { nullable: true, description: 'Referens.' }) reference?: string | null;
}
