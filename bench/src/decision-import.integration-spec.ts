import { formatDecisionImportReport, migDecisionRow, runDecisionImportBench } from './decision-import.js';

// Runs the benchmark with tiny numbers: it must work, not be fast (speed is what `npm run bench:import` measures).
describe('decision-import benchmark', () => {
  it('imports every row (applied or deviation), copies the same rows and reports times, ratio and memory', async () => {
    const report = await runDecisionImportBench({ rows: 300, rounds: 1 });
    expect(report.config).toMatchObject({ rows: 300, rounds: 1, expectedDeviations: 3, persons: 150, claims: 300 });
    expect(report.rounds).toHaveLength(1);
    const [round] = report.rounds;
    expect(round!.import).toMatchObject({ rowsRead: 300, deviations: 3 });
    expect(round!.import.rowsApplied + round!.import.deviations).toBe(300);
    expect(round!.copy.rowsCopied).toBe(300);
    for (const step of [report.import, report.copy]) {
      expect(step.medianMs).toBeGreaterThan(0);
      expect(step.rowsPerSecond).toBeGreaterThan(0);
      expect(step.peakRssBytes).toBeGreaterThan(0);
    }
    expect(report.ratio).toBeGreaterThan(0);
    expect(report.import.medianReadAndCheckMs).toBeNull(); // below one progress mark (500 rows)
    expect(report.import.peakRssReadAndCheckBytes).toBeNull();
    expect(round!.import.rssGrowthBytes).toBe(round!.import.peakRssBytes - round!.import.rssBeforeBytes);
    expect(formatDecisionImportReport(report)).toContain('(a) import hela vägen');
  });

  it('generates synthetic MiG individnummer (98… known, 97… unknown) and case numbers', () => {
    const row = migDecisionRow(0);
    expect(row.individualNumber).toBe('98000000');
    expect(migDecisionRow(99).individualNumber).toBe('97000049');
    expect(row).toMatchObject({ caseNumber: '9.9.9-2025-0', outcome: 'Avslag', amountOre: 0, periodFrom: '2025-01-01', periodTo: '2025-03-31' });
  });
});
