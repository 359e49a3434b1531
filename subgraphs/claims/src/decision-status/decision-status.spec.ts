import { ALL_CLAIM_STATUSES, ClaimStatus } from '@statsbidrag/domain';
import { DECISION_DRIVEN_FROM, nextStatusAfterDecision, statusForDecision } from './decision-status.js';

describe('the claim status a MiG decision means', () => {
  it.each([
    ['BEVILJAD', 'BESLUTAD'],
    ['BEVILJAD_EFTER_NY_PROVNING', 'BESLUTAD'],
    ['AVSLAG', 'BESLUTAD'],
    ['AVVISAD', 'BESLUTAD'],
    ['DELVIS_BEVILJAD', 'DELVIS_BEVILJAT'],
    ['DELVIS_BEVILJAD_EFTER_NY_PROVNING', 'DELVIS_BEVILJAT'],
  ])('%s → %s while nothing is paid', (outcome, status) => {
    expect(statusForDecision({ outcome, paidAmount: 0 })).toBe(status);
    expect(statusForDecision({ outcome })).toBe(status);
  });

  it('is UTBETALD once MiG paid money it granted, never for a refusal', () => {
    for (const outcome of ['BEVILJAD', 'BEVILJAD_EFTER_NY_PROVNING', 'DELVIS_BEVILJAD', 'DELVIS_BEVILJAD_EFTER_NY_PROVNING']) {
      expect(statusForDecision({ outcome, paidAmount: 1 })).toBe('UTBETALD');
    }
    expect(statusForDecision({ outcome: 'AVSLAG', paidAmount: 50_000 })).toBe('BESLUTAD');
    expect(statusForDecision({ outcome: 'AVVISAD', paidAmount: 50_000 })).toBe('BESLUTAD');
  });

  it('is nothing for an event without outcome (before issue 5) or with an outcome it does not know', () => {
    expect(statusForDecision({})).toBeNull();
    expect(statusForDecision({ outcome: 'OKAND' })).toBeNull();
  });
});

describe('which claims a decision moves', () => {
  it('moves only claims sent to MiG or already decided or paid', () => {
    const moved = ALL_CLAIM_STATUSES.filter((s) => [{ outcome: 'DELVIS_BEVILJAD' }, { outcome: 'AVSLAG' }].some((d) => nextStatusAfterDecision(s, d) !== null));
    expect(moved.sort()).toEqual([...DECISION_DRIVEN_FROM].sort());
  });

  it('never touches a finished claim or one still being prepared', () => {
    expect(nextStatusAfterDecision(ClaimStatus.FARDIGBEHANDLAT, { outcome: 'BEVILJAD', paidAmount: 100 })).toBeNull();
    expect(nextStatusAfterDecision(ClaimStatus.ATERSOK_FORBEREDS_AMF, { outcome: 'BEVILJAD' })).toBeNull();
  });

  it('says nothing when the claim already has the status', () => {
    expect(nextStatusAfterDecision(ClaimStatus.BESLUTAD, { outcome: 'AVSLAG' })).toBeNull();
    expect(nextStatusAfterDecision(ClaimStatus.UTBETALD, { outcome: 'BEVILJAD', paidAmount: 100 })).toBeNull();
  });

  it('moves a paid claim back only as the (newer) decision says', () => {
    expect(nextStatusAfterDecision(ClaimStatus.UTBETALD, { outcome: 'AVSLAG' })).toBe('BESLUTAD');
    expect(nextStatusAfterDecision(ClaimStatus.ATERSOKNING_INSKICKAD_MIG, { outcome: 'BEVILJAD', paidAmount: 100 })).toBe('UTBETALD');
  });
});
