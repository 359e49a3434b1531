import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import { DecisionSettingsPage } from './decision-settings-page.js';

const settings = { appealDays: 21, purgeDaysAfterFinal: 21, updatedBy: 'sam.systemansvarig', updatedAt: '2025-02-01T09:00:00Z' };

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}) {
  const mock = mockClient({ MigDecisionSettings: () => ({ data: { decisionSettings: settings } }), ...handlers });
  render(
    <Provider value={mock.client as Client}>
      <DecisionSettingsPage roles={['ADMINISTRATOR']} navigate={jest.fn()} />
    </Provider>,
  );
  return mock;
}

const appeal = () => screen.getByLabelText('Laga kraft efter (dagar)') as HTMLInputElement;
const purge = () => screen.getByLabelText('Gallring efter laga kraft (dagar)') as HTMLInputElement;
const save = () =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
  });

// Generous: CI machines are shared and slow.
jest.setTimeout(30_000);

describe('Beslutsregler', () => {
  it('shows the rules, checks them (whole days 1–365) and saves', async () => {
    const { calls } = setup({ MigUpdateDecisionSettings: (v) => ({ data: { updateDecisionSettings: { ...(v.input as object), updatedBy: 'anna.admin', updatedAt: '2025-03-05T12:00:00Z' } } }) });
    await screen.findByRole('form', { name: 'Beslutsregler' });
    expect(appeal().value).toBe('21');
    expect(purge().value).toBe('21');
    expect(screen.getByTestId('settings-updated').textContent).toBe('Senast ändrad 2025-02-01 10:00 av sam.systemansvarig.');

    fireEvent.change(appeal(), { target: { value: '0' } });
    fireEvent.change(purge(), { target: { value: '2,5' } });
    await save();
    expect(screen.getByText('Laga kraft efter (dagar) ska vara ett heltal från 1 till 365.')).toBeTruthy();
    expect(screen.getByText('Gallring efter laga kraft (dagar) ska vara ett heltal från 1 till 365.')).toBeTruthy();
    expect(appeal().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(appeal(), { target: { value: '' } });
    await save();
    expect(screen.getByText('Ange laga kraft efter (dagar).')).toBeTruthy();
    expect(calls('MigUpdateDecisionSettings')).toEqual([]);

    fireEvent.change(appeal(), { target: { value: '28' } });
    fireEvent.change(purge(), { target: { value: '60' } });
    await save();
    expect(calls('MigUpdateDecisionSettings')).toEqual([{ input: { appealDays: 28, purgeDaysAfterFinal: 60 } }]);
    expect((await screen.findByTestId('settings-saved')).textContent).toContain('Laga kraft 28 dagar efter beslutet, gallring 60 dagar efter laga kraft.');
    expect(screen.getByTestId('settings-updated').textContent).toBe('Senast ändrad 2025-03-05 13:00 av anna.admin.');
  });

  it('shows the server’s refusal at the field', async () => {
    setup({
      MigUpdateDecisionSettings: () => ({ error: new CombinedError({ graphQLErrors: [{ message: 'Tiden till laga kraft får vara högst 365 dagar.', extensions: { code: 'BAD_USER_INPUT', field: 'appealDays' } }] }) }),
    });
    await screen.findByRole('form', { name: 'Beslutsregler' });
    fireEvent.change(appeal(), { target: { value: '30' } });
    await save();
    await waitFor(() => expect(appeal().getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Tiden till laga kraft får vara högst 365 dagar.')).toBeTruthy();
    expect(screen.queryByTestId('settings-saved')).toBeNull();
  });
});
