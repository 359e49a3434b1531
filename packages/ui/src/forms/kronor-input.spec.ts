import { parseKronor, parseKronorInput } from './kronor-input.js';

describe('parseKronorInput', () => {
  it('reads kronor with Swedish or English decimals, spaces and "kr" as öre', () => {
    expect(parseKronorInput('12 345,50')).toEqual({ ok: true, value: 1_234_550 });
    expect(parseKronorInput('12345.5')).toEqual({ ok: true, value: 1_234_550 });
    expect(parseKronorInput('1\u00a0000 kr')).toEqual({ ok: true, value: 100_000 });
    expect(parseKronorInput('  ')).toEqual({ ok: true, value: null });
  });

  it('explains what is wrong', () => {
    expect(parseKronorInput('12,345')).toEqual({ ok: false, message: 'Beloppet ska anges i kronor, till exempel 12 345,50.' });
    expect(parseKronorInput('-5')).toEqual({ ok: false, message: 'Beloppet kan inte vara negativt.' });
    expect(parseKronorInput('0')).toEqual({ ok: false, message: 'Beloppet måste vara större än noll.' });
    expect(parseKronorInput('0', { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(parseKronorInput('abc', { label: 'Belopp från' })).toEqual({ ok: false, message: 'Belopp från ska anges i kronor, till exempel 12 345,50.' });
  });
});

describe('parseKronor', () => {
  it('gives öre, null for an empty field and NaN for anything that is not an amount', () => {
    expect(parseKronor('12 500 kr')).toBe(1_250_000);
    expect(parseKronor('0')).toBe(0);
    expect(parseKronor('')).toBeNull();
    expect(parseKronor('-1')).toBeNaN();
    expect(parseKronor('12,345')).toBeNaN();
  });
});
