import { DateScalar, DateTimeScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ChildResponsibilityStatus, MAX_NOTE_LENGTH, MAX_QUESTION_LENGTH } from '../domain/child-report.js';
import type { ChildReportStatusChangeRow, ChildResponsibilityReportRow } from '../infra/child-report.entity.js';

registerEnumType(ChildResponsibilityStatus, {
  name: 'ChildResponsibilityStatus',
  description: 'Status för en anmälan om ansvar för asylsökande barn.',
  valuesConfig: {
    INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN: { description: 'Inkommen uppgift om ansvar för asylbarn (anmäld av stadsdelen).' },
    HANDLAGGS: { description: 'Handläggs av Arbetsmarknadsförvaltningen.' },
    RAPPORTERAD_TILL_MIG: { description: 'Rapporterad till Migrationsverket.' },
  },
});

@ObjectType('ChildResponsibilityReport', { description: 'Anmälan om att en stadsdel ansvarar för ett asylsökande barn.' })
export class ChildResponsibilityReport {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stadsdelens kod.' }) districtCode!: string;
  @Field(() => String, { nullable: true, description: 'Enhetens kod (valfri).' }) unitCode!: string | null;
  @Field({ description: 'Handläggaren i stadsdelen (användarnamn).' }) officerUsername!: string;
  @Field({ description: 'Barnets förnamn.' }) firstName!: string;
  @Field({ description: 'Barnets efternamn.' }) lastName!: string;
  @Field({ description: 'För- och efternamn.' }) fullName!: string;
  /** Resolved by the resolver: every read is written to the audit log. */
  birthDate!: string;
  migIndividualNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Fråga till statsbidragsgruppen.' }) question!: string | null;
  @Field(() => ChildResponsibilityStatus) status!: ChildResponsibilityStatus;
  @Field(() => String, { nullable: true, description: 'Handläggare på AmF (användarnamn).' }) handledBy!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Datum då ansvaret rapporterades till MiG.' }) reportedToMigAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Anteckning från AmF.' }) note!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

export function toChildReport(row: ChildResponsibilityReportRow): ChildResponsibilityReport {
  return {
    id: row.id,
    districtCode: row.districtCode,
    unitCode: row.unitCode ?? null,
    officerUsername: row.officerUsername,
    firstName: row.firstName,
    lastName: row.lastName,
    fullName: `${row.firstName} ${row.lastName}`,
    birthDate: row.birthDate,
    migIndividualNumber: row.migIndividualNumber ?? null,
    question: row.question ?? null,
    status: row.status as ChildResponsibilityStatus,
    handledBy: row.handledBy ?? null,
    reportedToMigAt: row.reportedToMigAt ?? null,
    note: row.note ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

@ObjectType('ChildResponsibilityStatusChange', { description: 'En statusändring för en anmälan (vem, när, från, till).' })
export class ChildResponsibilityStatusChange {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field({ description: 'Användarnamn.' }) username!: string;
  @Field(() => ChildResponsibilityStatus, { nullable: true, description: 'Tidigare status (tom när anmälan kom in).' }) fromStatus!: ChildResponsibilityStatus | null;
  @Field(() => ChildResponsibilityStatus) toStatus!: ChildResponsibilityStatus;
  @Field(() => [String], { nullable: true, description: 'Vid ändrade uppgifter (samma status): fälten som ändrades.' }) changedFields!: string[] | null;
}

export function toStatusChange(row: ChildReportStatusChangeRow): ChildResponsibilityStatusChange {
  return {
    id: row.id,
    at: row.at,
    username: row.username,
    fromStatus: (row.fromStatus ?? null) as ChildResponsibilityStatus | null,
    toStatus: row.toStatus as ChildResponsibilityStatus,
    changedFields: row.changedFields ? [...row.changedFields] : null,
  };
}

@ObjectType('ChildResponsibilityReportEdge')
export class ChildResponsibilityReportEdge {
  @Field() cursor!: string;
  @Field(() => ChildResponsibilityReport) node!: ChildResponsibilityReport;
}

@ObjectType('ChildResponsibilityReportConnection', { description: 'Sida av anmälningar, senaste först.' })
export class ChildResponsibilityReportConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ChildResponsibilityReportEdge]) edges!: ChildResponsibilityReportEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType('ChildResponsibilityReportFilterInput', { description: 'Urval av anmälningar. Alla villkor måste gälla.' })
export class ChildResponsibilityReportFilterInput {
  @Field(() => [ChildResponsibilityStatus], { nullable: true }) statuses?: ChildResponsibilityStatus[] | null;
  @Field(() => String, { nullable: true }) districtCode?: string | null;
}

@InputType('ReportChildResponsibilityInput', { description: 'Stadsdelen anmäler att den ansvarar för ett asylsökande barn.' })
export class ReportChildResponsibilityInput {
  @Field({ description: 'Stadsdelens kod (stadsdelsanvändare: den egna).' }) districtCode!: string;
  @Field(() => String, { nullable: true, description: 'Enhetens kod.' }) unitCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Handläggare (användarnamn); standard är den inloggade.' }) officerUsername?: string | null;
  @Field({ description: 'Barnets förnamn.' }) firstName!: string;
  @Field({ description: 'Barnets efternamn.' }) lastName!: string;
  @Field(() => DateScalar, { description: 'Barnets födelsedatum.' }) birthDate!: string;
  @Field(() => String, { nullable: true, description: 'MiG:s individnummer, 7–8 siffror.' }) migIndividualNumber?: string | null;
  @Field(() => String, { nullable: true, description: `Fråga till statsbidragsgruppen, högst ${MAX_QUESTION_LENGTH} tecken.` }) question?: string | null;
}

@InputType('UpdateChildReportInput', { description: 'Rätta uppgifterna i en anmälan (stadsdelen kan inte ändras). Alla fält skickas; kontaktpersonen aviseras om något ändrats.' })
export class UpdateChildReportInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Enhetens kod.' }) unitCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Handläggare (användarnamn); tomt behåller nuvarande.' }) officerUsername?: string | null;
  @Field({ description: 'Barnets förnamn.' }) firstName!: string;
  @Field({ description: 'Barnets efternamn.' }) lastName!: string;
  @Field(() => DateScalar, { description: 'Barnets födelsedatum.' }) birthDate!: string;
  @Field(() => String, { nullable: true, description: 'MiG:s individnummer, 7–8 siffror.' }) migIndividualNumber?: string | null;
  @Field(() => String, { nullable: true, description: `Fråga till statsbidragsgruppen, högst ${MAX_QUESTION_LENGTH} tecken.` }) question?: string | null;
}

@InputType('StartHandlingChildReportInput')
export class StartHandlingChildReportInput {
  @Field(() => ID) id!: string;
}

@InputType('MarkChildReportReportedToMigInput')
export class MarkChildReportReportedToMigInput {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: 'Datum då ansvaret rapporterades till MiG (inte i framtiden).' }) reportedAt!: string;
  @Field(() => String, { nullable: true, description: `Anteckning, högst ${MAX_NOTE_LENGTH} tecken.` }) note?: string | null;
}
