import { DateScalar, DateTimeScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PersonCase } from '../../case/graphql/person-case.type.js';
import { Person } from '../../person/graphql/person.type.js';

@ObjectType('PurgeRecord', { description: 'Gallringslogg: vad en gallring tog bort. Finns kvar när personuppgifterna är borta.' })
export class PurgeRecord {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'Personens id (raden finns kvar, anonymiserad, så att belopp i andra ärenden behåller sin koppling).' }) personId!: string;
  @Field(() => DateTimeScalar) purgedAt!: Date;
  @Field({ description: '"gallringsjobb" (nattlig körning) eller användaren som körde gallringen.' }) purgedBy!: string;
  @Field(() => DateScalar, { description: 'Gallringsdatumet som hade passerats.' }) purgeOn!: string;
  @Field(() => String, { nullable: true, description: 'Personens stadsdel vid gallringen.' }) districtCode!: string | null;
  @Field(() => [String], { description: 'Fälten som tömdes.' }) fields!: string[];
  @Field(() => Int, { description: 'Antal folkbokföringsrader vars adress togs bort.' }) registrationsAnonymised!: number;
}

@ObjectType('PurgeRecordEdge')
export class PurgeRecordEdge {
  @Field() cursor!: string;
  @Field(() => PurgeRecord) node!: PurgeRecord;
}

@ObjectType('PurgeRecordConnection', { description: 'Sida av gallringsloggen, senaste först.' })
export class PurgeRecordConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [PurgeRecordEdge]) edges!: PurgeRecordEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType('PurgeRecordFilterInput', { description: 'Urval i gallringsloggen.' })
export class PurgeRecordFilterInput {
  @Field(() => DateScalar, { nullable: true, description: 'Gallrade från och med detta datum.' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Gallrade till och med detta datum.' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Stadsdelskod.' }) districtCode?: string | null;
}

@ObjectType('PurgeCandidate', { description: 'En person vars gallringsdatum har passerats men som inte gallrats.' })
export class PurgeCandidate {
  @Field(() => Person) person!: Person;
  @Field(() => [PersonCase], { description: 'Pågående ärenden som hindrar gallringen (tomt = gallras vid nästa körning).' }) openCases!: PersonCase[];
}

@ObjectType('PurgeRun', { description: 'Resultatet av en gallringskörning.' })
export class PurgeRun {
  @Field(() => [PurgeRecord], { description: 'Gallrade personer.' }) purged!: PurgeRecord[];
  @Field(() => [PurgeCandidate], { description: 'Personer som skulle gallras men har pågående ärenden.' }) skipped!: PurgeCandidate[];
}
