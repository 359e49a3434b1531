import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { BackgroundTask } from '@statsbidrag/events';
import { ConflictError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { ImportFileEntity, receiveImportFile, runImport, type ImportFileRow, type ImportHandler } from '@statsbidrag/import-engine';
import { isImportKind, IMPORT_KINDS, type ImportKind } from '../domain/mig-fields.js';
import { parseMonth } from '../domain/parse.js';
import { offsetRecoveries } from '../../recovery/application/offset-recoveries.js';
import { decisionImportHandler } from './decision-import.js';
import { paymentImportHandler } from './payment-import.js';
import { findProfile } from './profiles.js';

export const IMPORT_TASK = 'run-import';
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Queues background tasks (the event bus in a running subgraph). */
export interface TaskQueue {
  sendTask(name: string, data: object, options?: { singletonKey?: string }): Promise<string | null>;
}

export interface StartImportInput {
  kind: string;
  profileKey: string;
  fileName: string;
  content: Buffer;
  paymentMonth?: string | null;
  account?: string | null;
  source?: 'FILE' | 'OCR';
}

const dateSv = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

function checkFile(input: StartImportInput): { parameters: Record<string, string> } {
  if (!isImportKind(input.kind)) throw new ValidationError('kind', 'Okänd filtyp. Välj MiG-beslut eller utbetalningsspecifikation.', 'UNKNOWN_KIND');
  const fileName = input.fileName?.trim() ?? '';
  if (!fileName) throw new ValidationError('fileName', 'Filen saknar namn.', 'REQUIRED');
  if (fileName.length > 255) throw new ValidationError('fileName', 'Filnamnet får vara högst 255 tecken.', 'TOO_LONG');
  if (input.content.length === 0) throw new ValidationError('contentBase64', 'Filen är tom (0 byte). Välj en annan fil.', 'EMPTY');
  if (input.content.length > MAX_IMPORT_BYTES) throw new ValidationError('contentBase64', 'Filen är större än 10 MB. Dela upp den i flera filer.', 'TOO_LARGE');
  const parameters: Record<string, string> = { source: input.source ?? 'FILE' };
  if (input.kind === 'MIG_UTBETALNING') {
    const month = input.paymentMonth ? parseMonth(input.paymentMonth) : null;
    if (!input.paymentMonth?.trim()) throw new ValidationError('paymentMonth', 'Ange vilken månad utbetalningen gäller (ÅÅÅÅ-MM).', 'REQUIRED');
    if (!month) throw new ValidationError('paymentMonth', `Utbetalningsmånaden "${input.paymentMonth}" ska skrivas ÅÅÅÅ-MM.`, 'FORMAT');
    parameters.paymentMonth = month;
    const account = input.account?.trim();
    if (account) {
      if (account.length > 40) throw new ValidationError('account', 'Kontot får vara högst 40 tecken.', 'TOO_LONG');
      parameters.account = account;
    }
  }
  return { parameters };
}

/**
 * Receives a file and queues its import. The same bytes of the same kind again are the same file:
 * nothing new happens and the answer says what became of it.
 */
export async function startImport(em: EntityManager, queue: TaskQueue, input: StartImportInput, username: string): Promise<{ file: ImportFileRow; alreadyReceived: boolean; message: string }> {
  const { parameters } = checkFile(input);
  const profile = await findProfile(em, input.kind, input.profileKey);
  const { file, alreadyReceived } = await receiveImportFile(em, { kind: input.kind, fileName: input.fileName.trim(), content: input.content, profileKey: profile.key, receivedBy: username, parameters });
  if (alreadyReceived) {
    const when = dateSv(file.receivedAt);
    const message =
      file.status === 'APPLIED'
        ? `Filen är redan importerad (${file.fileName}, ${when}): ${file.rowsApplied} rader tillämpade, ${file.deviationCount} avvikelser. Ingenting har ändrats.`
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
  await queue.sendTask(IMPORT_TASK, { importId: file.id }, { singletonKey: file.id });
}

/** Queues a failed import again (the file is read from the start; nothing of it was applied). */
export async function retryImport(em: EntityManager, queue: TaskQueue, importId: string): Promise<ImportFileRow> {
  const file = await em.findOne(ImportFileEntity, { id: importId });
  if (!file || !isImportKind(file.kind)) throw new NotFoundError('Importen finns inte.');
  if (file.status === 'APPLIED') throw new ConflictError('Importen är redan genomförd.', 'ALREADY_APPLIED');
  if (file.status !== 'FAILED') throw new ConflictError('Importen pågår redan.', 'IN_PROGRESS');
  await queueImport(em, queue, file);
  return file;
}

/** The handler for a file, with what its import needs to know. */
export function handlerFor(file: Pick<ImportFileRow, 'kind' | 'receivedAt' | 'receivedBy' | 'parameters'>): ImportHandler<unknown> {
  const receivedOn = dateSv(new Date(file.receivedAt));
  const source = file.parameters?.source === 'OCR' ? 'OCR' : 'IMPORT';
  if (file.kind === 'MIG_UTBETALNING') {
    return paymentImportHandler({
      month: file.parameters?.paymentMonth ?? receivedOn.slice(0, 7), account: file.parameters?.account ?? null, receivedOn, recordedBy: file.receivedBy,
      // 5.7: unsettled recoveries are offset against this payment in the same transaction.
      afterApply: (em, payment) => offsetRecoveries(em, payment),
    }) as ImportHandler<unknown>;
  }
  return decisionImportHandler({ receivedOn, source, recordedBy: file.receivedBy }) as ImportHandler<unknown>;
}

/** Runs one queued import (the background task). Safe to run again: an applied file is left alone. */
export async function runQueuedImport(orm: MikroORM, importId: string): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  const file = await em.findOne(ImportFileEntity, { id: importId }, { disableIdentityMap: true });
  if (!file || file.status === 'APPLIED' || !isImportKind(file.kind)) return;
  let profile;
  try {
    profile = await findProfile(em, file.kind, file.profileKey);
  } catch {
    await em.nativeUpdate(ImportFileEntity, { id: importId }, { status: 'FAILED', failure: `Importprofilen ${file.profileKey} finns inte längre. Importera filen igen med en annan profil.`, finishedAt: new Date() });
    return;
  }
  await runImport(em, importId, handlerFor(file), profile, { progressEvery: 500 });
}

export const importTask: BackgroundTask<{ importId: string }> = {
  name: IMPORT_TASK,
  run: (orm, data) => runQueuedImport(orm as MikroORM, data.importId),
};

export const kindLabel = (kind: string) => (isImportKind(kind) ? IMPORT_KINDS[kind as ImportKind] : kind);
