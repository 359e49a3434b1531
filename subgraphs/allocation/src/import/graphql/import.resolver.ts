import { isUuid } from '@statsbidrag/domain';
import { decodeCursor, NotFoundError, pageSize, toPage, ValidationError } from '@statsbidrag/graphql-kit';
import { ImportDeviationEntity, ImportFileEntity, type ImportDeviationRow, type ImportFileRow } from '@statsbidrag/import-engine';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AllocationContext } from '../../context.js';
import { acceptNoDistrictAsAmfRevenue, closeFlatRateDeviation, registerFlatRatePerson, resolveFlatRateDeviation } from '../application/deviations.js';
import { FLAT_RATE_IMPORT_KIND_LIST, retryFlatRateImport, startFlatRateImport } from '../application/import-jobs.js';
import { UNKNOWN_MONTH } from '../application/flat-rate-import.js';
import { deleteProfile, listProfiles, saveProfile } from '../application/profiles.js';
import { FlatRateImportTotalEntity } from '../infra/flat-rate-import-total.entity.js';
import {
  DEVIATION_STATUSES, FlatRateDeviation, FlatRateDeviationConnection, FlatRateImport, FlatRateImportConnection, FlatRateImportProfile, RegisterFlatRatePersonInput,
  ResolveFlatRateDeviationInput, SaveFlatRateImportProfileInput, StartFlatRateImportInput, StartFlatRateImportResult, toDeviation, toFlatRateImport, toProfile,
} from './import.types.js';

/** Who imports MiG's flat-rate files and works the deviation list (AmF, central). */
const IMPORTERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;
/** Who adds import profiles. */
const PROFILE_ADMINS = ['ADMINISTRATOR', 'SYSTEM_ADMIN'] as const;

const BASE64_RE = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
export function decodeBase64(text: string): Buffer {
  if (!BASE64_RE.test(text)) throw new ValidationError('contentBase64', 'Filens innehåll är inte korrekt kodat (base64).', 'FORMAT');
  return Buffer.from(text, 'base64');
}

function checkStatus(status: string | null | undefined): string | null {
  if (!status) return null;
  if (!(DEVIATION_STATUSES as readonly string[]).includes(status)) throw new ValidationError('status', 'Status ska vara OPEN, RESOLVED eller CLOSED.', 'FORMAT');
  return status;
}

/** Profile names, open deviations and totals of a page of imports: three queries, whatever the page. */
export async function present(ctx: AllocationContext, rows: readonly ImportFileRow[]): Promise<FlatRateImport[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [profiles, open, totals] = await Promise.all([
    listProfiles(ctx.em),
    ctx.em.getConnection().execute<{ import_id: string; n: number }[]>(`select import_id, count(*)::int as n from allocation.import_deviation where status = 'OPEN' and import_id::text = any(string_to_array(?, ',')) group by import_id`, [ids.join(',')]),
    ctx.em.find(FlatRateImportTotalEntity, { importId: { $in: ids } }, { disableIdentityMap: true }),
  ]);
  const names = new Map(profiles.map((p) => [p.key, p.name]));
  const openBy = new Map(open.map((r) => [r.import_id, r.n]));
  const totalsBy = new Map<string, { amount: number; months: Set<string> }>();
  for (const t of totals) {
    const sum = totalsBy.get(t.importId) ?? { amount: 0, months: new Set<string>() };
    sum.amount += Number(t.amount);
    if (t.month !== UNKNOWN_MONTH) sum.months.add(t.month);
    totalsBy.set(t.importId, sum);
  }
  return rows.map((r) => {
    const t = totalsBy.get(r.id);
    return toFlatRateImport(r, names.get(r.profileKey) ?? r.profileKey, openBy.get(r.id) ?? 0, { amount: t?.amount ?? 0, months: [...(t?.months ?? [])].sort() });
  });
}

