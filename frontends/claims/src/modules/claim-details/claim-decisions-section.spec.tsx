import { jest } from '@jest/globals';
import { mockClient } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider } from 'urql';
import { ClaimDecisionsSection } from './components/claim-decisions-section.js';
import type { ClaimDecision } from './graphql/claim-decisions.graphql.js';

const DECISIONS: ClaimDecision[] = [
  { id: 'd-2', migCaseNumber: '4.2.1-2026-00002', outcome: 'BEVILJAD_EFTER_NY_PROVNING', outcomeLabel: 'Beviljad efter ny prövning', decidedAt: '2026-09-01', grantedAmount: 500_000, paidAmount: 0, finalAt: '2026-09-22', isFinal: false, appealed: false },
  { id: 'd-1', migCaseNumber: '4.2.1-2026-00002', outcome: 'AVSLAG', outcomeLabel: 'Avslag', decidedAt: '2026-05-01', grantedAmount: 0, paidAmount: 0, finalAt: '2026-05-22', isFinal: false, appealed: true },
];

function setup(answer: object) {
  const mock = mockClient({ ClaimDecisions: () => answer });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <ClaimDecisionsSection claimId="claim-9" navigate={navigate} />
    </Provider>,
  );
  return { ...mock, navigate };
}

describe('ClaimDecisionsSection ("Beslut från MiG" on the claim page)', () => {
  it("lists the claim's decisions newest first with outcome, date, granted, paid and laga kraft, each linking to its card", async () => {
    const { calls, navigate } = setup({ data: { claim: { id: 'claim-9', decisions: DECISIONS } } });
    expect(calls('ClaimDecisions')).toEqual([{ id: 'claim-9' }]);
    expect(screen.getByRole('heading', { level: 2, name: 'Beslut från MiG' })).toBeTruthy();
    const rows = screen.getAllByTestId('claim-decision-row');
    expect(rows.map((r) => within(r).getByTestId('claim-decision-outcome').textContent)).toEqual(['Beviljad efter ny prövning', 'Avslag']);
    expect(within(rows[0]!).getByTestId('claim-decision-date').textContent).toBe('2026-09-01');
    expect(within(rows[0]!).getByTestId('claim-decision-granted').textContent).toBe('5\u00a0000,00\u00a0kr');
    expect(within(rows[0]!).getByTestId('claim-decision-paid').textContent).toBe('0,00\u00a0kr');
    expect(within(rows[1]!).getByTestId('claim-decision-final').textContent?.replace('⚠', '')).toBe('2026-05-22 Överklagat');
    const link = within(rows[0]!).getByRole('link', { name: 'Beviljad efter ny prövning' });
    expect(link.getAttribute('href')).toBe('/beslut/d-2');
    await act(async () => {
      fireEvent.click(link);
    });
    expect(navigate).toHaveBeenCalledWith('/beslut/d-2');
  });

  it('says when MiG has not decided yet', () => {
    setup({ data: { claim: { id: 'claim-9', decisions: [] } } });
    expect(screen.getByTestId('claim-decisions-none').textContent).toBe('MiG har inte fattat något beslut på återsökningen ännu.');
  });

  it('says in Swedish when the decisions cannot be fetched', () => {
    setup({ error: new CombinedError({ networkError: new Error('Failed to fetch') }) });
    expect(screen.getByRole('alert').textContent).toContain('Besluten kunde inte hämtas');
  });
});
