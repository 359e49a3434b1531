import { validateEpsRow, type EpsRow } from '../domain/eps-row.js';
import { ExtractEpsRegister } from './extract-eps-register.js';

const row = (cells: Record<string, unknown>, n: number): EpsRow => {
  const r = validateEpsRow(cells, n);
  if (!r.ok) throw new Error('invalid');
  return r.row;
};

describe('ExtractEpsRegister (the EPS adapter backed by an extract)', () => {
  const register = new ExtractEpsRegister([
    row({ personalIdentityNumber: '701063-2391', migIndividualNumber: '9000017', address: 'Gamla vägen 1', registeredAt: '2022-01-01', districtName: 'Rinkeby-Kista' }, 2),
    row({ personalIdentityNumber: '197010632391', address: 'Nya vägen 2', registeredAt: '2024-05-01', districtCode: 'FARSTA' }, 3),
  ]);

  it('looks a person up by any identifier in any accepted form; the latest registration wins', async () => {
    expect(await register.lookup({ personalIdentityNumber: '701063-2391' })).toMatchObject({ address: 'Nya vägen 2', districtCode: 'FARSTA' });
    expect(await register.lookup({ migIndividualNumber: '9000017' })).toMatchObject({ address: 'Gamla vägen 1', districtName: 'Rinkeby-Kista' });
  });

  it('answers null for a person EPS does not know', async () => {
    expect(await register.lookup({ personalIdentityNumber: '811218-9876' })).toBeNull();
    expect(await register.lookup({})).toBeNull();
  });
});