async function presentDeviations(ctx: AllocationContext, rows: readonly ImportDeviationRow[]): Promise<FlatRateDeviation[]> {
  const ids = [...new Set(rows.map((r) => r.importId))];
  const files = ids.length ? await ctx.em.find(ImportFileEntity, { id: { $in: ids } }, { fields: ['id', 'kind', 'fileName'] }) : [];
  const byId = new Map(files.map((f) => [f.id, f]));
  return rows.map((r) => toDeviation(r, byId.get(r.importId) ?? { kind: '', fileName: '' }));
}

@Resolver(() => FlatRateImport)
export class FlatRateImportResolver {
  @Authorized([...IMPORTERS])
  @Query(() => FlatRateImportConnection, { description: 'Importerade schablonfiler, senaste först (samordnare och administratörer).' })
  async flatRateImports(
    @Ctx() ctx: AllocationContext,
    @Arg('kind', () => String, { nullable: true }) kind?: string | null,
    @Arg('status', () => String, { nullable: true }) status?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<FlatRateImportConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const where = { kind: kind ? kind : { $in: FLAT_RATE_IMPORT_KIND_LIST }, ...(status ? { status } : {}) };
    const [rows, total] = await ctx.em.findAndCount(ImportFileEntity, where, { orderBy: { receivedAt: 'desc', id: 'asc' }, limit, offset, disableIdentityMap: true });
    return toPage(await present(ctx, rows), offset, total);
  }

  @Authorized([...IMPORTERS])
  @Query(() => FlatRateImport, { nullable: true, description: 'En schablonimport, med förlopp och resultat.' })
  async flatRateImport(@Arg('id', () => ID) id: string, @Ctx() ctx: AllocationContext): Promise<FlatRateImport | null> {
    if (!isUuid(id)) return null;
    const row = await ctx.em.findOne(ImportFileEntity, { id, kind: { $in: FLAT_RATE_IMPORT_KIND_LIST } }, { disableIdentityMap: true });
    return row ? (await present(ctx, [row]))[0]! : null;
  }

  @Authorized([...IMPORTERS])
  @FieldResolver(() => FlatRateDeviationConnection, { description: 'Importens avvikelser i radordning.' })
  async deviations(
    @Root() file: FlatRateImport,
    @Ctx() ctx: AllocationContext,
    @Arg('status', () => String, { nullable: true }) status?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<FlatRateDeviationConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const wanted = checkStatus(status);
    const [rows, total] = await ctx.em.findAndCount(ImportDeviationEntity, { importId: file.id, ...(wanted ? { status: wanted } : {}) }, { orderBy: { rowNumber: 'asc', id: 'asc' }, limit, offset });
    return toPage(rows.map((r) => toDeviation(r, file)), offset, total);
  }

  @Authorized([...IMPORTERS])
  @Query(() => FlatRateDeviationConnection, { description: 'Avvikelselistan över alla schablonimporter, äldsta import och rad först.' })
  async flatRateDeviations(
    @Ctx() ctx: AllocationContext,
    @Arg('status', () => String, { nullable: true, defaultValue: 'OPEN' }) status?: string | null,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
    @Arg('importId', () => ID, { nullable: true }) importId?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<FlatRateDeviationConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const wanted = checkStatus(status);
    if (importId && !isUuid(importId)) return toPage([], offset, 0);
    const imports = importId ? [importId] : (await ctx.em.find(ImportFileEntity, { kind: { $in: FLAT_RATE_IMPORT_KIND_LIST } }, { fields: ['id'], disableIdentityMap: true })).map((f) => f.id);
    if (!imports.length) return toPage([], offset, 0);
    const where = { importId: { $in: imports }, ...(wanted ? { status: wanted } : {}), ...(reason ? { reason } : {}) };
    const [rows, total] = await ctx.em.findAndCount(ImportDeviationEntity, where, { orderBy: { importId: 'asc', rowNumber: 'asc', id: 'asc' }, limit, offset });
    return toPage(await presentDeviations(ctx, rows), offset, total);
  }

