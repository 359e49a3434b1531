import { jest } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { Provider, type Client } from 'urql';
import { spokenText } from '../allocation-sheet.test-support.js';
import type { UnallocatedFundsItem } from '../graphql/allocation-sheet.graphql.js';
import { UnallocatedPage } from './unallocated-page.js';

const saved: UnallocatedFundsItem = { flatRatePaymentId: 'fp1', compensationCode: 'EKBP', amount: 500_000, reason: 'Ingen kostnadsbärare', saved: true, person: { id: 'p1', fullName: 'Testa Testsson', protectedIdentity: false } };
const proposal: UnallocatedFundsItem = { flatRatePaymentId: 'fp2', compensationCode: 'EKUP', amount: 250_000, reason: 'Förslag: ingen kostnadsbärare', saved: false, person: null };

function setup(locked: boolean, onSave = (v: Record<string, unknown>) => ({ data: { saveUnallocatedFunds: v.items } })) {
  let items = [saved, proposal];
  const mock = mockClient({
    UnallocatedFunds: () => ({ data: { unallocatedFunds: items, allocationSheetMonth: { latest: { id: 's1', status: locked ? 'APPROVED' : 'DRAFT', locked } } } }),
    SaveUnallocatedFunds: (v) => {
      items = items.map((i) => ({ ...i, saved: (v.items as { flatRatePaymentId: string }[]).some((s) => s.flatRatePaymentId === i.flatRatePaymentId) }));
      return onSave(v);
    },
  });
  render(
    <Provider value={mock.client as Client}>
      <UnallocatedPage month="2025-03" navigate={jest.fn()} />
    </Provider>,
  );
  return mock;
}

const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });

describe('Ej fördelade medel', () => {
  it('lets the coordinator choose the rows, edit their reasons and save the list', async () => {
    const { calls } = setup(false);
    expect(await screen.findAllByTestId('unallocated-row')).toHaveLength(2);
    expect(spokenText(screen.getByTestId('unallocated-sum'))).toBe('1 av 2 rader valda, 5 000,00 kr.');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Välj Okänd person, EKUP, 2.500,00.kr$/ }));
    expect(spokenText(screen.getByTestId('unallocated-sum'))).toBe('2 av 2 rader valda, 7 500,00 kr.');
    const reason = screen.getByRole('textbox', { name: 'Orsak för Okänd person, EKUP' });
    fireEvent.change(reason, { target: { value: '' } });
    await press(screen.getByRole('button', { name: 'Spara listan' }));
    expect(screen.getByTestId('unallocated-error').textContent).toContain('Skriv en orsak för varje vald rad.');
    expect(calls('SaveUnallocatedFunds')).toEqual([]);

    fireEvent.change(reason, { target: { value: 'Kostnadsbärare saknas i MiG' } });
    await press(screen.getByRole('button', { name: 'Spara listan' }));
    expect(calls('SaveUnallocatedFunds')).toEqual([
      {
        month: '2025-03',
        items: [
          { flatRatePaymentId: 'fp1', reason: 'Ingen kostnadsbärare' },
          { flatRatePaymentId: 'fp2', reason: 'Kostnadsbärare saknas i MiG' },
        ],
      },
    ]);
    expect(spokenText(await screen.findByTestId('unallocated-saved'))).toBe('Listan är sparad: 2 rader, 7 500,00 kr.');
  });

  it('shows an approved month locked, without a way to change the list', async () => {
    setup(true);
    expect((await screen.findByTestId('unallocated-locked')).textContent).toContain('Månaden är godkänd och låst');
    expect(screen.queryByRole('button', { name: 'Spara listan' })).toBeNull();
    expect((screen.getByRole('checkbox', { name: /^Välj Testa Testsson, EKBP, 5.000,00.kr$/ }) as HTMLInputElement).disabled).toBe(true);
  });
});
