import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, type Identity } from '@statsbidrag/domain';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import type { FieldProblem } from '../domain/claim.js';
import { duplicateKey, validateProposal, type ClaimProposal } from '../domain/claim-proposal.js';
import { ClaimProposalImportEntity, type ClaimProposalImportRow } from '../infra/claim.entity.js';
import { activeClaimTypeCodes, createProposal, defaultResponsibles, openClaimKeys } from './propose-claim.js';

export interface ProposalRow extends ClaimProposal {
  rowNumber: number;
  /** Why the browser could not identify the person (the row is then rejected). */
  personProblem?: string | null;
}

export interface ProposalImportInput {
  fileName: string;
  contentHash: string;
  rows: ProposalRow[];
}

export interface RejectedRow { rowNumber: number; field: string; reason: string; message: string }

export interface ProposalImportResult {
  importId: string;
  alreadyImported: boolean;
  rowCount: number;
  createdCount: number;
  rejectedRows: RejectedRow[];
}

export const MAX_IMPORT_ROWS = 2000;

function toResult(row: ClaimProposalImportRow, alreadyImported: boolean): ProposalImportResult {
  return {
    importId: row.id,
    alreadyImported,
    rowCount: row.rowCount,
    createdCount: row.createdCount,
    rejectedRows: row.rejectedRows.map((r) => ({ rowNumber: r.row, field: r.field, reason: r.reason, message: r.message })),
  };
}

function validateImport(input: ProposalImportInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fileName = input.fileName?.trim() ?? '';
  if (!fileName) problems.push({ field: 'fileName', reason: 'REQUIRED', message: 'Filnamnet saknas.' });
  else if (fileName.length > 255) problems.push({ field: 'fileName', reason: 'TOO_LONG', message: 'Filnamnet får vara högst 255 tecken.' });
  if (!/^[0-9a-f]{64}$/.test(input.contentHash ?? '')) problems.push({ field: 'contentHash', reason: 'FORMAT', message: 'Filens kontrollsumma (SHA-256) är ogiltig.' });
  if (!input.rows?.length) problems.push({ field: 'rows', reason: 'REQUIRED', message: 'Filen innehåller inga förslag.' });
  else if (input.rows.length > MAX_IMPORT_ROWS) problems.push({ field: 'rows', reason: 'TOO_MANY', message: `En fil får innehålla högst ${MAX_IMPORT_ROWS} förslag.` });
  else {
    const numbers = input.rows.map((r) => r.rowNumber);
    if (numbers.some((n) => !Number.isSafeInteger(n) || n < 1) || new Set(numbers).size !== numbers.length) {
      problems.push({ field: 'rows', reason: 'FORMAT', message: 'Radnumren måste vara unika positiva heltal.' });
    }
  }
  return problems;
}

/**
 * Step 1b by Excel: the browser read the file and identified the persons; the server checks every
 * row again, creates the valid ones in ONE transaction and records the import with the rejected
 * rows. The same file (contentHash) again returns the first result and creates nothing.
 */
export async function importClaimProposals(em: EntityManager, identity: Identity, input: ProposalImportInput, now: Date = new Date()): Promise<ProposalImportResult> {
  const problems = validateImport(input);
  if (problems.length) throw ValidationError.of(problems);
  const earlier = await em.fork().findOne(ClaimProposalImportEntity, { contentHash: input.contentHash });
  if (earlier) return toResult(earlier, true);
  try {
    return await em.transactional(async (tx) => {
      const types = await activeClaimTypeCodes(tx);
      const rows = [...input.rows].sort((a, b) => a.rowNumber - b.rowNumber);
      const open = await openClaimKeys(tx, [...new Set(rows.map((r) => r.personId).filter((id): id is string => !!id && isUuid(id)))]);
      const seen = new Set<string>();
      const rejected: RejectedRow[] = [];
      const valid: (ProposalRow & { personId: string })[] = [];
      for (const row of rows) {
        const personProblem = row.personProblem?.trim();
        if (personProblem) {
          rejected.push({ rowNumber: row.rowNumber, field: 'personId', reason: 'PERSON_NOT_IDENTIFIED', message: personProblem.slice(0, 500) });
          continue;
        }
        const rowProblems = validateProposal(row, types);
        if (rowProblems.length) {
          rejected.push(...rowProblems.map((p) => ({ rowNumber: row.rowNumber, field: p.field, reason: p.reason, message: p.message })));
          continue;
        }
        const key = duplicateKey(row);
        if (seen.has(key) || open.has(key)) {
          rejected.push({
            rowNumber: row.rowNumber, field: 'personId', reason: 'DUPLICATE',
            message: seen.has(key) ? 'Samma person, ersättningstyp och period finns redan tidigare i filen.' : 'Det finns redan en öppen återsökning för personen med samma ersättningstyp och period.',
          });
          continue;
        }
        seen.add(key);
        valid.push({ ...row, personId: row.personId! });
      }
      const importId = randomUUID();
      const responsibles = await defaultResponsibles(tx, [...new Set(valid.map((r) => r.claimTypeCode.trim()))]);
      for (const row of valid) await createProposal(tx, identity, row, now, responsibles, importId);
      const record = tx.create(ClaimProposalImportEntity, {
        id: importId,
        contentHash: input.contentHash,
        fileName: input.fileName.trim(),
        importedBy: identity.sub,
        importedAt: now,
        rowCount: rows.length,
        createdCount: valid.length,
        rejectedRows: rejected.map((r) => ({ row: r.rowNumber, field: r.field, reason: r.reason, message: r.message })),
      });
      await tx.flush();
      return toResult(record, false);
    });
  } catch (err) {
    // The same file sent twice at once: the other request won; answer with its result.
    if (err instanceof UniqueConstraintViolationException) {
      const winner = await em.fork().findOne(ClaimProposalImportEntity, { contentHash: input.contentHash });
      if (winner) return toResult(winner, true);
    }
    throw err;
  }
}
