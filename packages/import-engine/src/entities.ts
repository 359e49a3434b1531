import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A file as it was received (bytes and SHA-256), with the state of its import. The same bytes of
 * the same kind are the same import: receiving them again changes nothing.
 */
export const ImportFileEntity = defineEntity({
  name: 'ImportFile',
  tableName: 'import_file',
  properties: {
    id: p.uuid().primary(),
    /** What the file holds, e.g. MIG_BESLUT. */
    kind: p.string(),
    fileName: p.string(),
    sha256: p.string(),
    sizeBytes: p.integer(),
    content: p.type('blob').lazy(),
    profileKey: p.string(),
    /** RECEIVED, RUNNING, APPLIED or FAILED. */
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
    /** A likely match or correction, when the handler has one. */
    suggestion: p.json<Record<string, unknown>>().nullable(),
  },
});
export type ImportDeviationRow = InferEntity<typeof ImportDeviationEntity>;

/** Register these in a subgraph that imports files (its own migration creates the tables). */
export const IMPORT_ENTITIES = [ImportFileEntity, ImportDeviationEntity] as const;

/** The SQL of the two tables in a schema (for a subgraph's migration). */
export function importTablesSql(schema: string): string[] {
  return [
    `create table "${schema}"."import_file" ("id" uuid not null, "kind" varchar(255) not null, "file_name" varchar(255) not null, "sha256" varchar(255) not null, "size_bytes" int not null, "content" bytea not null, "profile_key" varchar(255) not null, "status" varchar(255) not null, "rows_read" int not null default 0, "rows_applied" int not null default 0, "deviation_count" int not null default 0, "failure" text null, "received_by" varchar(255) not null, "received_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, primary key ("id"));`,
    `alter table "${schema}"."import_file" add constraint "import_file_kind_sha256_unique" unique ("kind", "sha256");`,
    `create table "${schema}"."import_deviation" ("id" uuid not null, "import_id" uuid not null, "row_number" int not null, "field" varchar(255) not null, "reason" varchar(255) not null, "message" text not null, "original" jsonb not null, "suggestion" jsonb null, primary key ("id"));`,
    `create index "import_deviation_import_id_index" on "${schema}"."import_deviation" ("import_id");`,
  ];
}
