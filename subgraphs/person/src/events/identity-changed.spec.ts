import { personIdentityChanged } from './identity-changed.js';

const person = { id: 'p1', personalIdentityNumber: '198501722385', migIndividualNumber: '1234567', birthDate: '1985-01-12', purgedAt: null };
const at = new Date('2026-11-24T10:00:00Z');

describe('personIdentityChanged', () => {
  it('lists the registrations oldest first, the later-recorded one last on the same day', () => {
    const event = personIdentityChanged(
      person,
      [
        { registeredAt: '2025-06-01', districtCode: 'FARSTA', createdAt: new Date('2025-06-02T00:00:00Z') },
        { registeredAt: '2021-02-01', districtCode: null },
        { registeredAt: '2025-06-01', districtCode: 'JARVA', createdAt: new Date('2025-06-03T00:00:00Z') },
      ],
      at,
    );
    expect(event).toEqual({
      personId: 'p1', personalIdentityNumber: '198501722385', migIndividualNumber: '1234567', birthDate: '1985-01-12', mergedInto: null, purged: false, movedOutOn: null, at: '2026-11-24T10:00:00.000Z',
      registrations: [{ from: '2021-02-01', districtCode: null }, { from: '2025-06-01', districtCode: 'FARSTA' }, { from: '2025-06-01', districtCode: 'JARVA' }],
    });
  });

  it('carries the move-out date', () => {
    expect(personIdentityChanged({ ...person, movedOutOn: '2025-03-31' }, [], at).movedOutOn).toBe('2025-03-31');
  });

  it('carries no identifiers once the person is purged, but keeps the districts', () => {
    const event = personIdentityChanged({ ...person, purgedAt: at }, [{ registeredAt: '2025-06-01', districtCode: 'FARSTA' }], at);
    expect(event).toMatchObject({ personalIdentityNumber: null, migIndividualNumber: null, birthDate: null, purged: true, registrations: [{ from: '2025-06-01', districtCode: 'FARSTA' }] });
  });
});
