import { DateScalar, decodeCursor, pageSize, toPage } from '@statsbidrag/graphql-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { operationLabel } from '../../audit/application/audit-trail.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { District, toDistrict } from '../../district/graphql/district.type.js';
import {
  CHILD_REPORT_HANDLERS,
  CHILD_REPORT_REPORTERS,
  findChildReport,
  findChildReports,
  markChildReportReportedToMig,
  reportChildResponsibility,
  startHandlingChildReport,
  updateChildReport,
} from '../application/child-reports.js';
import { CHILD_RESPONSIBILITY_STATUS_LABELS } from '../domain/child-report.js';
import {
  ChildResponsibilityReport,
  ChildResponsibilityReportConnection,
  ChildResponsibilityReportFilterInput,
  ChildResponsibilityStatusChange,
  MarkChildReportReportedToMigInput,
  ReportChildResponsibilityInput,
  StartHandlingChildReportInput,
  toChildReport,
  toStatusChange,
  UpdateChildReportInput,
} from './child-report.type.js';

const READERS = [...CHILD_REPORT_REPORTERS];

@Resolver(() => ChildResponsibilityReport)
export class ChildResponsibilityReportResolver {
  @Authorized(READERS)
  @Query(() => ChildResponsibilityReportConnection, { description: 'Anmälningar om ansvar för asylsökande barn, senaste först. Stadsdelsanvändare ser bara sin stadsdels.' })
  async childResponsibilityReports(
    @Ctx() { em, identity }: PersonContext,
    @Arg('filter', () => ChildResponsibilityReportFilterInput, { nullable: true }) filter?: ChildResponsibilityReportFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ChildResponsibilityReportConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const [rows, total] = await findChildReports(em, identity, filter ?? {}, limit, offset);
    return toPage(rows.map(toChildReport), offset, total);
  }

  @Authorized(READERS)
  @Query(() => ChildResponsibilityReport, { nullable: true, description: 'En anmälan. Tom om den inte finns eller hör till en annan stadsdel.' })
  async childResponsibilityReport(@Arg('id', () => ID) id: string, @Ctx() { em, identity }: PersonContext): Promise<ChildResponsibilityReport | null> {
    const row = await findChildReport(em, identity, id);
    return row ? toChildReport(row) : null;
  }

  @Authorized(READERS)
  @Mutation(() => ChildResponsibilityReport, {
    description: 'Anmäl att stadsdelen ansvarar för ett asylsökande barn (stadsdelens handläggare/kontaktperson, eller AmF för stadsdelens räkning). Kontaktpersonen aviseras.',
  })
  async reportChildResponsibility(
    @Arg('input', () => ReportChildResponsibilityInput) input: ReportChildResponsibilityInput,
    @Ctx() { em, identity, links }: PersonContext,
  ): Promise<ChildResponsibilityReport> {
    return toChildReport(await reportChildResponsibility(em, links, identity, input));
  }

  @Authorized(READERS)
  @Mutation(() => ChildResponsibilityReport, { description: 'Rätta uppgifterna i en anmälan (stadsdelens personal för egen stadsdel, eller AmF). Ändringen sparas i historiken och kontaktpersonen aviseras.' })
  async updateChildReport(@Arg('input', () => UpdateChildReportInput) input: UpdateChildReportInput, @Ctx() { em, identity, links }: PersonContext): Promise<ChildResponsibilityReport> {
    return toChildReport(await updateChildReport(em, links, identity, input));
  }

  @Authorized([...CHILD_REPORT_HANDLERS])
  @Mutation(() => ChildResponsibilityReport, { description: 'Börja handlägga en inkommen anmälan. Kontaktpersonen aviseras.' })
  async startHandlingChildReport(
    @Arg('input', () => StartHandlingChildReportInput) input: StartHandlingChildReportInput,
    @Ctx() { em, identity, links }: PersonContext,
  ): Promise<ChildResponsibilityReport> {
    return toChildReport(await startHandlingChildReport(em, links, identity, input.id));
  }

  @Authorized([...CHILD_REPORT_HANDLERS])
  @Mutation(() => ChildResponsibilityReport, { description: 'Markera en anmälan som rapporterad till MiG. Kontaktpersonen aviseras.' })
  async markChildReportReportedToMig(
    @Arg('input', () => MarkChildReportReportedToMigInput) input: MarkChildReportReportedToMigInput,
    @Ctx() { em, identity, links }: PersonContext,
  ): Promise<ChildResponsibilityReport> {
    return toChildReport(await markChildReportReportedToMig(em, links, identity, input));
  }

  @Authorized()
  @FieldResolver(() => String, { description: 'Status på svenska.' })
  statusLabel(@Root() report: ChildResponsibilityReport): string {
    return CHILD_RESPONSIBILITY_STATUS_LABELS[report.status];
  }

  @Authorized()
  @FieldResolver(() => DateScalar, { description: 'Barnets födelsedatum. Varje läsning loggas.' })
  birthDate(@Root() report: ChildResponsibilityReport, @Ctx() ctx: PersonContext, @Info() info: GraphQLResolveInfo): Promise<string> {
    return ctx.audit.disclose({ personId: report.id, subjectType: 'CHILD_REPORT', field: 'birthDate', operation: operationLabel(info.operation) }, report.birthDate);
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true, description: 'MiG:s individnummer (dossiernummer), 7–8 siffror. Varje läsning loggas.' })
  migIndividualNumber(@Root() report: ChildResponsibilityReport, @Ctx() ctx: PersonContext, @Info() info: GraphQLResolveInfo): Promise<string> | null {
    if (!report.migIndividualNumber) return null;
    return ctx.audit.disclose({ personId: report.id, subjectType: 'CHILD_REPORT', field: 'migIndividualNumber', operation: operationLabel(info.operation) }, report.migIndividualNumber);
  }

  @Authorized()
  @FieldResolver(() => District, { description: 'Den ansvariga stadsdelen.' })
  async district(@Root() report: ChildResponsibilityReport, @Ctx() { loaders }: PersonContext): Promise<District> {
    const row = await loaders.district.load(report.districtCode);
    return row ? toDistrict(row) : { code: report.districtCode, name: report.districtCode, validFrom: '1900-01-01', validTo: null, successorCode: null, contactUsername: null };
  }

  @Authorized()
  @FieldResolver(() => [ChildResponsibilityStatusChange], { description: 'Statushistorik, äldst först.' })
  async history(@Root() report: ChildResponsibilityReport, @Ctx() { loaders }: PersonContext): Promise<ChildResponsibilityStatusChange[]> {
    return (await loaders.childReportHistory.load(report.id)).map(toStatusChange);
  }
}
