import { canBeDefaultOfficer, defaultOfficerProblem, isAmfStaff } from './default-officer.js';

const sara = { username: 'samordnare', name: 'Sara Samordnare', active: true, roles: ['COORDINATOR'] };

describe('default officer', () => {
  it('is AmF staff: central roles only', () => {
    expect(isAmfStaff(sara)).toBe(true);
    expect(isAmfStaff({ roles: ['ADMINISTRATOR', 'FINANCE_MANAGER'] })).toBe(true);
    expect(isAmfStaff({ roles: ['DISTRICT_OFFICER'] })).toBe(false);
    expect(isAmfStaff({ roles: ['DISTRICT_CONTACT'] })).toBe(false);
    expect(isAmfStaff({ roles: [] })).toBe(false);
  });

  it('accepts an active AmF member of staff', () => {
    expect(defaultOfficerProblem('samordnare', sara)).toBeNull();
    expect(canBeDefaultOfficer(sara)).toBe(true);
  });

  it('refuses an unknown user, an inactive one and a district user, in Swedish', () => {
    expect(defaultOfficerProblem('ingen', null)).toEqual({ field: 'username', reason: 'UNKNOWN_USER', message: 'Användaren ingen finns inte.' });
    expect(defaultOfficerProblem('samordnare', { ...sara, active: false })).toMatchObject({ reason: 'INACTIVE_USER', message: 'Sara Samordnare är inaktiverad och kan inte vara standardhandläggare.' });
    expect(defaultOfficerProblem('jarva.handlaggare', { username: 'jarva.handlaggare', name: 'Hedda', active: true, roles: ['DISTRICT_OFFICER'] })).toMatchObject({
      field: 'username',
      reason: 'NOT_AMF_STAFF',
    });
    expect(canBeDefaultOfficer({ ...sara, active: false })).toBe(false);
  });
});
