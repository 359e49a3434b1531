// Writes each jest run's totals to $STATSBIDRAG_TEST_RESULTS (set by `npm test`), so the test
// command can end with one line for the whole workspace: "N passed, N failed".
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export default class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.STATSBIDRAG_TEST_RESULTS;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const name = this.rootDir.replace(/[^a-z0-9]+/gi, '_').slice(-80);
    writeFileSync(
      join(dir, `${name}-${process.pid}.json`),
      JSON.stringify({
        rootDir: this.rootDir,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}