  @Authorized([...IMPORTERS, 'SYSTEM_ADMIN'])
  @Query(() => [FlatRateImportProfile], { description: 'Importprofiler för schablonfiler: de inbyggda först, sedan administratörens.' })
  async flatRateImportProfiles(@Ctx() ctx: AllocationContext, @Arg('kind', () => String, { nullable: true }) kind?: string | null): Promise<FlatRateImportProfile[]> {
    return (await listProfiles(ctx.em, kind)).map(toProfile);
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => StartFlatRateImportResult, { description: 'Ta emot en schablonfil från MiG och importera den i bakgrunden.' })
  async startFlatRateImport(@Arg('input', () => StartFlatRateImportInput) input: StartFlatRateImportInput, @Ctx() ctx: AllocationContext): Promise<StartFlatRateImportResult> {
    const content = decodeBase64(input.contentBase64);
    const result = await startFlatRateImport(ctx.em, ctx.queue, { ...input, content }, ctx.identity.sub);
    return { alreadyReceived: result.alreadyReceived, message: result.message, import: (await present(ctx, [result.file]))[0]! };
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => FlatRateImport, { description: 'Kör en misslyckad schablonimport igen.' })
  async retryFlatRateImport(@Arg('id', () => ID) id: string, @Ctx() ctx: AllocationContext): Promise<FlatRateImport> {
    if (!isUuid(id)) throw new NotFoundError('Importen finns inte.');
    return (await present(ctx, [await retryFlatRateImport(ctx.em, ctx.queue, id)]))[0]!;
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => FlatRateDeviation, { description: 'Rätta en avvikande rad (värden och/eller person) och boka den; kontrolleras som vid import.' })
  async resolveFlatRateDeviation(@Arg('input', () => ResolveFlatRateDeviationInput) input: ResolveFlatRateDeviationInput, @Ctx() ctx: AllocationContext): Promise<FlatRateDeviation> {
    return (await presentDeviations(ctx, [await resolveFlatRateDeviation(ctx.em, input, ctx.identity.sub)]))[0]!;
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => FlatRateDeviation, { description: 'Registrera personen som raden gäller (personregistret får en händelse) och boka raden.' })
  async registerFlatRatePerson(@Arg('input', () => RegisterFlatRatePersonInput) input: RegisterFlatRatePersonInput, @Ctx() ctx: AllocationContext): Promise<FlatRateDeviation> {
    return (await presentDeviations(ctx, [await registerFlatRatePerson(ctx.em, input, ctx.identity.sub)]))[0]!;
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => FlatRateDeviation, { description: 'Stäng en avvikelse utan att boka raden (skäl krävs).' })
  async closeFlatRateDeviation(@Arg('deviationId', () => ID) deviationId: string, @Arg('reason') reason: string, @Ctx() ctx: AllocationContext): Promise<FlatRateDeviation> {
    return (await presentDeviations(ctx, [await closeFlatRateDeviation(ctx.em, deviationId, reason, ctx.identity.sub)]))[0]!;
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => Int, { description: 'Boka importens alla öppna rader utan stadsdel på AmF:s egna intäkter; svarar hur många.' })
  async acceptNoDistrictAsAmfRevenue(@Arg('importId', () => ID) importId: string, @Ctx() ctx: AllocationContext): Promise<number> {
    return acceptNoDistrictAsAmfRevenue(ctx.em, importId, ctx.identity.sub);
  }

  @Authorized([...PROFILE_ADMINS])
  @Mutation(() => FlatRateImportProfile, { description: 'Spara en importprofil för schablonfiler (administratör).' })
  async saveFlatRateImportProfile(@Arg('input', () => SaveFlatRateImportProfileInput) input: SaveFlatRateImportProfileInput, @Ctx() ctx: AllocationContext): Promise<FlatRateImportProfile> {
    return toProfile(await saveProfile(ctx.em, input, ctx.identity.sub));
  }

  @Authorized([...PROFILE_ADMINS])
  @Mutation(() => Boolean, { description: 'Ta bort en importprofil (inte en inbyggd).' })
  async deleteFlatRateImportProfile(@Arg('key') key: string, @Ctx() ctx: AllocationContext): Promise<boolean> {
    await deleteProfile(ctx.em, key.trim().toUpperCase());
    return true;
  }
}
