import type { Identity } from '@statsbidrag/domain';
import { maySeeMessage, messageProblems } from './message.js';

const coordinator: Identity = { sub: 'samordnare', name: 'Sam', roles: ['COORDINATOR'], districtCodes: [] } as Identity;
const officer: Identity = { sub: 'jarva.handlaggare', name: 'Hanna', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] } as Identity;

describe('claim messages', () => {
  it('needs text, at most 4 000 characters', () => {
    expect(messageProblems(officer, '   ', false)).toEqual([{ field: 'body', message: 'Skriv ett meddelande.', reason: 'REQUIRED' }]);
    expect(messageProblems(officer, 'x'.repeat(4001), false)[0]?.reason).toBe('TOO_LONG');
    expect(messageProblems(officer, 'x'.repeat(4000), false)).toEqual([]);
  });

  it('lets only AmF write internal notes', () => {
    expect(messageProblems(coordinator, 'Notering', true)).toEqual([]);
    expect(messageProblems(officer, 'Notering', true)).toEqual([
      { field: 'internal', message: 'Bara AmF kan skriva interna anteckningar.', reason: 'FORBIDDEN_VISIBILITY' },
    ]);
  });

  it('hides internal notes from district users', () => {
    expect(maySeeMessage(officer, 'INTERNAL')).toBe(false);
    expect(maySeeMessage(officer, 'SHARED')).toBe(true);
    expect(maySeeMessage(coordinator, 'INTERNAL')).toBe(true);
  });
});
