import { mapEpsHeader, normaliseHeader } from './eps-columns.js';

describe('mapEpsHeader', () => {
  it('accepts Swedish headers in any case, with or without diacritics, and the EPS column names', () => {
    const r = mapEpsHeader(['Personnummer', 'INDIVIDNUMMER', 'förnamn', 'Efternamn', 'Adress', 'Postnr', 'Folkbokföringsdatum', 'Eps_stadsdelsnamnd', 'EPS_STADSDELSNAMNDSKOD', 'Övrigt']);
    expect(r).toEqual({
      ok: true,
      columns: { personalIdentityNumber: 0, migIndividualNumber: 1, firstName: 2, lastName: 3, address: 4, postalCode: 5, registeredAt: 6, districtName: 7, districtCode: 8 },
    });
    expect(mapEpsHeader(['samordningsnummer', 'fornamn', 'efternamn', 'adress', 'folkbokforingsdatum', 'eps stadsdelsnamndskod']).ok).toBe(true);
    expect(mapEpsHeader(['Personnummer/samordningsnummer', 'Förnamn', 'Efternamn', 'Adress', 'Folkbokföringsdatum', 'Eps_stadsdelsnamnd']).ok).toBe(true);
    expect(normaliseHeader(' Eps_Stadsdelsnämndskod ')).toBe('epsstadsdelsnamndskod');
  });

  it('accepts the MiG individnummer as the only identifier', () => {
    expect(mapEpsHeader(['individnummer', 'förnamn', 'efternamn', 'adress', 'folkbokföringsdatum', 'Eps_stadsdelsnamnd']).ok).toBe(true);
  });

  it('names the missing columns', () => {
    const r = mapEpsHeader(['personnummer', 'förnamn', 'adress']);
    expect(r).toMatchObject({ ok: false, reason: 'MISSING_COLUMNS' });
    expect(!r.ok && r.message).toBe('Kolumner saknas i rubrikraden: efternamn, folkbokföringsdatum, Eps_Stadsdelsnamndskod eller Eps_stadsdelsnamnd.');
  });

  it('says that the header row is missing when the first row is data', () => {
    const r = mapEpsHeader(['701063-2391', 'Amina', 'Ahmadi', 'Exempelgatan 1', '2024-01-01', 'Järva']);
    expect(r).toMatchObject({ ok: false, reason: 'NO_HEADER' });
    expect(!r.ok && r.message).toMatch(/saknar rubrikrad/);
  });

  it('refuses a column that occurs twice', () => {
    expect(mapEpsHeader(['personnummer', 'pnr', 'förnamn', 'efternamn', 'adress', 'folkbokföringsdatum', 'stadsdel'])).toMatchObject({ ok: false, reason: 'DUPLICATE_COLUMN' });
  });
});

describe('mapEpsHeader with only unknown columns', () => {
  it('lists what is required and what it found', () => {
    const r = mapEpsHeader(['namn', 'gata', 'datum']);
    expect(r).toMatchObject({ ok: false, reason: 'MISSING_COLUMNS' });
    expect(!r.ok && r.message).toBe(
      'Kolumner saknas i rubrikraden: personnummer eller individnummer, förnamn, efternamn, adress, folkbokföringsdatum, Eps_Stadsdelsnamndskod eller Eps_stadsdelsnamnd. Rubrikraden har bara okända kolumner (namn, gata, datum).',
    );
  });
});
