// Preset for packages whose tests need the real (embedded) PostgreSQL.
// One server per jest run; every test file creates its own database (see createTestDatabase in @statsbidrag/db).
import { createRequire } from 'node:module';
import { preset } from './jest-preset.js';
const require = createRequire(import.meta.url);

export function dbPreset(overrides = {}) {
  return preset({
    globalSetup: require.resolve('./global-setup-db.js'),
    globalTeardown: require.resolve('./global-teardown-db.js'),
    testTimeout: 60_000,
    ...overrides,
  });
}
export default dbPreset();
