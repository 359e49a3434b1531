import { parseEpsDate, validateEpsRow, type EpsRow } from './eps-row.js';

const today = new Date('2026-01-15T12:00:00Z');
const base = {
  personalIdentityNumber: '701063-2391',
  firstName: 'Amina',
  lastName: 'Ahmadi',
  address: 'Exempelgatan 1',
  postalCode: '163 44',
  registeredAt: '2024-03-01',
  districtName: 'Järva',
  districtCode: 'JARVA',
};
const ok = (cells: Record<string, unknown>): EpsRow => {
  const r = validateEpsRow(cells, 7, today);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.row;
};
const problems = (cells: Record<string, unknown>) => {
  const r = validateEpsRow(cells, 7, today);
  return r.ok ? [] : r.problems;
};

describe('validateEpsRow', () => {
  it('normalises a valid row', () => {
    expect(ok(base)).toEqual({
      rowNumber: 7,
      personalIdentityNumber: '197010632391',
      isCoordinationNumber: true,
      birthDate: '1970-10-03',
      migIndividualNumber: null,
      firstName: 'Amina',
      lastName: 'Ahmadi',
      address: 'Exempelgatan 1',
      postalCode: '163 44',
      registeredAt: '2024-03-01',
      districtName: 'Järva',
      districtCode: 'JARVA',
    });
  });

  it.each([
    ['10 digits with dash', '701063-2391', '197010632391'],
    ['10 digits without dash', '7010632391', '197010632391'],
    ['12 digits', '197010632391', '197010632391'],
    ['12 digits with dash', '19701063-2391', '197010632391'],
    ['with spaces', ' 701063 2391 ', '197010632391'],
    ['100+ with plus', '701063+2391', '187010632391'],
    ['personnummer', '811218-9876', '198112189876'],
  ])('accepts a personnummer/samordningsnummer: %s', (_label, input, normalised) => {
    expect(ok({ ...base, personalIdentityNumber: input }).personalIdentityNumber).toBe(normalised);
  });

  it('restores the leading zero of a 10-digit number typed into a number cell', () => {
    // 050101-8840 (born 2005); Excel keeps it as the number 501018840
    expect(ok({ ...base, personalIdentityNumber: 501018840 }).personalIdentityNumber).toBe('200501018840');
  });

  it.each([
    ['bad check digit', '701063-2392', /Kontrollsiffran/],
    ['no date', '701399-2391', /giltigt datum/],
    ['too short', '70106323', /10 eller 12 siffror/],
    ['letters', 'abc', /10 eller 12 siffror/],
  ])('rejects a personnummer with %s, naming the column', (_label, input, message) => {
    const [p] = problems({ ...base, personalIdentityNumber: input });
    expect(p).toMatchObject({ rowNumber: 7, field: 'personnummer' });
    expect(p!.reason).toMatch(message);
  });

  it('checks the MiG individnummer and requires an identifier', () => {
    expect(ok({ ...base, personalIdentityNumber: '', migIndividualNumber: '9000017' }).migIndividualNumber).toBe('9000017');
    expect(ok({ ...base, migIndividualNumber: 90000017 }).migIndividualNumber).toBe('90000017');
    expect(problems({ ...base, migIndividualNumber: '12-34' })).toEqual([{ rowNumber: 7, field: 'individnummer', reason: 'Individnumret (MiG:s dossiernummer) ska ha 7 eller 8 siffror.' }]);
    expect(problems({ ...base, personalIdentityNumber: ' ' })).toEqual([{ rowNumber: 7, field: 'personnummer', reason: 'Personnummer/samordningsnummer eller individnummer måste anges.' }]);
  });

  it.each([
    ['2024-02-30', /inget giltigt datum/],
    ['2024-13-01', /inget giltigt datum/],
    ['1 mars 2024', /inget giltigt datum/],
    ['01/03/2024', /inget giltigt datum/],
    ['1899-12-31', /före 1900/],
    ['2027-06-01', /mer än ett år fram/],
  ])('rejects the registration date %s', (date, message) => {
    const [p] = problems({ ...base, registeredAt: date });
    expect(p).toMatchObject({ field: 'folkbokföringsdatum' });
    expect(p!.reason).toMatch(message);
  });

  it('reads dates written in several ways and Excel dates', () => {
    expect(parseEpsDate('2024-03-01')).toBe('2024-03-01');
    expect(parseEpsDate('20240301')).toBe('2024-03-01');
    expect(parseEpsDate('2024/03/01')).toBe('2024-03-01');
    expect(parseEpsDate('2024-03-01 00:00:00')).toBe('2024-03-01');
    expect(parseEpsDate('2024-03-01T00:00:00.000Z')).toBe('2024-03-01');
    expect(parseEpsDate(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
    expect(parseEpsDate(45352)).toBe('2024-03-01'); // Excel day number
    expect(parseEpsDate('')).toBeNull();
  });

  it('requires the registration date when an address or district is given', () => {
    expect(problems({ ...base, registeredAt: '' })).toEqual([{ rowNumber: 7, field: 'folkbokföringsdatum', reason: 'Folkbokföringsdatum saknas (krävs när adress eller stadsdel anges).' }]);
  });

  it('accepts a row without address (the person is flagged later), and one with nothing but the identifier', () => {
    expect(ok({ ...base, address: '', postalCode: '' })).toMatchObject({ address: null, postalCode: null, registeredAt: '2024-03-01' });
    expect(ok({ personalIdentityNumber: '701063-2391' })).toMatchObject({ address: null, registeredAt: null, districtCode: null, districtName: null, firstName: null });
  });

  it('checks and normalises the postal code', () => {
    expect(ok({ ...base, postalCode: '16344' }).postalCode).toBe('163 44');
    expect(ok({ ...base, postalCode: 16344 }).postalCode).toBe('163 44');
    expect(problems({ ...base, postalCode: '1634' })).toEqual([{ rowNumber: 7, field: 'postnummer', reason: 'Postnumret ska ha fem siffror (t.ex. 123 45).' }]);
  });

  it('reports every broken field of a row', () => {
    const all = problems({ ...base, personalIdentityNumber: '701063-2392', migIndividualNumber: 'x', postalCode: 'abc', registeredAt: 'igår', firstName: 'A'.repeat(101) });
    expect(all.map((p) => p.field)).toEqual(['personnummer', 'individnummer', 'förnamn', 'postnummer', 'folkbokföringsdatum']);
  });
});
