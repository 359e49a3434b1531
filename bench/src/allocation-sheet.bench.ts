/**
 * `npm run bench:sheet` (after a build): the allocation sheet for a year of Stockholm-scale data
 * via the application against one hand-written SQL aggregation, same run. Not a test: it prints a
 * table and writes results/allocation-sheet-<date>.json.
 *
 *   node dist/allocation-sheet.bench.js [persons = 20000] [rounds = 5]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatAllocationSheetReport, runAllocationSheetBench } from './allocation-sheet.js';

const [persons = '20000', rounds = '5'] = process.argv.slice(2);
const report = await runAllocationSheetBench({ persons: Number(persons), rounds: Number(rounds), log: (line) => process.stderr.write(`• ${line}\n`) });
console.log(formatAllocationSheetReport(report));
const dir = fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(dir, { recursive: true });
const file = join(dir, `allocation-sheet-${report.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
console.log(`\nResultat: ${file}`);
process.exit(0);
