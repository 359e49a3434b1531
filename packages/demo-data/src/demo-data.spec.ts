import { parseIdentityNumber } from '@statsbidrag/domain';
import { DISTRICTS, districtsValidOn, DEMO_USERS, PERSONS, CLAIMS, generatePersons } from './index.js';

describe('demo data', () => {
  it('has 13 districts before the 2023 merger and 11 after, with successor links', () => {
    expect(districtsValidOn('2023-06-30')).toHaveLength(13);
    expect(districtsValidOn('2023-07-01')).toHaveLength(11);
    const jarva = DISTRICTS.filter((d) => d.successorCode === 'JARVA').map((d) => d.name).sort();
    expect(jarva).toEqual(['Rinkeby-Kista', 'Spånga-Tensta']);
  });

  it('has staff in every role and a contact person for every current district', () => {
    const roles = new Set(DEMO_USERS.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(['ADMINISTRATOR', 'ANALYST', 'COORDINATOR', 'DISTRICT_CONTACT', 'DISTRICT_OFFICER', 'FINANCE_MANAGER', 'SYSTEM_ADMIN']);
    for (const d of districtsValidOn('2026-01-01')) {
      expect(DEMO_USERS.some((u) => u.roles.includes('DISTRICT_CONTACT') && u.districtCodes.includes(d.code))).toBe(true);
    }
  });

  it('generates ~200 persons with valid coordination numbers that are unique and stable', () => {
    expect(PERSONS).toHaveLength(200);
    for (const p of PERSONS) {
      const parsed = parseIdentityNumber(p.personalIdentityNumber);
      expect(parsed).toMatchObject({ ok: true, isCoordinationNumber: true, normalised: p.personalIdentityNumber });
    }
    expect(new Set(PERSONS.map((p) => p.personalIdentityNumber)).size).toBe(200);
    expect(new Set(PERSONS.map((p) => p.id)).size).toBe(200);
    expect(generatePersons()[17]).toEqual(PERSONS[17]);
  });

  it('puts claims in every status, each on the person’s district', () => {
    expect(new Set(CLAIMS.map((c) => c.status)).size).toBe(15);
    const byId = new Map(PERSONS.map((p) => [p.id, p]));
    for (const c of CLAIMS) expect(byId.get(c.personId)?.districtCode).toBe(c.districtCode);
    expect(CLAIMS.every((c) => Number.isSafeInteger(c.amountOre) && c.amountOre > 0)).toBe(true);
  });
});
