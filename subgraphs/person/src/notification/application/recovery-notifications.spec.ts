import { recoveryAudience } from './recovery-notifications.js';

describe('who hears of a recovery', () => {
  it.each([
    ['STARTED', 'AMF', 'DISTRICT'],
    ['ACTION_PROPOSED', 'AMF', 'DISTRICT'],
    ['MESSAGE', 'AMF', 'DISTRICT'],
    ['MESSAGE', 'DISTRICT', 'COORDINATORS'],
    ['APPEAL_DECIDED', 'DISTRICT', 'COORDINATORS'],
  ] as const)('%s from %s goes to %s', (kind, fromSide, audience) => {
    expect(recoveryAudience({ kind, fromSide })).toBe(audience);
  });
});
