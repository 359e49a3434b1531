import { formatReport, runClaimsListBench } from './claims-list.js';

// Runs the benchmark with tiny numbers: it must work, not be fast (speed is what `npm run bench` measures).
describe('claims-list benchmark', () => {
  it('measures every variant and reports percentiles, ratios and statements', async () => {
    const report = await runClaimsListBench({ claims: 400, iterations: 5, warmup: 1 });
    expect(report.config.claimsInTable).toBe(400);
    for (const v of Object.values(report.variants)) {
      expect(v.samples).toBe(5);
      expect(v.p50).toBeGreaterThan(0);
      expect(v.p95).toBeGreaterThanOrEqual(v.p50);
    }
    expect(Object.keys(report.ratios)).toEqual(['gatewayVsDirect', 'gatewayVsDirectAgain', 'gatewayNoPersonVsDirect', 'directAgainVsDirect']);
    expect(report.ratios.gatewayVsDirect.p50).toBeGreaterThan(0);
    // The person fields cost statements in the person subgraph; the direct call only in claims.
    expect(report.statements.gateway.perSchema.person).toBeGreaterThan(0);
    expect(Object.keys(report.statements.direct.perSchema)).toEqual(['claims']);
    expect(formatReport(report)).toContain('(b) gateway med person');
  });
});
