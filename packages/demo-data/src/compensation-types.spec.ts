import { CLAIM_TYPES, COMPENSATION_TYPES, DEMO_DEFAULT_OFFICERS, DEMO_USERS } from './index.js';

describe('compensation types (MiG codes)', () => {
  const byCode = new Map(COMPENSATION_TYPES.map((t) => [t.code, t]));

  it('has every code once', () => {
    expect(byCode.size).toBe(COMPENSATION_TYPES.length);
  });

  it('has the codes of REFERENCE-FACTS §1a with their återkrav codes, and the schablon codes of §1b', () => {
    for (const code of ['DAG', 'FSKA', 'FSKAB', 'FSKL', 'FSKLB', 'GSKA', 'GSKAB', 'GYMN', 'GYMNB', 'BIF', 'BUV-A', 'BUV-E', 'BUV5', 'HVBAS', 'HVBSA', 'PRELH', 'AVRH', 'STBAS',
      'HVBA', 'UTSA', 'LVUA', 'FAMA', 'JOUA', 'PPBA', 'BUV9', 'GOD9', 'GOD', 'TRA9', 'TRA', 'UTR9', 'UTR', 'SFI', 'SFI2', 'EKBP', 'EKUP', 'NSCH']) {
      expect(byCode.has(code)).toBe(true);
    }
    for (const code of ['Å-FSK', 'Å-FSB', 'Å-FKL', 'Å-FKB', 'Å-GSK', 'Å-GSB', 'Å-GYM', 'Å-GYB', 'Å-BIF', 'Å-BAS', 'Å-EAS', 'Å-HVB', 'Å-SBA', 'Å-FA9', 'Å-GO9', 'Å-TR9', 'Å-UT9', 'Å-SFI']) {
      expect(byCode.get(code)?.name).toMatch(/^ÅTERKRAV /);
    }
  });

  it('marks the schablons as paid without application and the cost reimbursements as paid after application', () => {
    for (const code of ['NSCH', 'EKBP', 'EKUP', 'BUV-A', 'PRELH']) expect(byCode.get(code)?.paidWithApplication).toBe(false);
    for (const code of ['GSKA', 'BIF', 'HVBAS', 'UTR', 'SFI2']) expect(byCode.get(code)?.paidWithApplication).toBe(true);
  });

  it('covers every demo claim type as a code paid after application', () => {
    for (const t of CLAIM_TYPES) expect(byCode.get(t.code)?.paidWithApplication).toBe(true);
  });

  it('has ordered validity dates', () => {
    for (const t of COMPENSATION_TYPES) if (t.validTo) expect(t.validTo >= t.validFrom).toBe(true);
  });

  it('gives demo default officers that are AmF staff, for demo claim types', () => {
    for (const [code, username] of Object.entries(DEMO_DEFAULT_OFFICERS)) {
      expect(CLAIM_TYPES.some((t) => t.code === code)).toBe(true);
      expect(DEMO_USERS.find((u) => u.username === username)?.districtCodes).toEqual([]);
    }
  });
});
