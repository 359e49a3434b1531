import { isContactFor, isEmail, isMunicipalityCode, normalisePhone, normalisePostalCode, validateApplicantProfile, validateStaffMember } from './organisation-validation.js';

const CURRENT = ['JARVA', 'FARSTA'];

describe('isEmail', () => {
  it.each(['statsbidrag@example.org', 'a.b-c+d@sub.example.se', 'x@y.nu'])('accepts %s', (v) => expect(isEmail(v)).toBe(true));
  it.each(['', 'plain', '@example.org', 'a@', 'a@example', 'a b@example.org', 'a@@example.org', 'a@example..org', 'a@.example.org'])('refuses %p', (v) =>
    expect(isEmail(v)).toBe(false),
  );
});

describe('normalisePhone', () => {
  it.each([
    ['08-508 00 000', '08-508 00 000'],
    ['+46 8 508 00 000', '+46 8 508 00 000'],
    ['  070-123  45 67 ', '070-123 45 67'],
    ['0851234', '0851234'],
    ['+4687654321', '+4687654321'],
  ])('accepts %p', (v, expected) => expect(normalisePhone(v)).toBe(expected));
  it.each(['', '123456', '08-508 00 00x', '(08) 508 00 000', '+47 8 508 00 000', '08--50800000', '1234567890123456', '+46'])('refuses %p', (v) =>
    expect(normalisePhone(v)).toBeNull(),
  );
});

describe('normalisePostalCode', () => {
  it.each([
    ['105 35', '105 35'],
    ['10535', '105 35'],
    [' 163 55 ', '163 55'],
  ])('normalises %p', (v, expected) => expect(normalisePostalCode(v)).toBe(expected));
  it.each(['', '1053', '105355', '105-35', 'abc de', '10 535', '105  35'])('refuses %p', (v) => expect(normalisePostalCode(v)).toBeNull());
});

describe('isMunicipalityCode', () => {
  it.each(['0180', '1480', '0114'])('accepts %s', (v) => expect(isMunicipalityCode(v)).toBe(true));
  it.each(['180', '01800', '01a0', ''])('refuses %p', (v) => expect(isMunicipalityCode(v)).toBe(false));
});

describe('validateApplicantProfile', () => {
  const valid = {
    municipalityName: 'Stockholms stad',
    municipalityCode: '0180',
    postalAddress: 'Box 1',
    postalCode: '10535',
    city: 'Stockholm',
    contactName: 'Statsbidragsgruppen',
    phone: '08-508 00 000',
    email: 'Statsbidrag@Example.org',
    reference: '  ',
  };

  it('normalises postal code, e-mail and an empty reference', () => {
    const r = validateApplicantProfile(valid);
    expect(r).toEqual({ ok: true, value: { ...valid, postalCode: '105 35', email: 'statsbidrag@example.org', reference: null } });
  });

  it('reports every broken field with a Swedish message', () => {
    const r = validateApplicantProfile({ ...valid, municipalityName: ' ', municipalityCode: '180', postalCode: '1053', phone: '123', email: 'nej' });
    expect(r.ok).toBe(false);
    const problems = !r.ok ? r.problems : [];
    expect(problems.map((p) => p.field)).toEqual(['municipalityName', 'municipalityCode', 'postalCode', 'phone', 'email']);
    expect(problems[0]!.message).toBe('Kommun måste anges.');
    expect(problems[2]!.message).toMatch(/Postnumret/);
  });
});

describe('validateStaffMember', () => {
  const base = { username: 'ny.person', name: 'Ny Person', email: 'ny@example.org', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'], active: true };
  const fields = (input: Partial<typeof base>) => {
    const r = validateStaffMember({ ...base, ...input }, CURRENT);
    return r.ok ? [] : r.problems.map((p) => `${p.field}:${p.reason}`);
  };

  it('accepts a district role with one current district and a central role with none', () => {
    expect(validateStaffMember(base, CURRENT)).toMatchObject({ ok: true, value: { roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] } });
    expect(fields({ roles: ['COORDINATOR', 'ADMINISTRATOR'], districtCodes: [] })).toEqual([]);
  });

  it('refuses a bad e-mail, no role, unknown roles and mixed roles', () => {
    expect(fields({ email: 'ny@' })).toEqual(['email:FORMAT']);
    expect(fields({ roles: [] })).toEqual(['roles:REQUIRED']);
    expect(fields({ roles: ['KING'] })).toEqual(['roles:UNKNOWN_ROLE']);
    expect(fields({ roles: ['COORDINATOR', 'DISTRICT_OFFICER'] })).toEqual(['roles:MIXED_ROLES']);
  });

  it('needs exactly one current district for district roles and none for central roles', () => {
    expect(fields({ districtCodes: [] })).toEqual(['districtCodes:ONE_DISTRICT']);
    expect(fields({ districtCodes: ['JARVA', 'FARSTA'] })).toEqual(['districtCodes:ONE_DISTRICT']);
    expect(fields({ districtCodes: ['RINKEBY_KISTA'] })).toEqual(['districtCodes:UNKNOWN_DISTRICT']);
    expect(fields({ roles: ['COORDINATOR'], districtCodes: ['JARVA'] })).toEqual(['districtCodes:NO_DISTRICT']);
  });

  it('refuses an empty name and a username with spaces', () => {
    expect(fields({ name: ' ', username: 'ny person' })).toEqual(['username:FORMAT', 'name:REQUIRED']);
  });
});

describe('isContactFor', () => {
  const contact = { active: true, roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] };
  it('needs an active contact person of that very district', () => {
    expect(isContactFor(contact, 'JARVA')).toBe(true);
    expect(isContactFor(contact, 'FARSTA')).toBe(false);
    expect(isContactFor({ ...contact, active: false }, 'JARVA')).toBe(false);
    expect(isContactFor({ ...contact, roles: ['DISTRICT_OFFICER'] }, 'JARVA')).toBe(false);
  });
});
