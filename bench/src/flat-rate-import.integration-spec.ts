import { expectedCases, fixedLine, formatFlatRateImportReport, generalschablonRows, runFlatRateImportBench } from './flat-rate-import.js';

// Runs the benchmark with tiny numbers: it must work, not be fast (speed is what `npm run bench:flat-rate-import` measures).
describe('flat-rate-import benchmark', () => {
  it('books every row or reports it as a deviation, copies the same rows and reports times, ratio and memory', async () => {
    const report = await runFlatRateImportBench({ rows: 300, rounds: 1 });
    expect(report.config).toMatchObject({ rows: 300, rounds: 1, persons: 34, expectedDeviations: 6 });
    const [round] = report.rounds;
    expect(round!.import).toMatchObject({ rowsRead: 300, rowsApplied: 294, deviations: 6 });
    expect(round!.copy.rowsCopied).toBe(300);
    expect(report.checks).toMatchObject({ rowsBooked: 294, deviations: 6, deviationReasons: { AMOUNT_MISMATCH: 6 }, totalsSumOre: report.config.fileSumOre, totalsRows: 300, casesOpened: 34 });
    expect(report.checks.casesClosed).toBe(33); // 33 persons with all nine rows, no 9th instalment among the deviations 49, 99, …, 299
    for (const step of [report.import, report.copy]) {
      expect(step.medianMs).toBeGreaterThan(0);
      expect(step.rowsPerSecond).toBeGreaterThan(0);
      expect(step.peakHeapUsedBytes).toBeGreaterThan(0);
    }
    expect(report.ratio).toBeGreaterThan(0);
    expect(formatFlatRateImportReport(report)).toContain('(a) import');
  });

  it('expects no case for a last person whose only row is a deviation', () => {
    // Row 99 999 is person 11 111's only row and a deviation; 222 of the 9th instalments are deviations.
    expect(expectedCases(100_000)).toEqual({ opened: 11_111, closed: 11_111 - 222 });
  });

  it('writes 113-character lines with a coordination number and the instalment amount', () => {
    const [first] = generalschablonRows(1);
    const line = fixedLine(first!);
    expect(line).toHaveLength(113);
    expect(line.slice(0, 12)).toMatch(/^19500161980\d$/); // day 01 + 60, serial 980
    expect(line.slice(68, 76).trim()).toBe('NSCH');
    expect(line.slice(93, 105)).toMatch(/^ +\d+,\d{2}$/);
  });
});
