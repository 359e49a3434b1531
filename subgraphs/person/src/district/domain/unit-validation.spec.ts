import { normaliseUnitCode, validateUnit, type KnownUnit, type UnitInput } from './unit-validation.js';

const CURRENT = ['JARVA', 'FARSTA'];
const IFO: KnownUnit = { code: 'JARVA_IFO', name: 'Individ- och familjeomsorg Järva', districtCode: 'JARVA', active: true };
const OLD: KnownUnit = { code: 'JARVA_OLD', name: 'Gamla enheten', districtCode: 'JARVA', active: false };
const SIBLINGS = [IFO, OLD];

const reasons = (r: ReturnType<typeof validateUnit>) => (r.ok ? [] : r.problems.map((p) => `${p.field}:${p.reason}`));
const create = (input: Partial<UnitInput>, existing: KnownUnit | null = null) =>
  validateUnit({ code: 'JARVA_NY', name: 'Nyanlända Järva', districtCode: 'JARVA', ...input }, existing, 'create', SIBLINGS, CURRENT);

describe('normaliseUnitCode', () => {
  it.each([
    [' jarva ifo ', 'JARVA_IFO'],
    ['Farsta-Vuxen', 'FARSTA_VUXEN'],
    ['Skärholmen_Öst', 'SKARHOLMEN_OST'],
  ])('%p → %p', (v, e) => expect(normaliseUnitCode(v)).toBe(e));
});

describe('validateUnit', () => {
  it('accepts a new unit in a current district, normalised', () => {
    expect(create({ code: 'jarva ny', name: ' Nyanlända  Järva ', districtCode: 'jarva' })).toEqual({ ok: true, value: { code: 'JARVA_NY', name: 'Nyanlända Järva', districtCode: 'JARVA' } });
  });

  it('requires code, name and district', () => {
    expect(reasons(create({ code: '', name: '', districtCode: '' }))).toEqual(['code:REQUIRED', 'name:REQUIRED', 'districtCode:REQUIRED']);
  });

  it.each(['X', '_X', 'ÅÄÖ!', 'A'.repeat(61)])('refuses the code %p', (code) => expect(reasons(create({ code }))).toEqual(['code:FORMAT']));

  it('refuses a taken code, naming the unit that has it', () => {
    const r = create({ code: 'JARVA_IFO' }, IFO);
    expect(reasons(r)).toEqual(['code:DUPLICATE_CODE']);
    expect(!r.ok && r.problems[0]!.message).toBe('Det finns redan en enhet med koden JARVA_IFO (Individ- och familjeomsorg Järva).');
  });

  it('refuses a district that has ended or does not exist', () => {
    const r = create({ districtCode: 'RINKEBY_KISTA' });
    expect(reasons(r)).toEqual(['districtCode:UNKNOWN_DISTRICT']);
    expect(!r.ok && r.problems[0]!.message).toBe('Stadsdelen RINKEBY_KISTA finns inte eller har upphört.');
  });

  it('refuses the name of another active unit in the same district, but not of an inactive one', () => {
    expect(reasons(create({ name: 'individ- och familjeomsorg järva' }))).toEqual(['name:DUPLICATE_NAME']);
    expect(reasons(create({ name: 'Gamla enheten' }))).toEqual([]);
    expect(reasons(create({ name: 'x'.repeat(151) }))).toEqual(['name:TOO_LONG']);
  });

  it('renames and moves an active unit, and refuses an unknown or inactive one', () => {
    const move = validateUnit({ code: 'JARVA_IFO', name: 'IFO Farsta', districtCode: 'FARSTA' }, IFO, 'update', [], CURRENT);
    expect(move).toEqual({ ok: true, value: { code: 'JARVA_IFO', name: 'IFO Farsta', districtCode: 'FARSTA' } });
    expect(reasons(validateUnit({ code: 'NOPE', name: 'Nej', districtCode: 'JARVA' }, null, 'update', SIBLINGS, CURRENT))).toEqual(['code:UNKNOWN_UNIT']);
    const inactive = validateUnit({ code: 'JARVA_OLD', name: 'Nytt namn', districtCode: 'JARVA' }, OLD, 'update', SIBLINGS, CURRENT);
    expect(reasons(inactive)).toEqual(['code:UNIT_INACTIVE']);
    expect(!inactive.ok && inactive.problems[0]!.message).toBe('Gamla enheten är avvecklad och kan inte ändras.');
  });

  it('keeps its own name when renaming nothing else', () => {
    expect(reasons(validateUnit({ code: 'JARVA_IFO', name: IFO.name, districtCode: 'JARVA' }, IFO, 'update', SIBLINGS, CURRENT))).toEqual([]);
  });
});
