import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomUUID } from 'node:crypto';
import { ImportDeviationEntity, ImportFileEntity, type ImportFileRow } from './entities.js';
import { mapRows, MappingError, type MappedRow } from './map-rows.js';
import type { MappingProfile } from './mapping.js';
import { ImportFileError } from './read-rows.js';

export interface RowRejection {
  field: string;
  reason: string;
  /** Swedish, for the deviation list. */
  message: string;
  suggestion?: Record<string, unknown> | null;
}
export type RowCheck<T> = ({ ok: true; value: T }) | ({ ok: false } & RowRejection);

/** What one kind of file does: checks each row and applies the accepted ones. */
export interface ImportHandler<T> {
  kind: string;
  /** Every row is checked; a rejection ends in the deviation list with the row's original values. */
  check(row: MappedRow, em: EntityManager): RowCheck<T> | Promise<RowCheck<T>>;
  /**
   * Applies every accepted row, inside the import's one transaction: use `em` (entities, query
   * builders, `em.execute`) – `em.getConnection().execute` would run outside the transaction.
   */
  apply(em: EntityManager, rows: readonly { rowNumber: number; value: T }[], importId: string): Promise<void>;
}

export interface ImportProgress {
  rowsRead: number;
  accepted: number;
  deviations: number;
}

export interface ImportSummary extends ImportProgress {
  importId: string;
  status: 'APPLIED' | 'FAILED';
  /** True when the file had been imported before and nothing was done now. */
  alreadyApplied: boolean;
  failure: string | null;
}

export const APPLY_FAILED = 'Importen kunde inte genomföras och ingenting har ändrats. Försök igen; kvarstår felet, kontakta systemförvaltningen.';

/**
 * Stores a received file (bytes and SHA-256). The same bytes of the same kind again are the same
 * import: the stored one is returned with `alreadyReceived`.
 */
export async function receiveImportFile(
  em: EntityManager,
  input: { kind: string; fileName: string; content: Buffer; profileKey: string; receivedBy: string; parameters?: Record<string, string> | null },
): Promise<{ file: ImportFileRow; alreadyReceived: boolean }> {
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const existing = await em.findOne(ImportFileEntity, { kind: input.kind, sha256 });
  if (existing) return { file: existing, alreadyReceived: true };
  const file = em.create(ImportFileEntity, {
    id: randomUUID(), kind: input.kind, fileName: input.fileName, sha256, sizeBytes: input.content.length, content: input.content,
    profileKey: input.profileKey, parameters: input.parameters ?? null, status: 'RECEIVED', rowsRead: 0, rowsApplied: 0, deviationCount: 0, failure: null,
    receivedBy: input.receivedBy, receivedAt: new Date(), startedAt: null, finishedAt: null,
  });
  await em.flush();
  return { file, alreadyReceived: false };
}

/**
 * Runs an import: reads the stored file streamed with the profile, checks every row, and in ONE
 * transaction applies the accepted rows, writes every deviation and marks the file APPLIED – or,
 * when anything fails, changes nothing but the file's FAILED state. Progress is written outside
 * that transaction, so a screen can show it while the import runs. Running it again after a crash
 * starts over (nothing was applied); after success it does nothing.
 */
export async function runImport<T>(
  em: EntityManager,
  importId: string,
  handler: ImportHandler<T>,
  profile: MappingProfile,
  options: { progressEvery?: number; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportSummary> {
  const every = options.progressEvery ?? 1000;
  const fork = () => em.fork({ clear: true });
  const file = await fork().findOneOrFail(ImportFileEntity, { id: importId }, { populate: ['content'] as never });
  if (file.status === 'APPLIED') {
    return { importId, status: 'APPLIED', alreadyApplied: true, failure: null, rowsRead: file.rowsRead, accepted: file.rowsApplied, deviations: file.deviationCount };
  }
  const mark = (values: Partial<ImportFileRow>) => fork().nativeUpdate(ImportFileEntity, { id: importId }, values);
  await mark({ status: 'RUNNING', startedAt: new Date(), finishedAt: null, failure: null, rowsRead: 0, rowsApplied: 0, deviationCount: 0 });

  const accepted: { rowNumber: number; value: T }[] = [];
  const deviations: ({ rowNumber: number; original: string[]; values: Record<string, string> } & RowRejection)[] = [];
  let rowsRead = 0;
  const progress = (): ImportProgress => ({ rowsRead, accepted: accepted.length, deviations: deviations.length });
  const checker = fork();
  try {
    for await (const row of mapRows({ buffer: file.content as Buffer }, profile)) {
      rowsRead++;
      const result = await handler.check(row, checker);
      if (result.ok) accepted.push({ rowNumber: row.rowNumber, value: result.value });
      else deviations.push({ rowNumber: row.rowNumber, original: row.original, values: row.values, field: result.field, reason: result.reason, message: result.message, suggestion: result.suggestion ?? null });
      if (rowsRead % every === 0) {
        await mark({ rowsRead });
        options.onProgress?.(progress());
      }
    }
  } catch (error) {
    const failure = error instanceof MappingError || error instanceof ImportFileError ? error.message : null;
    if (failure === null) throw error;
    await mark({ status: 'FAILED', failure, rowsRead, finishedAt: new Date() });
    return { importId, status: 'FAILED', alreadyApplied: false, failure, ...progress() };
  }

  try {
    await fork().transactional(async (tx) => {
      await handler.apply(tx, accepted, importId);
      for (const d of deviations) {
        tx.create(ImportDeviationEntity, { id: randomUUID(), importId, rowNumber: d.rowNumber, field: d.field, reason: d.reason, message: d.message, original: d.original, values: d.values, suggestion: d.suggestion ?? null, status: 'OPEN' });
      }
      await tx.flush();
      await tx.nativeUpdate(ImportFileEntity, { id: importId }, { status: 'APPLIED', rowsRead, rowsApplied: accepted.length, deviationCount: deviations.length, finishedAt: new Date() });
    });
  } catch (error) {
    console.error(`[import] ${handler.kind} ${importId} kunde inte tillämpas`, error);
    await mark({ status: 'FAILED', failure: APPLY_FAILED, rowsRead, finishedAt: new Date() });
    return { importId, status: 'FAILED', alreadyApplied: false, failure: APPLY_FAILED, ...progress() };
  }
  options.onProgress?.(progress());
  return { importId, status: 'APPLIED', alreadyApplied: false, failure: null, ...progress() };
}
