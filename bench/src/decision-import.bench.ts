/**
 * `npm run bench:import` (after `npm test` or a build): a MiG decisions export imported end to end
 * against COPY of the same rows into a bare table, in the same run. Not a test: it prints a table
 * and writes results/decision-import-<date>.json.
 *
 *   BENCH_ROWS    rows in the MiG file (default 100000)
 *   BENCH_ROUNDS  rounds, each (a) and (b) once (default 3)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDecisionImportReport, runDecisionImportBench } from './decision-import.js';
import { readImportBenchEnvironment } from './environment.js';

const options = {
  ...readImportBenchEnvironment(),
  log: (line: string) => process.stderr.write(`• ${line}\n`),
};

const report = await runDecisionImportBench(options);
console.log(formatDecisionImportReport(report));
const dir = fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(dir, { recursive: true });
const file = join(dir, `decision-import-${report.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
console.log(`\nResultat: ${file}`);
// pg-boss timers and keep-alive sockets can outlive close(); the run is over.
process.exit(0);
