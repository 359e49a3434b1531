import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { BackgroundTask } from '@statsbidrag/events';
import { ConflictError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { ImportFileEntity, receiveImportFile, runImport, type ImportFileRow } from '@statsbidrag/import-engine';
import type { TaskQueue } from '../../context.js';
import { isFlatRateImportKind, type FlatRateImportKind } from '../domain/flat-rate-fields.js';
import { flatRateImportHandler, paymentSource } from './flat-rate-import.js';
import { decodeIncoming } from './incoming.js';
import { findProfile } from './profiles.js';

export const FLAT_RATE_IMPORT_TASK = 'run-flat-rate-import';
export const MAX_FLAT_RATE_IMPORT_BYTES = 10 * 1024 * 1024;
export const FLAT_RATE_IMPORT_KIND_LIST = ['GENERALSCHABLON', 'ESERVICE_SCHABLON'];

export interface StartFlatRateImportInput {
  kind: string;
  profileKey?: string | null;
  fileName: string;
  content: Buffer;
  /** Where the file came from when not from MiG: OCR (reviewed rows of a scanned paper decision). */
  source?: 'OCR';
}

const dateSv = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

function checkFile(input: StartFlatRateImportInput): void {
  if (!isFlatRateImportKind(input.kind)) throw new ValidationError('kind', 'Okänd filtyp. Välj generalschablon (textfil från MiG) eller schabloner från e-tjänsten (Excel).', 'UNKNOWN_KIND');
  const fileName = input.fileName?.trim() ?? '';
  if (!fileName) throw new ValidationError('fileName', 'Filen saknar namn.', 'REQUIRED');
  if (fileName.length > 255) throw new ValidationError('fileName', 'Filnamnet får vara högst 255 tecken.', 'TOO_LONG');
  if (input.content.length === 0) throw new ValidationError('contentBase64', 'Filen är tom (0 byte). Välj en annan fil.', 'EMPTY');
  if (input.content.length > MAX_FLAT_RATE_IMPORT_BYTES) throw new ValidationError('contentBase64', 'Filen är större än 10 MB. Dela upp den i flera filer.', 'TOO_LARGE');
}

/**
 * Receives a flat-rate file (decrypted first if it came OpenPGP-encrypted) and queues its import.
 * The same bytes of the same kind again are the same file: nothing new happens.
 */
export async function startFlatRateImport(em: EntityManager, queue: TaskQueue, input: StartFlatRateImportInput, username: string): Promise<{ file: ImportFileRow; alreadyReceived: boolean; message: string }> {
  checkFile(input);
  const profile = await findProfile(em, input.kind, input.profileKey?.trim().toUpperCase() || null);
  const incoming = await decodeIncoming(input.content);
  const parameters: Record<string, string> = { encrypted: String(incoming.encrypted), ...(input.source ? { source: input.source } : {}) };
  const { file, alreadyReceived } = await receiveImportFile(em, { kind: input.kind, fileName: input.fileName.trim(), content: incoming.content, profileKey: profile.key, receivedBy: username, parameters });
  if (alreadyReceived) {
    const when = dateSv(file.receivedAt);
    const message =
      file.status === 'APPLIED'
        ? `Filen är redan importerad (${file.fileName}, ${when}): ${file.rowsApplied} rader bokade, ${file.deviationCount} avvikelser. Ingenting har ändrats.`
        : file.status === 'FAILED'
          ? `Filen togs emot ${when} men importen misslyckades. Öppna importen och välj Försök igen.`
          : `Filen togs emot ${when} och importeras redan.`;
    return { file, alreadyReceived, message };
  }
  await queueImport(em, queue, file);
  return { file, alreadyReceived, message: 'Filen är mottagen och importeras nu. Du kan följa förloppet här.' };
}

async function queueImport(em: EntityManager, queue: TaskQueue, file: ImportFileRow): Promise<void> {
  await em.nativeUpdate(ImportFileEntity, { id: file.id }, { status: 'QUEUED', failure: null });
  file.status = 'QUEUED';
  file.failure = null;
  await queue.sendTask(FLAT_RATE_IMPORT_TASK, { importId: file.id }, { singletonKey: file.id });
}

/** Queues a failed import again (read from the start; nothing of it was applied). */
export async function retryFlatRateImport(em: EntityManager, queue: TaskQueue, importId: string): Promise<ImportFileRow> {
  const file = await em.findOne(ImportFileEntity, { id: importId });
  if (!file || !isFlatRateImportKind(file.kind)) throw new NotFoundError('Importen finns inte.');
  if (file.status === 'APPLIED') throw new ConflictError('Importen är redan genomförd.', 'ALREADY_APPLIED');
  if (file.status !== 'FAILED') throw new ConflictError('Importen pågår redan.', 'IN_PROGRESS');
  await queueImport(em, queue, file);
  return file;
}

/** Runs one queued import (the background task). Safe to run again: an applied file is left alone. */
export async function runQueuedFlatRateImport(orm: MikroORM, importId: string): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  const file = await em.findOne(ImportFileEntity, { id: importId }, { disableIdentityMap: true });
  if (!file || file.status === 'APPLIED' || !isFlatRateImportKind(file.kind)) return;
  let profile;
  try {
    profile = await findProfile(em, file.kind, file.profileKey);
  } catch {
    await em.nativeUpdate(ImportFileEntity, { id: importId }, { status: 'FAILED', failure: `Importprofilen ${file.profileKey} finns inte längre. Importera filen igen med en annan profil.`, finishedAt: new Date() });
    return;
  }
  await runImport(em, importId, flatRateImportHandler(file.kind as FlatRateImportKind, file.receivedBy, paymentSource(file)), profile, { progressEvery: 500 });
}

export const flatRateImportTask: BackgroundTask<{ importId: string }> = {
  name: FLAT_RATE_IMPORT_TASK,
  run: (orm, data) => runQueuedFlatRateImport(orm as MikroORM, data.importId),
};
