import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, ValidationError, decodeCursor, pageSize, toPage } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AllocationContext } from '../../context.js';
import { agressoFile } from '../application/agresso-file.js';
import { exportSheetToExcel } from '../application/excel-export.js';
import { saveUnallocatedFunds, unallocatedFunds } from '../application/unallocated-funds.js';
import {
  approveSheet,
  assertMonth,
  computeMonth,
  contentOf,
  returnSheet,
  reviewSheet,
  saveSheet,
  sheetById,
  SheetStatus,
} from '../application/sheet-versions.js';
import { AllocationSheetEntity, type AllocationSheetRow } from '../infra/allocation-sheet.entity.js';
import {
  AllocationSheet,
  AllocationSheetConnection,
  AllocationSheetMonth,
  ExportedFile,
  fromRow,
  toAllocationSheet,
  toUnallocatedItem,
  UnallocatedFundsItem,
  UnallocatedFundsItemInput,
} from './allocation-sheet.type.js';

/** The allocation sheet is AmF's: coordinators and administrators see and change it. */
const SHEET_ROLES = ['COORDINATOR', 'ADMINISTRATOR'] as const;

/** Versions with their previous versions (for `changes`) in one query. */
async function withPrevious(em: EntityManager, rows: AllocationSheetRow[]): Promise<AllocationSheet[]> {
  const ids = [...new Set(rows.map((r) => r.previousId).filter((id): id is string => !!id))];
  const previous = ids.length ? await em.find(AllocationSheetEntity, { id: { $in: ids } }) : [];
  const byId = new Map(previous.map((p) => [p.id, p]));
  return rows.map((r) => fromRow(r, r.previousId ? (byId.get(r.previousId) ?? null) : null));
}

@Resolver(() => AllocationSheet)
export class AllocationSheetResolver {
  @Authorized([...SHEET_ROLES])
  @Query(() => AllocationSheet, { description: 'Månadens fördelningsark beräknat från nuvarande underlag (förslag, ej sparat).' })
  async allocationSheet(@Arg('month', () => String, { description: 'Månad, ÅÅÅÅ-MM.' }) month: string, @Ctx() { em }: AllocationContext): Promise<AllocationSheet> {
    const content = await computeMonth(em, assertMonth(month));
    const none = { id: null, version: null, createdBy: null, createdAt: null, reviewedBy: null, reviewedAt: null, approvedBy: null, approvedAt: null, note: null };
    return toAllocationSheet(content, { ...none, status: 'PROPOSAL' });
  }

