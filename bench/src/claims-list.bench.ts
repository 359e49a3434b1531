/**
 * `npm run bench` (after `npm test` or a build): the claims list through the gateway against the
 * claims subgraph directly. Not a test: it prints a table and writes results/claims-list-<date>.json.
 *
 *   BENCH_CLAIMS      rows in claims.claim (default 10000)
 *   BENCH_ITERATIONS  measured rounds (default 200)
 *   BENCH_WARMUP      rounds before measuring (default 20)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, runClaimsListBench } from './claims-list.js';
import { readBenchEnvironment } from './environment.js';

const options = {
  ...readBenchEnvironment(),
  log: (line: string) => process.stderr.write(`• ${line}\n`),
};

const report = await runClaimsListBench(options);
console.log(formatReport(report));
const dir = fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(dir, { recursive: true });
const file = join(dir, `claims-list-${report.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
console.log(`\nResultat: ${file}`);
// pg-boss timers and keep-alive sockets can outlive close(); the run is over.
process.exit(0);
