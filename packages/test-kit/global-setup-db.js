import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Starts one embedded PostgreSQL for the jest run. @statsbidrag/db is resolved from the package
 * under test (test-kit does not depend on db, which itself uses this preset).
 */
export default async function globalSetup(_globalConfig, projectConfig) {
  if (process.env.TEST_DATABASE_URL) return; // an external server was given
  const require = createRequire(join(projectConfig.rootDir, 'package.json'));
  const { startEmbeddedPostgres } = await import(pathToFileURL(require.resolve('@statsbidrag/db/embedded')).href);
  const server = await startEmbeddedPostgres({ persistent: false, name: `jest-${process.pid}` });
  globalThis.__STATSBIDRAG_PG__ = server;
  process.env.TEST_DATABASE_URL = server.url;
}
