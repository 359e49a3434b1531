import { formatAllocationSheetReport, runAllocationSheetBench } from './allocation-sheet.js';

// Runs the benchmark with tiny numbers: it must work and agree with SQL, not be fast (speed is what `npm run bench:sheet` measures).
describe('allocation-sheet benchmark', () => {
  it('computes a month and a year with the application and with one SQL aggregation, and their totals agree', async () => {
    const report = await runAllocationSheetBench({ persons: 200, rounds: 1 });
    expect(report).toMatchObject({ persons: 200, rounds: 1, totalsAgree: true });
    expect(report.flatRateRows).toBeGreaterThan(1000);
    for (const part of [report.month, report.year]) {
      expect(part.app.p50).toBeGreaterThan(0);
      expect(part.sql.p50).toBeGreaterThan(0);
      expect(part.ratio).toBeGreaterThan(0);
    }
    expect(formatAllocationSheetReport(report)).toContain('Hela året');
  }, 120_000);
});
