import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { ImportDeviationEntity, ImportFileEntity, type ImportDeviationRow } from '@statsbidrag/import-engine';
import { FIELDS_BY_KIND, isImportKind } from '../domain/mig-fields.js';
import { applyDecisionRows, checkDecisionRow } from './decision-import.js';
import { Matcher } from './matcher.js';
import { applyPaymentRows, checkPaymentRow, DecisionIndex } from './payment-import.js';
import { isUuid } from '@statsbidrag/domain';

export interface ResolveInput {
  deviationId: string;
  values?: { field: string; value: string }[] | null;
  claimId?: string | null;
  personId?: string | null;
  note?: string | null;
}

async function openDeviation(em: EntityManager, id: string): Promise<ImportDeviationRow> {
  if (!isUuid(id)) throw new NotFoundError('Avvikelsen finns inte.');
  const deviation = await em.findOne(ImportDeviationEntity, { id });
  if (!deviation) throw new NotFoundError('Avvikelsen finns inte.');
  if (deviation.status !== 'OPEN') throw new ConflictError(deviation.status === 'RESOLVED' ? 'Avvikelsen är redan åtgärdad.' : 'Avvikelsen är redan stängd.', 'NOT_OPEN');
  return deviation;
}

/**
 * Corrects a rejected row and applies it, in one transaction: the row is checked again with the
 * user's values and chosen links exactly as an import would; if it still fails, nothing changes and
 * the answer says why (at the field).
 */
export async function resolveDeviation(em: EntityManager, input: ResolveInput, username: string): Promise<ImportDeviationRow> {
  return em.transactional(async (tx) => {
    const deviation = await openDeviation(tx, input.deviationId);
    const file = await tx.findOneOrFail(ImportFileEntity, { id: deviation.importId });
    if (!isImportKind(file.kind)) throw new NotFoundError('Avvikelsen finns inte.');
    const fields = FIELDS_BY_KIND[file.kind];
    const values = { ...(deviation.values ?? {}) };
    for (const { field, value } of input.values ?? []) {
      if (!(field in fields)) throw new ValidationError('values', `Okänt fält: ${field}.`, 'UNKNOWN_FIELD');
      values[field] = value.trim();
    }
    for (const id of [input.claimId, input.personId]) if (id && !isUuid(id)) throw new ValidationError(id === input.claimId ? 'claimId' : 'personId', 'Id:t har fel format.', 'FORMAT');
    const row = { rowNumber: deviation.rowNumber, values, original: deviation.original };
    const receivedOn = new Date(file.receivedAt).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const overrides = { claimId: input.claimId ?? null, personId: input.personId ?? null };
    const matcher = await Matcher.load(tx as EntityManager);
    if (file.kind === 'MIG_BESLUT') {
      const checked = checkDecisionRow(row, matcher, { receivedOn, source: file.parameters?.source === 'OCR' ? 'OCR' : 'IMPORT', recordedBy: username }, overrides);
      if (!checked.ok) throw new ValidationError(checked.field, checked.message, checked.reason);
      await applyDecisionRows(tx as EntityManager, [checked.value], file.id, { source: file.parameters?.source === 'OCR' ? 'OCR' : 'IMPORT', recordedBy: username });
    } else {
      const options = { month: file.parameters?.paymentMonth ?? receivedOn.slice(0, 7), account: file.parameters?.account ?? null, receivedOn, recordedBy: username };
      const checked = checkPaymentRow(row, await DecisionIndex.load(tx as EntityManager), matcher, options, new Map(), overrides);
      if (!checked.ok) throw new ValidationError(checked.field, checked.message, checked.reason);
      await applyPaymentRows(tx as EntityManager, [{ rowNumber: row.rowNumber, value: checked.value }], file.id, options);
    }
    deviation.status = 'RESOLVED';
    deviation.values = values;
    deviation.resolution = input.note?.trim() || 'Rättad och tillämpad.';
    deviation.resolvedBy = username;
    deviation.resolvedAt = new Date();
    file.rowsApplied += 1;
    await tx.flush();
    return deviation;
  });
}

/** Closes a deviation without applying the row; the reason is required and kept. */
export async function closeDeviation(em: EntityManager, deviationId: string, reason: string, username: string): Promise<ImportDeviationRow> {
  const text = reason?.trim() ?? '';
  if (!text) throw new ValidationError('reason', 'Ange varför avvikelsen stängs.', 'REQUIRED');
  if (text.length > 1000) throw new ValidationError('reason', 'Skälet får vara högst 1 000 tecken.', 'TOO_LONG');
  const deviation = await openDeviation(em, deviationId);
  deviation.status = 'CLOSED';
  deviation.resolution = text;
  deviation.resolvedBy = username;
  deviation.resolvedAt = new Date();
  await em.flush();
  return deviation;
}
