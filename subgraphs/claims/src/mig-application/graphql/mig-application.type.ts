import { DateScalar, DateTimeScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('MigApplicant', { description: 'Sökande som den står på ansökan (ansökarprofilen, ev. ändrad för just denna ansökan).' })
export class MigApplicant {
  @Field({ description: 'Kommun.' }) municipalityName!: string;
  @Field({ description: 'Kommunkod, fyra siffror.' }) municipalityCode!: string;
  @Field({ description: 'Postadress.' }) postalAddress!: string;
  @Field({ description: 'Postnummer, NNN NN.' }) postalCode!: string;
  @Field({ description: 'Postort.' }) city!: string;
  @Field({ description: 'Kontaktperson.' }) contactName!: string;
  @Field({ description: 'Telefon.' }) phone!: string;
  @Field({ description: 'E-post.' }) email!: string;
  @Field(() => String, { nullable: true, description: 'Referens.' }) reference!: string | null;
}

@ObjectType('MigDistrictComment', { description: 'Kommentar för en kostnadsbärande stadsdel.' })
export class MigDistrictComment {
  @Field({ description: 'Stadsdelskod.' }) districtCode!: string;
  @Field({ description: 'Kommentar.' }) comment!: string;
}

@ObjectType('DownloadableFile', { description: 'En fil att ladda ned.' })
export class DownloadableFile {
  @Field({ description: 'Filnamn (utan personuppgifter).' }) fileName!: string;
  @Field({ description: 'Medietyp, t.ex. application/pdf.' }) mediaType!: string;
  @Field(() => Int, { description: 'Storlek i byte.' }) sizeBytes!: number;
  @Field({ description: 'Innehållet, base64.' }) contentBase64!: string;
}

@ObjectType('MigApplication', { description: 'Ansökan till MiG (steg 5.1): återsökningar av en ersättningstyp sammanställda till en ansökan.' })
export class MigApplication {
  @Field(() => ID) id!: string;
  @Field({ description: 'Ansökans referens, ANS-ÅÅÅÅ-NNNN.' }) reference!: string;
  @Field(() => DateScalar, { description: 'Perioden från och med (tidigaste i återsökningarna).' }) periodFrom!: string;
  @Field(() => DateScalar, { description: 'Perioden till och med (senaste i återsökningarna).' }) periodTo!: string;
  @Field(() => MigApplicant, { description: 'Sökande.' }) applicant!: MigApplicant;
  @Field(() => [MigDistrictComment], { description: 'Kommentarer per kostnadsbärande stadsdel.' }) districtComments!: MigDistrictComment[];
  @Field(() => DateTimeScalar, { description: 'Skapad.' }) createdAt!: Date;
  @Field({ description: 'Skapad av (användar-id).' }) createdBy!: string;

  claimTypeCode!: string;
}

@ObjectType('MigApplicationSummary', { description: 'En ansökan till MiG som återsökningen ingår i.' })
export class MigApplicationSummary {
  @Field(() => ID) id!: string;
  @Field({ description: 'Ansökans referens, ANS-ÅÅÅÅ-NNNN.' }) reference!: string;
  @Field(() => DateTimeScalar, { description: 'Skapad.' }) createdAt!: Date;
}

@ObjectType('MigApplicationEdge', { description: 'En ansökan i en lista.' })
export class MigApplicationEdge {
  @Field() cursor!: string;
  @Field(() => MigApplication) node!: MigApplication;
}

@ObjectType('MigApplicationConnection', { description: 'Sida av ansökningar till MiG, senaste först.' })
export class MigApplicationConnection {
  @Field(() => Int, { description: 'Totalt antal.' }) totalCount!: number;
  @Field(() => [MigApplicationEdge]) edges!: MigApplicationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

