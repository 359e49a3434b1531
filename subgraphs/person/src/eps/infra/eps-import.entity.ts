import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { EpsRowProblem } from '../domain/eps-row.js';

/** An applied EPS extract: who imported which file when, with its counts and rejected rows. */
export const EpsImportEntity = defineEntity({
  name: 'EpsImport',
  tableName: 'eps_import',
  properties: {
    id: p.uuid().primary(),
    /** SHA-256 of the file's bytes: the same file is applied once. */
    contentHash: p.string().unique(),
    fileName: p.string(),
    format: p.string(),
    importedAt: p.datetime().index(),
    importedBy: p.string(),
    rowCount: p.integer(),
    appliedCount: p.integer(),
    rejectedCount: p.integer(),
    flaggedCount: p.integer(),
    rejectedRows: p.json<EpsRowProblem[]>(),
  },
});
export type EpsImportRow = InferEntity<typeof EpsImportEntity>;
