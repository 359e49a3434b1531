import { initialStatus, validateNewClaim, type NewClaimInput } from './claim.js';

const valid: NewClaimInput = {
  personId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  districtCode: 'JARVA',
  claimTypeCode: 'GSKA',
  amount: 1_250_000,
  periodFrom: '2025-01-01',
  periodTo: '2025-03-31',
};

describe('validateNewClaim', () => {
  it('accepts a complete claim', () => {
    expect(validateNewClaim(valid)).toEqual([]);
  });
  it('rejects zero, negative and fractional öre amounts', () => {
    for (const amount of [0, -100, 10.5]) {
      expect(validateNewClaim({ ...valid, amount })).toEqual([{ field: 'amount', message: 'Beloppet måste vara större än noll (anges i hela öre).', reason: 'RANGE' }]);
    }
  });
  it('rejects a period that ends before it starts', () => {
    expect(validateNewClaim({ ...valid, periodFrom: '2025-04-01' }).map((p) => p.field)).toEqual(['periodTo']);
  });
  it('starts district claims as INITIERAD_AV_SDF and AmF proposals as INITIERAD_TILL_SDF', () => {
    expect(initialStatus('DISTRICT')).toBe('INITIERAD_AV_SDF');
    expect(initialStatus('AMF')).toBe('INITIERAD_TILL_SDF');
  });
});
