import { DISTRICTS } from '@statsbidrag/demo-data';
import { normaliseDistrictName, resolveEpsDistrict } from './eps-district.js';

const resolve = (districtCode: string | null, districtName: string | null, date: string) => resolveEpsDistrict({ districtCode, districtName }, date, DISTRICTS)?.code ?? null;

describe('resolveEpsDistrict', () => {
  it('finds the district by code, whatever the case or diacritics', () => {
    expect(resolve('JARVA', null, '2024-01-01')).toBe('JARVA');
    expect(resolve('järva', null, '2024-01-01')).toBe('JARVA');
    expect(resolve('Hägersten-Älvsjö', null, '2024-01-01')).toBe('HAGERSTEN_ALVSJO');
  });

  it('falls back to the name when the code is empty or unknown', () => {
    expect(resolve(null, 'Skärholmen', '2024-01-01')).toBe('SKARHOLMEN');
    expect(resolve('999', 'SKARHOLMEN', '2024-01-01')).toBe('SKARHOLMEN');
    expect(resolve(null, 'skarholmen', '2024-01-01')).toBe('SKARHOLMEN');
    expect(resolve(null, 'Enskede-Årsta-Vantör stadsdelsnämnd', '2024-01-01')).toBe('ENSKEDE_ARSTA_VANTOR');
    expect(resolve(null, 'Norra Innerstadens SDN', '2024-01-01')).toBeNull(); // genitive is not the name
    expect(normaliseDistrictName('Järva SDN')).toBe('jarva');
  });

  it('gives the district valid on the registration date (13 before, 11 after 2023-07-01)', () => {
    expect(resolve('RINKEBY_KISTA', null, '2023-06-30')).toBe('RINKEBY_KISTA');
    expect(resolve('RINKEBY_KISTA', null, '2023-07-01')).toBe('JARVA');
    expect(resolve(null, 'Östermalm', '2024-05-01')).toBe('NORRA_INNERSTADEN');
  });

  it('knows nothing of an unknown or empty district', () => {
    expect(resolve('XYZ', 'Atlantis', '2024-01-01')).toBeNull();
    expect(resolve(null, null, '2024-01-01')).toBeNull();
    expect(resolve('', ' ', '2024-01-01')).toBeNull();
  });
});
