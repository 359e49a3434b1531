import { createTestDatabase } from '@statsbidrag/db';
import { setTestDatabaseServer, testDatabaseServer } from './environment.js';

export interface BenchDatabase {
  url: string;
  /** Drops the database and stops the embedded server if this call started it. */
  close(): Promise<void>;
}

/**
 * A fresh database on the server named by TEST_DATABASE_URL (the jest global setup sets it); when
 * there is none, an embedded PostgreSQL is started for this run and stopped again by `close`.
 */
export async function startBenchDatabase(name = 'bench'): Promise<BenchDatabase> {
  let stopServer: (() => Promise<void>) | null = null;
  if (!testDatabaseServer()) {
    const { startEmbeddedPostgres } = await import('@statsbidrag/db/embedded');
    const server = await startEmbeddedPostgres({ persistent: false, name });
    setTestDatabaseServer(server.url);
    stopServer = async () => {
      setTestDatabaseServer(undefined);
      await server.stop();
    };
  }
  try {
    const db = await createTestDatabase(name);
    return {
      url: db.url,
      close: async () => {
        await db.drop().catch(() => undefined);
        await stopServer?.();
      },
    };
  } catch (err) {
    await stopServer?.().catch(() => undefined);
    throw err;
  }
}
