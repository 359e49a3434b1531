import { ForbiddenError, NotFoundError, ValidationError, decodeCursor, pageSize, toPage } from '@statsbidrag/graphql-kit';
import { isUuid } from '@statsbidrag/domain';
import { ImportDeviationEntity, ImportFileEntity, MIG_DECISIONS_PROFILE, type ImportFileRow } from '@statsbidrag/import-engine';
import ExcelJS from 'exceljs';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DecisionsContext } from '../../context.js';
import { closeDeviation, resolveDeviation } from '../application/deviations.js';
import { retryImport, startImport } from '../application/import-jobs.js';
import { deleteProfile, listProfiles, saveProfile } from '../application/profiles.js';
import { FIELDS_BY_KIND, isImportKind } from '../domain/mig-fields.js';
import {
  DeviationStatus, ImportDeviation, ImportDeviationConnection, ImportField, ImportFile, ImportFileConnection, ImportProfile, ImportProfileInput, ResolveDeviationInput,
  ReviewedRowsInput, ScannedList, ScannedListInput, StartImportInput, StartImportResult, toDeviation, toImportFile, toProfile,
} from './import.types.js';
import { readScan } from '../application/scanned-list.js';

/** Who imports MiG's files and handles deviations. */
const IMPORTERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;
/** Who may follow imports (read). */
const VIEWERS = ['COORDINATOR', 'ADMINISTRATOR', 'FINANCE_MANAGER', 'SYSTEM_ADMIN'] as const;
/** Who adds import profiles. */
const PROFILE_ADMINS = ['SYSTEM_ADMIN', 'ADMINISTRATOR'] as const;

const BASE64_RE = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
export function decodeBase64(text: string, field = 'contentBase64'): Buffer {
  if (!BASE64_RE.test(text)) throw new ValidationError(field, 'Filens innehåll är inte korrekt kodat (base64).', 'FORMAT');
  return Buffer.from(text, 'base64');
}

async function profileNames(ctx: DecisionsContext): Promise<Map<string, string>> {
  return new Map((await listProfiles(ctx.em)).map((p) => [p.key, p.name]));
}

async function openCounts(ctx: DecisionsContext, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = (await ctx.em.getConnection().execute(
    `select import_id, count(*)::int as n from decisions.import_deviation where status = 'OPEN' and import_id::text = any(string_to_array(?, ',')) group by import_id`,
    [ids.join(',')],
  )) as { import_id: string; n: number }[];
  return new Map(rows.map((r) => [r.import_id, r.n]));
}

async function present(ctx: DecisionsContext, rows: readonly ImportFileRow[]): Promise<ImportFile[]> {
  const [names, counts] = await Promise.all([profileNames(ctx), openCounts(ctx, rows.map((r) => r.id))]);
  return rows.map((r) => toImportFile(r, names.get(r.profileKey) ?? r.profileKey, counts.get(r.id) ?? 0));
}

@Resolver(() => ImportFile)
export class ImportResolver {
  @Authorized([...VIEWERS])
  @Query(() => ImportFileConnection, { description: 'Importerade filer från MiG, senaste först.' })
  async importFiles(
    @Ctx() ctx: DecisionsContext,
    @Arg('kind', () => String, { nullable: true }) kind?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ImportFileConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const where = kind ? { kind } : { kind: { $in: ['MIG_BESLUT', 'MIG_UTBETALNING'] } };
    const [rows, total] = await ctx.em.findAndCount(ImportFileEntity, where, { orderBy: { receivedAt: 'desc', id: 'asc' }, limit, offset });
    return toPage(await present(ctx, rows), offset, total);
  }

  @Authorized([...VIEWERS])
  @Query(() => ImportFile, { nullable: true, description: 'En import, med förlopp och resultat.' })
  async importFile(@Arg('id', () => ID) id: string, @Ctx() ctx: DecisionsContext): Promise<ImportFile | null> {
    if (!isUuid(id)) return null;
    const row = await ctx.em.findOne(ImportFileEntity, { id, kind: { $in: ['MIG_BESLUT', 'MIG_UTBETALNING'] } }, { disableIdentityMap: true });
    return row ? (await present(ctx, [row]))[0]! : null;
  }

  @Authorized([...VIEWERS])
  @FieldResolver(() => ImportDeviationConnection, { description: 'Importens avvikelser i radordning.' })
  async deviations(
    @Root() file: ImportFile,
    @Ctx() ctx: DecisionsContext,
    @Arg('status', () => DeviationStatus, { nullable: true }) status?: DeviationStatus | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ImportDeviationConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const [rows, total] = await ctx.em.findAndCount(ImportDeviationEntity, { importId: file.id, ...(status ? { status } : {}) }, { orderBy: { rowNumber: 'asc', id: 'asc' }, limit, offset });
    return toPage(rows.map((r) => toDeviation(r, file.kind)), offset, total);
  }

  @Authorized()
  @Query(() => [ImportProfile], { description: 'Importprofiler: de inbyggda först, sedan systemförvaltarens.' })
  async importProfiles(@Ctx() ctx: DecisionsContext, @Arg('kind', () => String, { nullable: true }) kind?: string | null): Promise<ImportProfile[]> {
    if (!ctx.identity.roles.some((r) => (VIEWERS as readonly string[]).includes(r))) throw new ForbiddenError();
    return (await listProfiles(ctx.em, kind)).map(toProfile);
  }

