import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A file as it was received (bytes and SHA-256), with the state of its import. The same bytes of
 * the same kind are the same import: receiving them again changes nothing.
 */
export const ImportFileEntity = defineEntity({
  name: 'ImportFile',
  tableName: 'import_file',
  uniques: [{ properties: ['kind', 'sha256'] }],
  properties: {
    id: p.uuid().primary(),
    /** What the file holds, e.g. MIG_BESLUT. */
    kind: p.string(),
    fileName: p.string(),
    sha256: p.string(),
    sizeBytes: p.integer(),
    content: p.type('blob').lazy(),
    profileKey: p.string(),
    /** What the user said about the file when sending it (e.g. a payment's month and account). */
    parameters: p.json<Record<string, string>>().nullable(),
    /** RECEIVED, QUEUED, RUNNING, APPLIED or FAILED. */
    status: p.string(),
    rowsRead: p.integer().default(0),
    rowsApplied: p.integer().default(0),
    deviationCount: p.integer().default(0),
    /** Why the file could not be imported at all (Swedish), when FAILED. */
    failure: p.text().nullable(),
    receivedBy: p.string(),
    receivedAt: p.datetime(),
    startedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
  },
});
export type ImportFileRow = InferEntity<typeof ImportFileEntity>;

/** A row that was not applied: its number, why, and the values as they stood in the file. */
export const ImportDeviationEntity = defineEntity({
  name: 'ImportDeviation',
  tableName: 'import_deviation',
  properties: {
    id: p.uuid().primary(),
    importId: p.uuid().index(),
    rowNumber: p.integer(),
    field: p.string(),
    reason: p.string(),
    message: p.text(),
    original: p.json<string[]>(),
    /** The row's fields as the profile picked them (for correcting the row in the deviation list). */
    values: p.json<Record<string, string>>().nullable(),
    /** A likely match or correction, when the handler has one. */
    suggestion: p.json<Record<string, unknown>>().nullable(),
    /** OPEN until a user resolves it (the row was corrected and applied) or closes it with a reason. */
    status: p.string().default('OPEN').index(),
    resolution: p.text().nullable(),
    resolvedBy: p.string().nullable(),
    resolvedAt: p.datetime().nullable(),
  },
});
export type ImportDeviationRow = InferEntity<typeof ImportDeviationEntity>;

/**
 * A mapping profile the system administrator added in the UI (the built-in ones live in code).
 * `definition` is a `MappingProfile` without its key, checked by `validateProfile` before saving.
 */
export const ImportProfileEntity = defineEntity({
  name: 'ImportProfile',
  tableName: 'import_profile',
  properties: {
    key: p.string().primary(),
    /** Which kind of file it reads, e.g. MIG_BESLUT. */
    kind: p.string().index(),
    name: p.string(),
    definition: p.json<Record<string, unknown>>(),
    createdBy: p.string(),
    updatedBy: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type ImportProfileRow = InferEntity<typeof ImportProfileEntity>;

/** Register these in a subgraph that imports files (its migration creates the tables from them). */
export const IMPORT_ENTITIES = [ImportFileEntity, ImportDeviationEntity, ImportProfileEntity] as const;
