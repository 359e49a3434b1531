import { MikroORM, type Options, type EntityManager } from '@mikro-orm/postgresql';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import type { Constructor } from '@mikro-orm/core';
import { queryCounter } from './query-counter.js';

export interface SubgraphOrmOptions {
  /** PostgreSQL schema that the subgraph owns, e.g. `claims`. */
  schema: string;
  /** Connection URL of the platform database. */
  databaseUrl: string;
  /** MikroORM entity schemas (defineEntity). */
  entities: NonNullable<Options['entities']>;
  /** Committed migrations, in order. */
  migrations: { name: string; class: Constructor<Migration> }[];
  /** Folder for new migration files (only for `migration:create`). */
  migrationsSourceDir?: string;
  /** Pool size; default 10. */
  poolMax?: number;
  debug?: boolean;
}

export function ormConfig(options: SubgraphOrmOptions): Options {
  return {
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolMax ?? 10 },
    allowGlobalContext: false,
    debug: options.debug ?? false,
    // Every statement passes here: used to prove there is no N+1 (see query-counter.ts).
    onQuery: (sql: string) => {
      queryCounter.record(options.schema, sql);
      return sql;
    },
    migrations: {
      tableName: 'mikro_orm_migrations',
      schema: options.schema,
      ...(options.migrationsSourceDir
        ? { path: options.migrationsSourceDir, pathTs: options.migrationsSourceDir, glob: 'Migration*.ts', emit: 'ts' as const, snapshot: true }
        : { migrationsList: options.migrations, snapshot: false, snapshotOnMigrate: false }),
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
  } as Options;
}

export async function createOrm(options: SubgraphOrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Creates the subgraph's schema if missing and applies pending migrations. */
export async function migrate(options: SubgraphOrmOptions): Promise<string[]> {
  const orm = await MikroORM.init(ormConfig(options));
  try {
    await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

export type { MikroORM, EntityManager };
export { Migration } from '@mikro-orm/migrations';
