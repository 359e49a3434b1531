import { printSubgraphSchema } from '@apollo/subgraph';
import type { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { createOrm, migrate, type SubgraphOrmOptions } from '@statsbidrag/db';
import { EVENT_ENTITIES, EventBus, installSubgraphEvents, type SubgraphEvents } from '@statsbidrag/events';
import type { GraphQLSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { readServiceEnvironment } from './environment.js';
import { startSubgraphServer, type RunningServer } from './server.js';
import { stopOn } from './shutdown.js';

/** Everything that makes one subgraph; the lifecycle below is the same for all five. */
export interface SubgraphDefinition<TContext> {
  /** Subgraph name = PostgreSQL schema name, e.g. `claims`. */
  name: string;
  defaultPort: number;
  entities: NonNullable<Options['entities']>;
  migrations: SubgraphOrmOptions['migrations'];
  buildSchema(): Promise<GraphQLSchema>;
  /** `runtime` gives resolvers what lives beside the request, e.g. the event bus to queue a background task. */
  createContext(em: EntityManager, identity: Identity, runtime: SubgraphRuntime): TContext;
  /** Idempotent demo data. */
  seed?(em: EntityManager): Promise<void>;
  /** The events it consumes and the jobs it schedules (every subgraph relays its own outbox). */
  events?: SubgraphEvents;
  /** Frees what the subgraph holds besides the database and the event bus (e.g. OCR workers), on close. */
  onClose?(): Promise<void>;
}

/** What a running subgraph offers its requests besides the database. */
export interface SubgraphRuntime {
  events: EventBus;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  orm: MikroORM;
  /** Outbox relay, consumers and scheduled jobs of this subgraph. */
  events: EventBus;
  close(): Promise<void>;
}

function ormOptions<T>(def: SubgraphDefinition<T>, databaseUrl: string): SubgraphOrmOptions {
  return { schema: def.name, databaseUrl, entities: [...def.entities, ...EVENT_ENTITIES], migrations: def.migrations };
}

export async function startSubgraph<T extends object>(
  def: SubgraphDefinition<T>,
  config: { databaseUrl: string; internalSecret: string; port: number; host?: string },
): Promise<RunningSubgraph> {
  const orm = await createOrm(ormOptions(def, config.databaseUrl));
  await orm.em.getConnection().execute('select 1'); // connect now: fail fast, and keep set-up out of the first request
  const schema = await def.buildSchema();
  const events = new EventBus({ subgraph: def.name, databaseUrl: config.databaseUrl, orm, ...def.events });
  let server: RunningServer;
  try {
    await events.start();
    server = await startSubgraphServer<T>({
      name: def.name,
      schema,
      port: config.port,
      ...(config.host ? { host: config.host } : {}),
      internalSecret: config.internalSecret,
      createContext: (identity) => def.createContext(orm.em.fork() as EntityManager, identity, { events }),
      healthCheck: async () => {
        await orm.em.getConnection().execute('select 1');
      },
    });
  } catch (err) {
    await events.stop().catch(() => undefined);
    await orm.close(true);
    throw err;
  }
  return {
    url: server.url,
    port: server.port,
    orm,
    events,
    async close() {
      await server.close();
      await events.stop();
      await def.onClose?.();
      await orm.close(true);
    },
  };
}

/** Applies the subgraph's migrations, then declares its queues, subscriptions and schedules. */
export async function migrateSubgraph<T>(def: SubgraphDefinition<T>, databaseUrl: string): Promise<string[]> {
  const applied = await migrate(ormOptions(def, databaseUrl));
  await installSubgraphEvents(def.name, databaseUrl, def.events ?? {});
  return applied;
}

export async function seedSubgraph<T>(def: SubgraphDefinition<T>, databaseUrl: string): Promise<void> {
  if (!def.seed) return;
  const orm = await createOrm(ormOptions(def, databaseUrl));
  try {
    await orm.em.fork().transactional((em) => def.seed!(em as EntityManager));
  } finally {
    await orm.close(true);
  }
}

/** Writes the subgraph's SDL (the input of supergraph composition). */
export async function writeSubgraphSdl<T>(def: SubgraphDefinition<T>, file: string): Promise<string> {
  const sdl = printSubgraphSchema(await def.buildSchema()).trim() + '\n';
  writeFileSync(file, sdl);
  return sdl;
}

/** Generates a migration from the difference between the entities and the snapshot (developer tool). */
export async function createMigration<T>(def: SubgraphDefinition<T>, databaseUrl: string, sourceDir: string): Promise<string | null> {
  const orm = await createOrm({ ...ormOptions(def, databaseUrl), migrationsSourceDir: sourceDir });
  try {
    await orm.em.getConnection().execute(`create schema if not exists "${def.name}"`);
    await orm.migrator.up();
    const result = await orm.migrator.create();
    return result.fileName || null;
  } finally {
    await orm.close(true);
  }
}

/** Entry point of `dist/main.js`: reads the environment, serves, stops cleanly on SIGTERM/SIGINT. */
export async function runSubgraphMain<T extends object>(def: SubgraphDefinition<T>): Promise<void> {
  const env = readServiceEnvironment(def.defaultPort);
  const running = await startSubgraph(def, env);
  console.log(`redo på ${running.url}`);
  stopOn(() => running.close());
}

export async function runSubgraphMigrate<T>(def: SubgraphDefinition<T>): Promise<void> {
  const env = readServiceEnvironment(def.defaultPort);
  const applied = await migrateSubgraph(def, env.databaseUrl);
  console.log(`[${def.name}] migreringar: ${applied.length ? applied.join(', ') : 'inga nya'}`);
}

export async function runSubgraphSeed<T>(def: SubgraphDefinition<T>): Promise<void> {
  const env = readServiceEnvironment(def.defaultPort);
  await seedSubgraph(def, env.databaseUrl);
  console.log(`[${def.name}] demodata klar`);
}

/**
 * `pnpm migration:create` in a subgraph: applies the committed migrations to a throwaway embedded
 * PostgreSQL, diffs against the entities, writes the new migration to src/migrations and
 * regenerates src/migrations/index.ts (the ordered list the runtime uses).
 */
export async function runCreateMigration<T>(def: SubgraphDefinition<T>, packageDir: string): Promise<void> {
  const { startEmbeddedPostgres } = await import('@statsbidrag/db/embedded');
  const { readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const sourceDir = join(packageDir, 'src', 'migrations');
  const pg = await startEmbeddedPostgres({ persistent: false, name: `migration-${def.name}` });
  try {
    await pg.ensureDatabase('migration');
    const file = await createMigration(def, pg.urlFor('migration'), sourceDir);
    console.log(file ? `[${def.name}] ny migrering: ${file}` : `[${def.name}] inga schemaändringar`);
  } finally {
    await pg.stop();
  }
  const names = readdirSync(sourceDir)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const index =
    '// Generated by `pnpm migration:create`: the ordered list of committed migrations.\n' +
    names.map((n, i) => `import { ${n} as M${i} } from './${n}.js';`).join('\n') +
    '\n\nexport const migrations = [\n' +
    names.map((n, i) => `  { name: '${n}', class: M${i} },`).join('\n') +
    '\n];\n';
  writeFileSync(join(sourceDir, 'index.ts'), index);
}
