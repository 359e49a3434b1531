import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { DecisionSettingsEntity } from '../../settings/infra/decision-settings.entity.js';
import { appealDeadlineOf, DEFAULT_APPEAL_DAYS, recoveryStatus, RecoverySource } from '../domain/recovery.js';
import { RecoveryEntity, type RecoveryRow } from '../infra/recovery.entity.js';
import { recordRecoveryChanged } from './recovery-events.js';

/** A row of MiG's decisions whose compensation code starts with Å, already matched by the import. */
export interface ImportedRecoveryRow {
  importId: string;
  /** Who ran the import (username). */
  importedBy: string;
  personId: string | null;
  districtCode: string | null;
  decisionId?: string | null;
  compensationCode: string;
  periodFrom: string | null;
  periodTo: string | null;
  /** Demanded, integer öre; MiG's negative amount is taken as its size. */
  amount: number;
  migCaseNumber: string | null;
  decidedAt: string | null;
  reason?: string | null;
}

/** Whether an imported compensation code is a recovery (återkrav): it starts with Å. */
export function isRecoveryCode(code: string | null | undefined): boolean {
  return /^Å/i.test(code?.trim() ?? '');
}

/**
 * 5.2: MiG's recovery decision read from an import becomes a recovery (source IMPORT), once: the
 * same case, code, period and amount imported again returns the recovery already recorded. For
 * the import's transaction; the district's contact persons hear of a new one (notify STARTED).
 */
export async function recordImportedRecovery(em: EntityManager, row: ImportedRecoveryRow): Promise<{ recovery: RecoveryRow; created: boolean }> {
  const amount = Math.abs(row.amount);
  if (!Number.isSafeInteger(amount) || amount === 0) throw new Error('recordImportedRecovery: amount must be integer öre, not 0');
  const compensationCode = row.compensationCode.trim().toUpperCase();
  const existing = await em.findOne(RecoveryEntity, {
    source: RecoverySource.IMPORT,
    migCaseNumber: row.migCaseNumber,
    compensationCode,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    amount,
  });
  if (existing) return { recovery: existing, created: false };

  const settings = row.decidedAt ? await em.findOne(DecisionSettingsEntity, { id: 1 }) : null;
  const recovery = em.create(RecoveryEntity, {
    id: randomUUID(),
    personId: row.personId,
    districtCode: row.districtCode,
    compensationCode,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    amount,
    offsetAmount: 0,
    reason: row.reason?.trim() || `Återkrav från MiG${row.migCaseNumber ? ` (${row.migCaseNumber})` : ''}.`,
    status: recoveryStatus({ amount, offsetAmount: 0 }),
    decisionId: row.decisionId ?? null,
    migCaseNumber: row.migCaseNumber,
    decidedAt: row.decidedAt,
    appealDeadline: row.decidedAt ? appealDeadlineOf(row.decidedAt, settings?.appealDays ?? DEFAULT_APPEAL_DAYS) : null,
    source: RecoverySource.IMPORT,
    importId: row.importId,
    createdBy: row.importedBy,
  });
  recordRecoveryChanged(em, recovery, { kind: 'STARTED', by: row.importedBy, fromSide: 'AMF' });
  return { recovery, created: true };
}
