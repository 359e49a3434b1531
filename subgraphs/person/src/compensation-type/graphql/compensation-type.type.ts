import { DateScalar, DateTimeScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { isClaimType, isRecoveryCode } from '../domain/compensation-type.js';
import type { CompensationTypeRow } from '../infra/compensation-type.entity.js';

@ObjectType('CompensationType', {
  description: 'Ersättningstyp: Migrationsverkets ersättningskod (GRUPP · KOD · KLARTEXT) med giltighetstid. Återkravskoder börjar med Å-.',
})
@Directive('@key(fields: "code")')
export class CompensationType {
  @Field(() => ID, { description: 'MiG:s kod, t.ex. GSKA eller Å-GSK.' }) code!: string;
  @Field({ description: 'Gruppkod, t.ex. SKOLA.' }) group!: string;
  @Field({ description: 'Gruppnamn, t.ex. Skola.' }) groupName!: string;
  @Field({ description: 'Klartext.' }) name!: string;
  @Field({ description: 'Betalas efter ansökan (återsökning); falskt = utan ansökan (schablon).' }) paidWithApplication!: boolean;
  @Field({ description: 'Återkravskod (börjar med Å).' }) isRecovery!: boolean;
  @Field({ description: 'Återsökningstyp: betalas efter ansökan och är inget återkrav.' }) isClaimType!: boolean;
  @Field(() => DateScalar, { description: 'Giltig från och med.' }) validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Giltig till och med (tom = tills vidare).' }) validTo!: string | null;
  @Field(() => DateTimeScalar, { description: 'Senast ändrad.' }) updatedAt!: Date;
  @Field({ description: 'Senast ändrad av (användarnamn).' }) updatedBy!: string;
}

export function toCompensationType(row: CompensationTypeRow): CompensationType {
  return {
    code: row.code,
    group: row.groupCode,
    groupName: row.groupName,
    name: row.name,
    paidWithApplication: row.paidWithApplication,
    isRecovery: isRecoveryCode(row.code),
    isClaimType: isClaimType(row),
    validFrom: row.validFrom,
    validTo: row.validTo ?? null,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

@ObjectType('CompensationTypeEdge', { description: 'En ersättningskod i en lista.' })
export class CompensationTypeEdge {
  @Field() cursor!: string;
  @Field(() => CompensationType) node!: CompensationType;
}

@ObjectType('CompensationTypeConnection', { description: 'Sida av ersättningskoder, sorterade på grupp och kod.' })
export class CompensationTypeConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [CompensationTypeEdge]) edges!: CompensationTypeEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType('CompensationTypeFilterInput', { description: 'Urval av ersättningskoder. Alla villkor måste gälla.' })
export class CompensationTypeFilterInput {
  @Field(() => String, { nullable: true, description: 'Del av kod, klartext, gruppkod eller gruppnamn.' }) search?: string | null;
  @Field(() => String, { nullable: true, description: 'Endast denna grupp (gruppkod).' }) group?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Sant: betalas efter ansökan; falskt: utan ansökan (schablon).' }) paidWithApplication?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: 'Endast koder som gäller detta datum.' }) validOn?: string | null;
}

@InputType('CompensationTypeInput', { description: 'En ersättningskod att lägga till eller ändra (koden identifierar den).' })
export class CompensationTypeInput {
  @Field({ description: 'Kod: versaler och siffror, delar åtskilda med bindestreck, högst 12 tecken (GSKA, BUV-A, Å-FSK).' }) code!: string;
  @Field({ description: 'Gruppkod, t.ex. SKOLA.' }) group!: string;
  @Field({ description: 'Gruppnamn.' }) groupName!: string;
  @Field({ description: 'Klartext.' }) name!: string;
  @Field({ description: 'Sant: betalas efter ansökan; falskt: utan ansökan (schablon).' }) paidWithApplication!: boolean;
  @Field(() => DateScalar, { description: 'Giltig från och med.' }) validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Giltig till och med (tom = tills vidare); inte före giltig från.' }) validTo?: string | null;
}
