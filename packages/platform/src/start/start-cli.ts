import { fileURLToPath } from 'node:url';
import { describePlatform, startPlatform } from './platform.js';
import { readStartEnvironment } from './environment.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const env = readStartEnvironment();
try {
  const platform = await startPlatform({ root, ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : {}), seed: env.seed, env: env.passthrough });
  console.log(describePlatform(platform, env.authMode));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStänger ner…');
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (err) {
  console.error(`\nPlattformen kunde inte startas: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
