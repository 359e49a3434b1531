import { isClaimType, isCompensationTypeValidOn, isRecoveryCode, normaliseCompensationCode, validateCompensationType, type CompensationTypeInput } from './compensation-type.js';

const GSKA: CompensationTypeInput = { code: 'GSKA', group: 'SKOLA', groupName: 'Skola', name: 'GRUNDSKOLA - ASYL', paidWithApplication: true, validFrom: '2016-01-01', validTo: null };
const reasons = (r: ReturnType<typeof validateCompensationType>) => (r.ok ? [] : r.problems.map((p) => `${p.field}:${p.reason}`));
const create = (change: Partial<CompensationTypeInput>, exists = false) => validateCompensationType({ ...GSKA, ...change }, exists, 'create');

describe('compensation codes', () => {
  it.each([
    [' gska ', 'GSKA'],
    ['å - fsk', 'Å-FSK'],
    ['buv-a', 'BUV-A'],
  ])('normalises %p to %p', (v, e) => expect(normaliseCompensationCode(v)).toBe(e));

  it('knows återkrav codes and claim types', () => {
    expect(isRecoveryCode('Å-GSK')).toBe(true);
    expect(isRecoveryCode('GSKA')).toBe(false);
    expect(isClaimType({ code: 'GSKA', paidWithApplication: true })).toBe(true);
    expect(isClaimType({ code: 'Å-GSK', paidWithApplication: true })).toBe(false);
    expect(isClaimType({ code: 'NSCH', paidWithApplication: false })).toBe(false);
  });

  it('is valid between its dates, both included', () => {
    const t = { validFrom: '2016-12-01', validTo: '2016-12-31' };
    expect(isCompensationTypeValidOn(t, '2016-11-30')).toBe(false);
    expect(isCompensationTypeValidOn(t, '2016-12-01')).toBe(true);
    expect(isCompensationTypeValidOn(t, '2016-12-31')).toBe(true);
    expect(isCompensationTypeValidOn(t, '2017-01-01')).toBe(false);
    expect(isCompensationTypeValidOn({ validFrom: '2016-01-01', validTo: null }, '2099-01-01')).toBe(true);
  });
});

describe('validateCompensationType', () => {
  it('accepts a code and normalises it', () => {
    expect(create({ code: ' gska', group: 'skola', groupName: ' Skola ', name: 'GRUNDSKOLA  - ASYL' })).toEqual({
      ok: true,
      value: { ...GSKA, name: 'GRUNDSKOLA - ASYL', validTo: null },
    });
  });

  it.each(['BUV-A', 'Å-FSK', 'SFI2', 'HVBAS', 'A1-B2-C3'])('accepts the code %p', (code) => expect(reasons(create({ code }))).toEqual([]));

  it.each(['GS KA', 'GSKA!', '-GSK', 'GSK-', 'ABCDEFGHIJKLM', 'Å--FSK'])('refuses the code %p', (code) => {
    const r = create({ code });
    expect(reasons(r)).toEqual(['code:FORMAT']);
    expect(!r.ok && r.problems[0]!.message).toMatch(/^Koden ska ha högst 12 tecken/);
  });

  it('refuses a code that exists on create and one that does not on update', () => {
    const dup = create({}, true);
    expect(reasons(dup)).toEqual(['code:DUPLICATE_CODE']);
    expect(!dup.ok && dup.problems[0]!.message).toBe('Ersättningskoden GSKA finns redan.');
    expect(reasons(validateCompensationType(GSKA, false, 'update'))).toEqual(['code:UNKNOWN_CODE']);
    expect(reasons(validateCompensationType(GSKA, true, 'update'))).toEqual([]);
  });

  it('requires code, group, group name, plain text and start date', () => {
    expect(reasons(create({ code: '', group: '', groupName: ' ', name: '', validFrom: '' }))).toEqual([
      'code:REQUIRED',
      'group:REQUIRED',
      'groupName:REQUIRED',
      'name:REQUIRED',
      'validFrom:REQUIRED',
    ]);
  });

  it('refuses a bad group code and texts that are too long', () => {
    expect(reasons(create({ group: 'SKOLA!' }))).toEqual(['group:FORMAT']);
    expect(reasons(create({ group: 'X'.repeat(21) }))).toEqual(['group:FORMAT']);
    expect(reasons(create({ groupName: 'x'.repeat(101) }))).toEqual(['groupName:TOO_LONG']);
    expect(reasons(create({ name: 'x'.repeat(201) }))).toEqual(['name:TOO_LONG']);
  });

  it('checks the dates', () => {
    expect(reasons(create({ validFrom: '2016-02-30' }))).toEqual(['validFrom:FORMAT']);
    expect(reasons(create({ validTo: '2016-13-01' }))).toEqual(['validTo:FORMAT']);
    const r = create({ validFrom: '2017-01-01', validTo: '2016-12-31' });
    expect(reasons(r)).toEqual(['validTo:VALID_TO_BEFORE_FROM']);
    expect(!r.ok && r.problems[0]!.message).toBe('Giltig till (2016-12-31) kan inte vara före giltig från (2017-01-01).');
    expect(reasons(create({ validFrom: '2017-01-01', validTo: '2017-01-01' }))).toEqual([]);
  });
});
