import { DISTRICTS } from '@statsbidrag/demo-data';
import { compareNewestFirst, districtOn, latestRegistration, registrationOn } from './registration-history.js';

const history = [
  { id: 'a', registeredAt: '2021-03-01', districtCode: 'SPANGA_TENSTA' },
  { id: 'b', registeredAt: '2022-09-15', districtCode: 'RINKEBY_KISTA' },
  { id: 'c', registeredAt: '2024-02-01', districtCode: 'FARSTA' },
  { id: 'd', registeredAt: '2025-01-10', districtCode: null },
];
const on = (date: string) => districtOn(history, date, DISTRICTS)?.code ?? null;

describe('registration history', () => {
  it('picks the latest registration on or before a date', () => {
    expect(registrationOn(history, '2021-02-28')).toBeNull();
    expect(registrationOn(history, '2021-03-01')?.id).toBe('a');
    expect(registrationOn(history, '2022-09-14')?.id).toBe('a');
    expect(registrationOn(history, '2023-12-31')?.id).toBe('b');
    expect(latestRegistration(history)?.id).toBe('d');
  });

  it('breaks a tie on the same date by the latest recorded', () => {
    const same = [
      { id: 'old', registeredAt: '2024-01-01', districtCode: 'BROMMA', createdAt: new Date('2024-01-02T10:00:00Z') },
      { id: 'new', registeredAt: '2024-01-01', districtCode: 'FARSTA', createdAt: new Date('2024-01-05T10:00:00Z') },
    ];
    expect(registrationOn(same, '2024-06-01')?.id).toBe('new');
    expect([...same].sort(compareNewestFirst).map((r) => r.id)).toEqual(['new', 'old']);
  });

  it('gives the district on a date across the 2023 merger', () => {
    expect(on('2020-01-01')).toBeNull(); // not yet registered
    expect(on('2022-01-01')).toBe('SPANGA_TENSTA');
    expect(on('2023-06-30')).toBe('RINKEBY_KISTA'); // 13 districts: still Rinkeby-Kista
    expect(on('2023-07-01')).toBe('JARVA'); // 11 districts: Rinkeby-Kista is now Järva
    expect(on('2024-02-01')).toBe('FARSTA');
    expect(on('2025-06-01')).toBeNull(); // latest registration has no known district
  });
});
