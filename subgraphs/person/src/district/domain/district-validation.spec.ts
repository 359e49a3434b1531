import { dayAfter, normaliseDistrictCode, validateDistrict, type DistrictInput, type KnownDistrict } from './district-validation.js';

const DISTRICTS: KnownDistrict[] = [
  { code: 'RINKEBY_KISTA', name: 'Rinkeby-Kista', validFrom: '2020-07-01', validTo: '2023-06-30', successorCode: 'JARVA' },
  { code: 'SPANGA_TENSTA', name: 'Spånga-Tensta', validFrom: '2020-07-01', validTo: '2023-06-30', successorCode: 'JARVA' },
  { code: 'JARVA', name: 'Järva', validFrom: '2023-07-01', validTo: null, successorCode: null },
  { code: 'FARSTA', name: 'Farsta', validFrom: '2020-07-01', validTo: null, successorCode: null },
  { code: 'SKARPNACK', name: 'Skarpnäck', validFrom: '2020-07-01', validTo: null, successorCode: null },
];

const create = (input: Partial<DistrictInput>) => validateDistrict({ code: 'NYA', name: 'Nya stadsdelen', validFrom: '2027-01-01', ...input }, DISTRICTS, 'create');
const update = (code: string, change: Partial<DistrictInput>) => {
  const d = DISTRICTS.find((x) => x.code === code)!;
  return validateDistrict({ code: d.code, name: d.name, validFrom: d.validFrom, validTo: d.validTo ?? null, successorCode: d.successorCode ?? null, ...change }, DISTRICTS, 'update');
};
const reasons = (r: ReturnType<typeof validateDistrict>) => (r.ok ? [] : r.problems.map((p) => `${p.field}:${p.reason}`));

describe('dayAfter', () => {
  it.each([
    ['2023-06-30', '2023-07-01'],
    ['2024-02-28', '2024-02-29'],
    ['2023-02-28', '2023-03-01'],
    ['2025-12-31', '2026-01-01'],
  ])('%s → %s', (d, next) => expect(dayAfter(d)).toBe(next));
});

describe('normaliseDistrictCode', () => {
  it.each([
    [' norra innerstaden ', 'NORRA_INNERSTADEN'],
    ['Hägersten-Älvsjö', 'HAGERSTEN_ALVSJO'],
    ['skärholmen', 'SKARHOLMEN'],
  ])('%p → %p', (v, expected) => expect(normaliseDistrictCode(v)).toBe(expected));
});

describe('validateDistrict – create', () => {
  it('accepts a new district without end and normalises code and name', () => {
    expect(create({ code: ' nya ', name: '  Nya   stadsdelen ' })).toEqual({
      ok: true,
      value: { code: 'NYA', name: 'Nya stadsdelen', validFrom: '2027-01-01', validTo: null, successorCode: null },
    });
  });

  it('accepts a district that ends into a successor valid the day after', () => {
    expect(create({ validFrom: '2020-07-01', validTo: '2026-12-31', successorCode: 'farsta' })).toMatchObject({ ok: true, value: { successorCode: 'FARSTA' } });
  });

  it('requires a name, in Swedish', () => {
    const r = create({ name: '   ' });
    expect(reasons(r)).toEqual(['name:REQUIRED']);
    expect(!r.ok && r.problems[0]!.message).toBe('Namn måste anges.');
  });

  it('refuses a name that is too long and the name of a district valid at the same time', () => {
    expect(reasons(create({ name: 'x'.repeat(101) }))).toEqual(['name:TOO_LONG']);
    expect(reasons(create({ name: 'farsta' }))).toEqual(['name:DUPLICATE_NAME']);
    // the name of a district that has ended is free again
    expect(reasons(create({ name: 'Rinkeby-Kista' }))).toEqual([]);
  });

  it.each(['', '1ABC', 'A', 'NYA-DEL!', 'X'.repeat(41)])('refuses the code %p', (code) => {
    expect(reasons(create({ code }))[0]).toMatch(/^code:(REQUIRED|FORMAT)$/);
  });

  it('refuses a code that is taken', () => {
    const r = create({ code: 'JARVA', name: 'Järva 2' });
    expect(reasons(r)).toEqual(['code:DUPLICATE_CODE']);
    expect(!r.ok && r.problems[0]!.message).toBe('Det finns redan en stadsdel med koden JARVA.');
  });

  it('refuses validTo before validFrom, and accepts a district of one day', () => {
    expect(reasons(create({ validFrom: '2027-01-02', validTo: '2027-01-01' }))).toEqual(['validTo:VALID_TO_BEFORE_FROM']);
    expect(reasons(create({ validFrom: '2027-01-01', validTo: '2027-01-01' }))).toEqual([]);
  });

  it('refuses impossible dates', () => {
    expect(reasons(create({ validFrom: '2027-02-30' }))).toEqual(['validFrom:FORMAT']);
    expect(reasons(create({ validTo: '2027-13-01' }))).toEqual(['validTo:FORMAT']);
    expect(reasons(create({ validFrom: '' }))).toEqual(['validFrom:REQUIRED']);
  });

  it('refuses an unknown successor and itself as successor', () => {
    expect(reasons(create({ validTo: '2027-12-31', successorCode: 'NOPE' }))).toEqual(['successorCode:UNKNOWN_SUCCESSOR']);
    expect(reasons(create({ validTo: '2027-12-31', successorCode: 'NYA' }))).toEqual(['successorCode:SELF_SUCCESSOR']);
  });

  it('needs an end date when there is a successor', () => {
    const r = create({ successorCode: 'FARSTA' });
    expect(reasons(r)).toEqual(['validTo:SUCCESSOR_NEEDS_VALID_TO']);
    expect(!r.ok && r.problems[0]!.message).toMatch(/måste ha ett slutdatum/);
  });

  it('needs the successor to be valid on the day after the end', () => {
    // Järva starts 2023-07-01: a district ending 2023-06-29 would leave 2023-06-30 uncovered
    const r = create({ validFrom: '2020-07-01', validTo: '2023-06-29', successorCode: 'JARVA' });
    expect(reasons(r)).toEqual(['successorCode:SUCCESSOR_NOT_VALID']);
    expect(!r.ok && r.problems[0]!.message).toBe('Järva gäller inte 2023-06-30, dagen efter att stadsdelen upphör.');
    expect(reasons(create({ validFrom: '2020-07-01', validTo: '2023-06-30', successorCode: 'JARVA' }))).toEqual([]);
    // an ended successor does not do either
    expect(reasons(create({ validFrom: '2020-07-01', validTo: '2024-12-31', successorCode: 'RINKEBY_KISTA' }))).toEqual(['successorCode:SUCCESSOR_NOT_VALID']);
  });

  it('reports every broken field at once', () => {
    expect(reasons(create({ code: '?', name: '', validFrom: '2027-01-02', validTo: '2027-01-01' }))).toEqual(['code:FORMAT', 'name:REQUIRED', 'validTo:VALID_TO_BEFORE_FROM']);
  });
});

