import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { formatKronor } from '@statsbidrag/domain';
import { ConflictError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { AllocationSheetEntity, type AllocationSheetRow } from '../infra/allocation-sheet.entity.js';
import { loadSheetInputs } from './load-sheet-input.js';
import { computeSheetContent, type SheetContent, type SheetLineContent } from './sheet-content.js';

/** Review and lock (issue 6 point 8): DRAFT → REVIEWED → APPROVED (locked); corrections are new versions. */
export const SheetStatus = { DRAFT: 'DRAFT', REVIEWED: 'REVIEWED', APPROVED: 'APPROVED' } as const;
export type SheetStatus = (typeof SheetStatus)[keyof typeof SheetStatus];

export const LOCKED_MESSAGE = 'Fördelningsarket är godkänt och låst. En rättelse görs som en ny version (spara arket på nytt).';

export function assertMonth(month: string, field = 'month'): string {
  const m = month?.trim();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m ?? '')) throw new ValidationError(field, 'Månaden ska skrivas ÅÅÅÅ-MM, t.ex. 2025-03.', 'FORMAT');
  return m;
}

/** The live proposal: the month computed from the current data, not saved. */
export async function computeMonth(em: EntityManager, month: string): Promise<SheetContent> {
  const inputs = await loadSheetInputs(em, month, month);
  return computeSheetContent(inputs.get(month)!);
}

export function contentOf(row: AllocationSheetRow): SheetContent {
  return row.content as unknown as SheetContent;
}

export async function latestVersion(em: EntityManager, month: string): Promise<AllocationSheetRow | null> {
  return em.findOne(AllocationSheetEntity, { month }, { orderBy: { version: 'desc' } });
}

export async function sheetById(em: EntityManager, id: string): Promise<AllocationSheetRow> {
  const row = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOne(AllocationSheetEntity, { id }) : null;
  if (!row) throw new NotFoundError('Fördelningsarket finns inte.');
  return row;
}

/** Differences per line (code, kind, district) between two versions; unchanged lines are left out. */
export function lineChanges(before: readonly SheetLineContent[], after: readonly SheetLineContent[]) {
  const key = (l: SheetLineContent) => `${l.compensationCode}\u0000${l.kind}\u0000${l.districtCode ?? ''}`;
  const old = new Map(before.map((l) => [key(l), l]));
  const now = new Map(after.map((l) => [key(l), l]));
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
  return keys
    .map((k) => {
      const l = (now.get(k) ?? old.get(k))!;
      const b = old.get(k)?.amount ?? 0;
      const a = now.get(k)?.amount ?? 0;
      return { compensationCode: l.compensationCode, kind: l.kind, districtCode: l.districtCode, before: b, after: a, difference: a - b };
    })
    .filter((c) => c.difference !== 0);
}

/**
 * Saves the month as computed now. The latest version a DRAFT → its content is replaced; REVIEWED →
 * refused (send it back first); APPROVED or none → a new DRAFT version (n + 1).
 */
export async function saveSheet(em: EntityManager, identity: Identity, month: string, note: string | null | undefined): Promise<AllocationSheetRow> {
  month = assertMonth(month);
  const text = note?.trim() || null;
  if (text && text.length > 2000) throw new ValidationError('note', 'Anteckningen får vara högst 2 000 tecken.', 'TOO_LONG');
  return em.transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`allocation-sheet:${month}`]);
    const latest = await latestVersion(tx, month);
    const content = await computeMonth(tx, month);
    if (latest?.status === SheetStatus.REVIEWED) {
      throw new ConflictError('Den senaste versionen är granskad. Skicka tillbaka den till utkast innan arket sparas om.', 'UNDER_REVIEW');
    }
    if (latest?.status === SheetStatus.DRAFT) {
      latest.content = content as unknown as Record<string, unknown>;
      latest.total = content.total;
      latest.reconciled = content.reconciliation.ok;
      latest.note = text ?? latest.note ?? null;
      latest.createdBy = identity.sub;
      latest.createdAt = new Date();
      return latest;
    }
    return tx.create(AllocationSheetEntity, {
      id: randomUUID(),
      month,
      version: (latest?.version ?? 0) + 1,
      status: SheetStatus.DRAFT,
      previousId: latest?.id ?? null,
      content: content as unknown as Record<string, unknown>,
      total: content.total,
      reconciled: content.reconciliation.ok,
      note: text,
      createdBy: identity.sub,
      createdAt: new Date(),
    });
  });
}

function assertNotLocked(row: AllocationSheetRow): void {
  if (row.status === SheetStatus.APPROVED) throw new ConflictError(LOCKED_MESSAGE, 'LOCKED');
}

export async function reviewSheet(em: EntityManager, identity: Identity, id: string): Promise<AllocationSheetRow> {
  const row = await sheetById(em, id);
  assertNotLocked(row);
  if (row.status !== SheetStatus.DRAFT) throw new ConflictError('Bara ett utkast kan granskas.', 'NOT_DRAFT');
  row.status = SheetStatus.REVIEWED;
  row.reviewedBy = identity.sub;
  row.reviewedAt = new Date();
  await em.flush();
  return row;
}

export async function returnSheet(em: EntityManager, identity: Identity, id: string, reason: string): Promise<AllocationSheetRow> {
  const text = reason?.trim();
  if (!text) throw new ValidationError('reason', 'Skriv varför arket skickas tillbaka.', 'REQUIRED');
  if (text.length > 2000) throw new ValidationError('reason', 'Motiveringen får vara högst 2 000 tecken.', 'TOO_LONG');
  const row = await sheetById(em, id);
  assertNotLocked(row);
  if (row.status !== SheetStatus.REVIEWED) throw new ConflictError('Bara en granskad version kan skickas tillbaka till utkast.', 'NOT_REVIEWED');
  row.status = SheetStatus.DRAFT;
  row.reviewedBy = null;
  row.reviewedAt = null;
  row.content = { ...row.content, returned: { by: identity.sub, at: new Date().toISOString(), reason: text } };
  await em.flush();
  return row;
}

/**
 * Approves a reviewed version: refused when its saved content does not reconcile to the öre
 * (RECONCILIATION_DIFFERENCE) or when the data changed since it was saved (STALE).
 */
export async function approveSheet(em: EntityManager, identity: Identity, id: string): Promise<AllocationSheetRow> {
  return em.transactional(async (tx) => {
    const row = await sheetById(tx, id);
    await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`allocation-sheet:${row.month}`]);
    await tx.refresh(row);
    assertNotLocked(row);
    if (row.status !== SheetStatus.REVIEWED) throw new ConflictError('Arket måste granskas innan det kan godkännas.', 'NOT_REVIEWED');
    const content = contentOf(row);
    if (!content.reconciliation.ok) {
      const list = content.reconciliation.deviations.map((d) => `${d.compensationCode} ${formatKronor(d.difference)}`).join(', ');
      throw new ConflictError(`Arket stämmer inte mot MiG:s utbetalning och kan inte godkännas. Differens: ${list}.`, 'RECONCILIATION_DIFFERENCE');
    }
    const now = await computeMonth(tx, row.month);
    if (lineChanges(content.lines, now.lines).length > 0 || !now.reconciliation.ok) {
      throw new ConflictError('Underlaget har ändrats sedan arket sparades. Spara arket på nytt och granska det igen.', 'STALE');
    }
    row.status = SheetStatus.APPROVED;
    row.approvedBy = identity.sub;
    row.approvedAt = new Date();
    return row;
  });
}
