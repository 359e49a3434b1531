import { canSeeDistrict, districtScope, type Identity } from './index.js';

const coordinator: Identity = { sub: 'c', name: 'C', roles: ['COORDINATOR'], districtCodes: [] };
const jarvaOfficer: Identity = { sub: 'j', name: 'J', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] };
const homeless: Identity = { sub: 'h', name: 'H', roles: ['DISTRICT_OFFICER'], districtCodes: [] };

describe('district scope', () => {
  it('lets central roles see every district', () => {
    expect(districtScope(coordinator)).toBeNull();
    expect(canSeeDistrict(coordinator, 'FARSTA')).toBe(true);
  });
  it('limits a district officer to their district', () => {
    expect(canSeeDistrict(jarvaOfficer, 'JARVA')).toBe(true);
    expect(canSeeDistrict(jarvaOfficer, 'FARSTA')).toBe(false);
    expect(canSeeDistrict(jarvaOfficer, null)).toBe(false);
  });
  it('gives a district user without district nothing rather than everything', () => {
    expect(districtScope(homeless)).toEqual([]);
    expect(canSeeDistrict(homeless, 'JARVA')).toBe(false);
  });
});

import { isIsoDate, isUuid } from './index.js';
describe('format checks', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
  });
  it('recognises UUIDs', () => {
    expect(isUuid('1b4e28ba-2fa1-41d2-883f-0016d3cca427')).toBe(true);
    expect(isUuid('x')).toBe(false);
  });
});