describe('validateDistrict – update', () => {
  it('accepts renaming and ending a district into another', () => {
    expect(reasons(update('FARSTA', { name: 'Farsta SDF' }))).toEqual([]);
    expect(reasons(update('SKARPNACK', { validTo: '2026-12-31', successorCode: 'FARSTA' }))).toEqual([]);
  });

  it('refuses an unknown district', () => {
    expect(reasons(validateDistrict({ code: 'NOPE', name: 'Nej', validFrom: '2020-01-01' }, DISTRICTS, 'update'))).toEqual(['code:UNKNOWN_DISTRICT']);
  });

  it('refuses a successor that leads back to the district (cycle)', () => {
    const chain: KnownDistrict[] = [
      { code: 'AA', name: 'AA', validFrom: '2000-01-01', validTo: '2009-12-31', successorCode: 'BB' },
      { code: 'BB', name: 'BB', validFrom: '2000-01-01', validTo: '2019-12-31', successorCode: 'CC' },
      { code: 'CC', name: 'CC', validFrom: '2000-01-01', validTo: null, successorCode: null },
    ];
    const r = validateDistrict({ code: 'CC', name: 'CC', validFrom: '2000-01-01', validTo: '2029-12-31', successorCode: 'AA' }, chain, 'update');
    expect(reasons(r)).toEqual(['successorCode:SUCCESSOR_CYCLE']);
    expect(!r.ok && r.problems[0]!.message).toMatch(/går i cirkel|gå i cirkel/);
    const direct = validateDistrict({ code: 'BB', name: 'BB', validFrom: '2000-01-01', validTo: '2019-12-31', successorCode: 'AA' }, chain, 'update');
    expect(reasons(direct)).toEqual(['successorCode:SUCCESSOR_CYCLE']);
  });

  it('refuses shortening a successor so that its predecessors are no longer covered', () => {
    // Rinkeby-Kista and Spånga-Tensta end 2023-06-30 into Järva: Järva must be valid 2023-07-01
    expect(reasons(update('JARVA', { validFrom: '2023-08-01' }))).toEqual(['validFrom:PREDECESSOR_GAP']);
    const pair: KnownDistrict[] = [
      { code: 'PP', name: 'PP', validFrom: '2000-01-01', validTo: '2022-12-31', successorCode: 'XX' },
      { code: 'XX', name: 'XX', validFrom: '2000-01-01', validTo: null, successorCode: null },
    ];
    const gap = validateDistrict({ code: 'XX', name: 'XX', validFrom: '2000-01-01', validTo: '2022-06-30' }, pair, 'update');
    expect(reasons(gap)).toEqual(['validTo:PREDECESSOR_GAP']);
    expect(!gap.ok && gap.problems[0]!.message).toBe('PP har stadsdelen som efterträdare från 2023-01-01; giltighetstiden måste omfatta den dagen.');
    expect(reasons(update('JARVA', { validFrom: '2023-07-01', validTo: '2023-07-01' }))).toEqual([]);
  });

  it('keeps the successor rules on update', () => {
    expect(reasons(update('FARSTA', { successorCode: 'JARVA' }))).toEqual(['validTo:SUCCESSOR_NEEDS_VALID_TO']);
    expect(reasons(update('FARSTA', { validTo: '2026-12-31', successorCode: 'FARSTA' }))).toEqual(['successorCode:SELF_SUCCESSOR']);
  });
});
