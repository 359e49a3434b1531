import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureDatabase } from './embedded.js';
import { testDatabaseServerUrl } from './environment.js';

/**
 * Creates a fresh database on the test server (started by the jest global setup, see
 * @statsbidrag/test-kit) and returns its URL. Each test file gets its own database, so test files
 * can run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(label = 'test'): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = testDatabaseServerUrl();
  if (!serverUrl) throw new Error('TEST_DATABASE_URL saknas: kör testerna via jest-preset-db.');
  const name = `${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
