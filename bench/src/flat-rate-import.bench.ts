/**
 * `npm run bench:flat-rate-import` (after a build): a generalschablon file (GENERALSCHABLON_FAST)
 * imported through the allocation subgraph against COPY of the same rows into a bare table, in the
 * same run. Not a test: it prints a table and writes results/flat-rate-import-<date>.json.
 *
 *   BENCH_ROWS    rows in the file (default 100000)
 *   BENCH_ROUNDS  rounds, each (a) and (b) once (default 3)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImportBenchEnvironment } from './environment.js';
import { formatFlatRateImportReport, runFlatRateImportBench } from './flat-rate-import.js';

const report = await runFlatRateImportBench({ ...readImportBenchEnvironment(), log: (line: string) => process.stderr.write(`• ${line}\n`) });
console.log(formatFlatRateImportReport(report));
const dir = fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(dir, { recursive: true });
const file = join(dir, `flat-rate-import-${report.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
console.log(`\nResultat: ${file}`);
// pg-boss timers and keep-alive sockets can outlive close(); the run is over.
process.exit(0);
