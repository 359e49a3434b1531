import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { Provider, type Client } from 'urql';
import { sheet, spokenText, summary } from '../allocation-sheet.test-support.js';
import { SheetListPage } from './sheet-list-page.js';

function setup() {
  const march = summary(sheet('APPROVED'));
  const april = summary(sheet('REVIEWED', { id: 's9', month: '2025-04', version: 2, total: 1_234_500, unreconciled: true }));
  const mock = mockClient({
    AllocationSheets: () => ({
      data: { allocationSheets: { totalCount: 2, edges: [april, march].map((node) => ({ cursor: node.month, node })), pageInfo: { hasNextPage: false, endCursor: null } } },
    }),
  });
  const navigate = jest.fn<(url: string) => void>();
  render(
    <Provider value={mock.client as Client}>
      <SheetListPage navigate={navigate} />
    </Provider>,
  );
  return { ...mock, navigate };
}

const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });

describe('Fördelning: månaderna', () => {
  it('lists each month’s latest version with status, total and whether it reconciles', async () => {
    setup();
    const grid = await screen.findByRole('grid', { name: 'Fördelningsark per månad' });
    const rows = within(grid).getAllByTestId('sheet-row').map((row) => spokenText(row));
    expect(rows[0]).toContain('2025-04');
    expect(rows[0]).toContain('Granskad');
    expect(rows[0]).toContain('12 345,00 kr');
    expect(within(grid).getAllByTestId('sheet-reconciled').map(spokenText)).toEqual(['Nej', 'Ja']);
    expect(within(grid).getAllByTestId('sheet-status').map(spokenText)).toEqual(['Granskad', 'Godkänd (låst)']);
  });

  it('opens any month written as ÅÅÅÅ-MM, and says how when it is not', async () => {
    const { navigate } = setup();
    await screen.findByRole('grid', { name: 'Fördelningsark per månad' });
    const field = screen.getByLabelText('Månad (ÅÅÅÅ-MM)');
    fireEvent.change(field, { target: { value: 'mars' } });
    await press(screen.getByRole('button', { name: 'Öppna månaden' }));
    expect(screen.getByText('Skriv månaden som ÅÅÅÅ-MM, till exempel 2025-03.')).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: '2024-12' } });
    await press(screen.getByRole('button', { name: 'Öppna månaden' }));
    expect(navigate).toHaveBeenCalledWith('/fordelning/2024-12');
  });
});
