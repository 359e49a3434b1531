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
   * Applies accepted rows, inside the import's one transaction: use `em` (entities, query
   * builders, `em.execute`) – `em.getConnection().execute` would run outside the transaction.
   * Called once per chunk of at most `APPLY_CHUNK` rows while the file is read (so a large file
   * runs in bounded memory); the identity map is cleared after each call, so keep no entities.
   */
  apply(em: EntityManager, rows: readonly { rowNumber: number; value: T }[], importId: string): Promise<void>;
  /** After the last chunk, still in the transaction: what needs the whole file (e.g. offsetting against the payment's total). */
  finish?(em: EntityManager, importId: string): Promise<void>;
}

/** Rows applied (and deviations written) per round trip while the file is read. */
export const APPLY_CHUNK = 1000;

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
 * transaction (open while the file is read; rows applied in chunks) applies the accepted rows,
 * writes every deviation and marks the file APPLIED – or, when anything fails, changes nothing but
 * the file's FAILED state. Progress is written outside
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

  type Deviation = { rowNumber: number; original: string[]; values: Record<string, string> } & RowRejection;
  let accepted = 0;
  let deviationCount = 0;
  let rowsRead = 0;
  let pending: { rowNumber: number; value: T }[] = [];
  let pendingDeviations: Deviation[] = [];
  const progress = (): ImportProgress => ({ rowsRead, accepted, deviations: deviationCount });
  const checker = fork();
  // One transaction from the first row to the last: accepted rows are applied in chunks as they are
  // read, so memory stays bounded, and a failure or a killed process rolls everything back.
  const tx = fork();
  const applyPending = async () => {
    if (pending.length) await handler.apply(tx, pending, importId);
    for (const d of pendingDeviations) {
      tx.create(ImportDeviationEntity, { id: randomUUID(), importId, rowNumber: d.rowNumber, field: d.field, reason: d.reason, message: d.message, original: d.original, values: d.values, suggestion: d.suggestion ?? null, status: 'OPEN' });
    }
    await tx.flush();
    tx.clear();
    pending = [];
    pendingDeviations = [];
  };
  let stage: 'read' | 'apply' = 'read';
  await tx.begin();
  try {
    for await (const row of mapRows({ buffer: file.content as Buffer }, profile)) {
      rowsRead++;
      const result = await handler.check(row, checker);
      if (result.ok) {
        accepted++;
        pending.push({ rowNumber: row.rowNumber, value: result.value });
      } else {
        deviationCount++;
        pendingDeviations.push({ rowNumber: row.rowNumber, original: row.original, values: row.values, field: result.field, reason: result.reason, message: result.message, suggestion: result.suggestion ?? null });
      }
      if (pending.length + pendingDeviations.length >= APPLY_CHUNK) {
        stage = 'apply';
        await applyPending();
        stage = 'read';
      }
      if (rowsRead % every === 0) {
        await mark({ rowsRead, rowsApplied: accepted, deviationCount });
        options.onProgress?.(progress());
      }
    }
    stage = 'apply';
    await applyPending();
    await handler.finish?.(tx, importId);
    await tx.nativeUpdate(ImportFileEntity, { id: importId }, { status: 'APPLIED', rowsRead, rowsApplied: accepted, deviationCount, finishedAt: new Date() });
    await tx.commit();
  } catch (error) {
    await tx.rollback().catch(() => undefined);
    const fileProblem = stage === 'read' && (error instanceof MappingError || error instanceof ImportFileError) ? error.message : null;
    if (fileProblem === null && stage === 'read') throw error;
    if (fileProblem === null) console.error(`[import] ${handler.kind} ${importId} kunde inte tillämpas`, error);
    const failure = fileProblem ?? APPLY_FAILED;
    await mark({ status: 'FAILED', failure, rowsRead, rowsApplied: 0, deviationCount: 0, finishedAt: new Date() });
    return { importId, status: 'FAILED', alreadyApplied: false, failure, rowsRead, accepted: 0, deviations: 0 };
  }
  options.onProgress?.(progress());
  return { importId, status: 'APPLIED', alreadyApplied: false, failure: null, ...progress() };
}
