import { hasAnyRole, isUuid } from '@statsbidrag/domain';
import { decodeCursor, MoneyScalar, pageSize, toPage } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ClaimsContext } from '../../context.js';
import { toClaim } from '../../claim/graphql/claim.mapper.js';
import { Claim, ClaimType } from '../../claim/graphql/claim.type.js';
import type { ClaimRow } from '../../claim/infra/claim.entity.js';
import { buildAttachmentBundle } from '../application/attachment-bundle.js';
import { compileMigApplication } from '../application/compile-mig-application.js';
import { MigApplicationEntity, type MigApplicationRow } from '../infra/mig-application.entity.js';
import { CompileMigApplicationInput } from './mig-application.input.js';
import { DownloadableFile, MigApplication, MigApplicationConnection, MigApplicationSummary } from './mig-application.type.js';

/** Who may read applications to MiG (district roles may not). */
export const MIG_APPLICATION_READERS = ['COORDINATOR', 'ADMINISTRATOR', 'FINANCE_MANAGER'] as const;

export function toMigApplication(row: MigApplicationRow): MigApplication {
  return {
    id: row.id,
    reference: row.reference,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    applicant: { ...row.applicant, reference: row.applicant.reference ?? null },
    districtComments: Object.entries(row.districtComments ?? {})
      .sort(([a], [b]) => a.localeCompare(b, 'sv'))
      .map(([districtCode, comment]) => ({ districtCode, comment })),
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    claimTypeCode: row.claimTypeCode,
  };
}

async function claimRows(application: MigApplication, { loaders }: ClaimsContext): Promise<ClaimRow[]> {
  const links = await loaders.migApplicationClaims.load(application.id);
  const rows = await loaders.claim.loadMany(links.map((l) => l.claimId));
  return rows.filter((r): r is ClaimRow => !!r && !(r instanceof Error));
}

@Resolver(() => MigApplication)
export class MigApplicationResolver {
  @Authorized(['COORDINATOR'])
  @Mutation(() => MigApplication, { description: 'Sammanställ återsökningar av en ersättningstyp till en ansökan till MiG (steg 5.1). Endast Statsbidragsgruppen.' })
  async compileMigApplication(@Arg('input', () => CompileMigApplicationInput) input: CompileMigApplicationInput, @Ctx() { em, identity }: ClaimsContext): Promise<MigApplication> {
    return toMigApplication(await compileMigApplication(em, identity, input));
  }

  @Authorized([...MIG_APPLICATION_READERS])
  @Query(() => MigApplicationConnection, { description: 'Ansökningar till MiG, senaste först.' })
  async migApplications(
    @Ctx() { em }: ClaimsContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<MigApplicationConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const [rows, total] = await em.findAndCount(MigApplicationEntity, {}, { orderBy: { createdAt: 'desc', reference: 'desc' }, limit, offset });
    return toPage(rows.map(toMigApplication), offset, total);
  }

  @Authorized([...MIG_APPLICATION_READERS])
  @Query(() => MigApplication, { nullable: true, description: 'En ansökan till MiG. Tomt om den inte finns.' })
  async migApplication(@Arg('id', () => ID) id: string, @Ctx() { em }: ClaimsContext): Promise<MigApplication | null> {
    if (!isUuid(id)) return null;
    const row = await em.findOne(MigApplicationEntity, { id });
    return row ? toMigApplication(row) : null;
  }

  @Authorized()
  @FieldResolver(() => ClaimType, { description: 'Ersättningstyp.' })
  async claimType(@Root() app: MigApplication, @Ctx() { loaders }: ClaimsContext): Promise<ClaimType> {
    const t = await loaders.claimType.load(app.claimTypeCode);
    return t ? { code: t.code, name: t.name, group: t.groupName } : { code: app.claimTypeCode, name: app.claimTypeCode, group: '' };
  }

  @Authorized()
  @FieldResolver(() => [Claim], { description: 'Återsökningarna i ansökan, i ansökans ordning.' })
  async claims(@Root() app: MigApplication, @Ctx() ctx: ClaimsContext): Promise<Claim[]> {
    return (await claimRows(app, ctx)).map(toClaim);
  }

  @Authorized()
  @FieldResolver(() => MoneyScalar, { description: 'Summa av återsökningarnas belopp, i öre.' })
  async totalAmount(@Root() app: MigApplication, @Ctx() ctx: ClaimsContext): Promise<number> {
    return (await claimRows(app, ctx)).reduce((sum, c) => sum + Number(c.amountOre ?? 0), 0);
  }

  @Authorized()
  @FieldResolver(() => Int, { description: 'Antal återsökningar.' })
  async claimCount(@Root() app: MigApplication, @Ctx() { loaders }: ClaimsContext): Promise<number> {
    return (await loaders.migApplicationClaims.load(app.id)).length;
  }

  @Authorized()
  @FieldResolver(() => DownloadableFile, { description: 'Bilagorna samlade i en PDF att ladda upp till MiG: försättsblad med innehåll, sedan bilagorna i återsökningarnas ordning. Hämta bara en ansökan åt gången.' })
  async attachmentBundle(@Root() app: MigApplication, @Ctx() ctx: ClaimsContext): Promise<DownloadableFile> {
    return buildAttachmentBundle(ctx.em, app, await claimRows(app, ctx));
  }
}

@Resolver(() => Claim)
export class ClaimMigApplicationsResolver {
  @Authorized()
  @FieldResolver(() => [MigApplicationSummary], { description: 'Ansökningar till MiG som återsökningen ingår i, senaste först (den senaste gäller). Tom lista för stadsdelar.' })
  async migApplications(@Root() claim: Claim, @Ctx() { identity, loaders }: ClaimsContext): Promise<MigApplicationSummary[]> {
    if (!hasAnyRole(identity, MIG_APPLICATION_READERS)) return [];
    return (await loaders.migApplicationsByClaim.load(claim.id)).map(({ application: a }) => ({ id: a.id, reference: a.reference, createdAt: a.createdAt }));
  }
}
