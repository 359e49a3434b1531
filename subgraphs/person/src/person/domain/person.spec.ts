import { validateNewPerson } from './person.js';

describe('validateNewPerson', () => {
  it('normalises a 10-digit samordningsnummer to 12 digits and derives the birth date', () => {
    const r = validateNewPerson({ firstName: ' Amina ', lastName: 'Ahmadi', personalIdentityNumber: '701063-2391' });
    expect(r).toEqual({
      ok: true,
      value: { firstName: 'Amina', lastName: 'Ahmadi', personalIdentityNumber: '197010632391', isCoordinationNumber: true, migIndividualNumber: null, birthDate: '1970-10-03', districtCode: null },
    });
  });

  it('reports every broken field with a Swedish message', () => {
    const r = validateNewPerson({ firstName: '', lastName: 'X', personalIdentityNumber: '701063-2392', migIndividualNumber: '12' });
    expect(r.ok).toBe(false);
    const problems = !r.ok ? r.problems : [];
    expect(problems.map((p) => p.field)).toEqual(['firstName', 'personalIdentityNumber', 'migIndividualNumber']);
    expect(problems[1]!.message).toMatch(/Kontrollsiffran/);
  });

  it('requires at least one identifier', () => {
    const r = validateNewPerson({ firstName: 'A', lastName: 'B' });
    expect(!r.ok && r.problems[0]).toMatchObject({ field: 'personalIdentityNumber', reason: 'REQUIRED' });
  });
});
