import { Field, ID, InputType } from 'type-graphql';

@InputType('ApplicantInput', { description: 'Sökande på ansökan: ansökarprofilen, ev. ändrad för just denna ansökan.' })
export class ApplicantInput {
  @Field({ description: 'Kommun.' }) municipalityName!: string;
  @Field({ description: 'Kommunkod, fyra siffror.' }) municipalityCode!: string;
  @Field({ description: 'Postadress.' }) postalAddress!: string;
  @Field({ description: 'Postnummer, NNN NN.' }) postalCode!: string;
  @Field({ description: 'Postort.' }) city!: string;
  @Field({ description: 'Kontaktperson.' }) contactName!: string;
  @Field({ description: 'Telefon (siffror).' }) phone!: string;
  @Field({ description: 'E-post.' }) email!: string;
  @Field(() => String, { nullable: true, description: 'Referens.' }) reference?: string | null;
}

@InputType('DistrictCommentInput', { description: 'Kommentar för en kostnadsbärande stadsdel bland de valda återsökningarna.' })
export class DistrictCommentInput {
  @Field({ description: 'Stadsdelskod.' }) districtCode!: string;
  @Field({ description: 'Kommentar (högst 2 000 tecken; tom = ingen).' }) comment!: string;
}

@InputType('CompileMigApplicationInput', { description: 'Sammanställ återsökningar till en ansökan till MiG (steg 5.1).' })
export class CompileMigApplicationInput {
  @Field(() => [ID], { description: '1–500 återsökningar av samma ersättningstyp med status ATERSOK_FORBEREDS_AMF eller ATERSOK_ACCEPTERAD_AMF, i den ordning de ska stå.' })
  claimIds!: string[];
  @Field(() => ApplicantInput, { description: 'Sökande.' }) applicant!: ApplicantInput;
  @Field(() => [DistrictCommentInput], { nullable: true, description: 'Kommentar per kostnadsbärande stadsdel.' }) districtComments?: DistrictCommentInput[] | null;
}