  @Authorized([...SHEET_ROLES])
  @Query(() => AllocationSheetMonth, { description: 'Månadens sparade versioner, nyaste först.' })
  async allocationSheetMonth(@Arg('month', () => String, { description: 'Månad, ÅÅÅÅ-MM.' }) month: string, @Ctx() { em }: AllocationContext): Promise<AllocationSheetMonth> {
    month = assertMonth(month);
    const rows = await em.find(AllocationSheetEntity, { month }, { orderBy: { version: 'desc' } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const versions = rows.map((r) => fromRow(r, r.previousId ? (byId.get(r.previousId) ?? null) : null));
    return { month, latest: versions[0] ?? null, versions };
  }

  @Authorized([...SHEET_ROLES])
  @Query(() => AllocationSheet, { nullable: true, description: 'En sparad version.' })
  async allocationSheetVersion(@Arg('id', () => ID, { description: 'Versionens id.' }) id: string, @Ctx() { em }: AllocationContext): Promise<AllocationSheet | null> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOne(AllocationSheetEntity, { id }) : null;
    return row ? (await withPrevious(em, [row]))[0]! : null;
  }

  @Authorized([...SHEET_ROLES])
  @Query(() => AllocationSheetConnection, { description: 'Senaste versionen per månad, nyaste månad först.' })
  async allocationSheets(
    @Ctx() { em }: AllocationContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 24, description: 'Antal poster per sida (högst 500).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Markör (endCursor) från föregående sida.' }) after?: string | null,
  ): Promise<AllocationSheetConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const conn = em.getConnection();
    const [{ count }] = (await conn.execute<{ count: string }[]>('select count(distinct month)::text as count from allocation.allocation_sheet')) as [{ count: string }];
    const ids = await conn.execute<{ id: string }[]>(
      `select id from (select distinct on (month) id, month from allocation.allocation_sheet order by month desc, version desc) s order by month desc limit ? offset ?`,
      [limit, offset],
    );
    const rows = ids.length ? await em.find(AllocationSheetEntity, { id: { $in: ids.map((r) => r.id) } }, { orderBy: { month: 'desc' } }) : [];
    return toPage(await withPrevious(em, rows), offset, Number(count));
  }

  @Authorized([...SHEET_ROLES])
  @Query(() => [UnallocatedFundsItem], { description: 'Ej fördelade medel: sparad lista och förslag (EKBP/EKUP utan kostnadsbärande SDF).' })
  async unallocatedFunds(@Arg('month', () => String, { description: 'Månad, ÅÅÅÅ-MM.' }) month: string, @Ctx() { em }: AllocationContext): Promise<UnallocatedFundsItem[]> {
    return (await unallocatedFunds(em, month)).map(toUnallocatedItem);
  }

  @Authorized([...SHEET_ROLES])
  @Query(() => ExportedFile, { description: 'Fördelningsarket som Excel-fil.' })
  async exportAllocationSheet(@Arg('id', () => ID, { description: 'Versionens id.' }) id: string, @Ctx() { em }: AllocationContext): Promise<ExportedFile> {
    const row = await sheetById(em, id);
    return exportSheetToExcel({ month: row.month, version: row.version, status: row.status as SheetStatus }, contentOf(row));
  }

  @Authorized([...SHEET_ROLES])
  @Query(() => ExportedFile, { description: 'Utbetalningsfil till Agresso (bara godkända versioner).' })
  async agressoPaymentFile(@Arg('id', () => ID, { description: 'Versionens id.' }) id: string, @Ctx() { em }: AllocationContext): Promise<ExportedFile> {
    const row = await sheetById(em, id);
    if (row.status !== SheetStatus.APPROVED) throw new ConflictError('Utbetalningsfilen kan bara tas fram för ett godkänt fördelningsark.', 'NOT_APPROVED');
    return agressoFile({ month: row.month, version: row.version }, contentOf(row));
  }

  @Authorized([...SHEET_ROLES])
  @Mutation(() => AllocationSheet, { description: 'Spara månaden som ett utkast (ersätter innehållet i ett olåst utkast, annars en ny version).' })
  async saveAllocationSheet(
    @Arg('month', () => String, { description: 'Månad, ÅÅÅÅ-MM.' }) month: string,
    @Ctx() { em, identity }: AllocationContext,
    @Arg('note', () => String, { nullable: true, description: 'Anteckning.' }) note?: string | null,
  ): Promise<AllocationSheet> {
    const row = await saveSheet(em, identity, month, note);
    return (await withPrevious(em, [row]))[0]!;
  }

  @Authorized([...SHEET_ROLES])
  @Mutation(() => AllocationSheet, { description: 'Markera ett utkast som granskat.' })
  async reviewAllocationSheet(@Arg('id', () => ID, { description: 'Versionens id.' }) id: string, @Ctx() { em, identity }: AllocationContext): Promise<AllocationSheet> {
    return (await withPrevious(em, [await reviewSheet(em, identity, id)]))[0]!;
  }

  @Authorized([...SHEET_ROLES])
  @Mutation(() => AllocationSheet, { description: 'Godkänn en granskad version; den låses. Nekas om arket inte stämmer mot MiG:s utbetalning.' })
  async approveAllocationSheet(@Arg('id', () => ID, { description: 'Versionens id.' }) id: string, @Ctx() { em, identity }: AllocationContext): Promise<AllocationSheet> {
    return (await withPrevious(em, [await approveSheet(em, identity, id)]))[0]!;
  }

  @Authorized([...SHEET_ROLES])
  @Mutation(() => AllocationSheet, { description: 'Skicka tillbaka en granskad version till utkast, med motivering.' })
  async returnAllocationSheet(
    @Arg('id', () => ID, { description: 'Versionens id.' }) id: string,
    @Arg('reason', () => String, { description: 'Motivering.' }) reason: string,
    @Ctx() { em, identity }: AllocationContext,
  ): Promise<AllocationSheet> {
    return (await withPrevious(em, [await returnSheet(em, identity, id, reason)]))[0]!;
  }

  @Authorized([...SHEET_ROLES])
  @Mutation(() => [UnallocatedFundsItem], { description: 'Ersätt månadens sparade lista över ej fördelade medel.' })
  async saveUnallocatedFunds(
    @Arg('month', () => String, { description: 'Månad, ÅÅÅÅ-MM.' }) month: string,
    @Arg('items', () => [UnallocatedFundsItemInput], { description: 'Hela listan (ersätter den sparade).' }) items: UnallocatedFundsItemInput[],
    @Ctx() { em, identity }: AllocationContext,
  ): Promise<UnallocatedFundsItem[]> {
    if (items.length > 10_000) throw new ValidationError('items', 'Listan får innehålla högst 10 000 utbetalningar.', 'TOO_MANY');
    return (await saveUnallocatedFunds(em, identity, month, items)).map(toUnallocatedItem);
  }
}