  @Authorized()
  @Query(() => [ImportField], { description: 'Fälten en filtyp kan innehålla.' })
  importFields(@Arg('kind') kind: string): ImportField[] {
    if (!isImportKind(kind)) throw new ValidationError('kind', 'Okänd filtyp.', 'UNKNOWN_KIND');
    return Object.entries(FIELDS_BY_KIND[kind]).map(([key, def]) => ({ key, label: def.label, required: Boolean(def.required) }));
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => StartImportResult, { description: 'Ta emot en fil från MiG och importera den i bakgrunden.' })
  async startImport(@Arg('input', () => StartImportInput) input: StartImportInput, @Ctx() ctx: DecisionsContext): Promise<StartImportResult> {
    const content = decodeBase64(input.contentBase64);
    const result = await startImport(ctx.em, ctx.queue, { ...input, content }, ctx.identity.sub);
    return { ...result, file: (await present(ctx, [result.file]))[0]! };
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => ImportFile, { description: 'Kör en misslyckad import igen.' })
  async retryImport(@Arg('id', () => ID) id: string, @Ctx() ctx: DecisionsContext): Promise<ImportFile> {
    if (!isUuid(id)) throw new NotFoundError('Importen finns inte.');
    return (await present(ctx, [await retryImport(ctx.em, ctx.queue, id)]))[0]!;
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => ImportDeviation, { description: 'Rätta en avvikande rad och tillämpa den.' })
  async resolveDeviation(@Arg('input', () => ResolveDeviationInput) input: ResolveDeviationInput, @Ctx() ctx: DecisionsContext): Promise<ImportDeviation> {
    const row = await resolveDeviation(ctx.em, input, ctx.identity.sub);
    const file = await ctx.em.findOneOrFail(ImportFileEntity, { id: row.importId });
    return toDeviation(row, file.kind);
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => ImportDeviation, { description: 'Stäng en avvikelse utan att tillämpa raden (skäl krävs).' })
  async closeDeviation(@Arg('deviationId', () => ID) deviationId: string, @Arg('reason') reason: string, @Ctx() ctx: DecisionsContext): Promise<ImportDeviation> {
    const row = await closeDeviation(ctx.em, deviationId, reason, ctx.identity.sub);
    const file = await ctx.em.findOneOrFail(ImportFileEntity, { id: row.importId });
    return toDeviation(row, file.kind);
  }

  @Authorized([...PROFILE_ADMINS])
  @Mutation(() => ImportProfile, { description: 'Spara en importprofil (systemförvaltare).' })
  async saveImportProfile(@Arg('input', () => ImportProfileInput) input: ImportProfileInput, @Ctx() ctx: DecisionsContext): Promise<ImportProfile> {
    return toProfile(await saveProfile(ctx.em, input, ctx.identity.sub));
  }

  @Authorized([...PROFILE_ADMINS])
  @Mutation(() => Boolean, { description: 'Ta bort en importprofil (inte en inbyggd).' })
  async deleteImportProfile(@Arg('key') key: string, @Ctx() ctx: DecisionsContext): Promise<boolean> {
    await deleteProfile(ctx.em, key.trim().toUpperCase());
    return true;
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => ScannedList, { description: 'Läs en inskannad papperslista (PDF, PNG, TIFF) med OCR. Ingenting importeras: raderna granskas först och importeras med importReviewedRows.' })
  async readScannedList(@Arg('input', () => ScannedListInput) input: ScannedListInput): Promise<ScannedList> {
    return readScan(input.fileName, decodeBase64(input.contentBase64));
  }

  @Authorized([...IMPORTERS])
  @Mutation(() => StartImportResult, { description: 'Importera granskade rader från en skannad lista (skapar en Excel-fil i MiG:s kolumnordning).' })
  async importReviewedRows(@Arg('input', () => ReviewedRowsInput) input: ReviewedRowsInput, @Ctx() ctx: DecisionsContext): Promise<StartImportResult> {
    if (input.kind !== 'MIG_BESLUT') throw new ValidationError('kind', 'Skannade listor importeras som MiG-beslut.', 'UNKNOWN_KIND');
    const known = FIELDS_BY_KIND.MIG_BESLUT;
    const unknown = input.fields.find((f) => !(f in known));
    if (unknown) throw new ValidationError('fields', `Okänt fält: ${unknown}.`, 'UNKNOWN_FIELD');
    if (!input.rows.length) throw new ValidationError('rows', 'Det finns inga rader att importera.', 'EMPTY');
    if (input.rows.length > 5000) throw new ValidationError('rows', 'Högst 5 000 rader per skannad lista.', 'TOO_MANY');
    if (input.rows.some((r) => r.length !== input.fields.length)) throw new ValidationError('rows', 'Varje rad ska ha lika många celler som det finns fält.', 'SHAPE');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Granskad lista');
    sheet.addRow(input.fields.map((f) => MIG_DECISIONS_PROFILE.columns[f]?.headers?.[0] ?? known[f]!.label));
    for (const row of input.rows) sheet.addRow(row.map((c) => c.trim()));
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const base = input.fileName.trim().replace(/\.[a-z0-9]+$/i, '') || 'skannad-lista';
    const result = await startImport(ctx.em, ctx.queue, { kind: 'MIG_BESLUT', profileKey: MIG_DECISIONS_PROFILE.key, fileName: `${base} (granskad).xlsx`, content, source: 'OCR' }, ctx.identity.sub);
    return { ...result, file: (await present(ctx, [result.file]))[0]! };
  }
}
