import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import type { DistrictFlatRatePerson, DistrictMoneyRow } from './allocation.graphql.js';
import { AllocationMonthPage } from './components/allocation-month-page.js';
import { AllocationsPage } from './components/allocations-page.js';

const jarva = { code: 'JARVA', name: 'Järva' };
const money = (month: string, compensationCode: string, amount: number, kind = 'DISTRICT'): DistrictMoneyRow => ({ month, compensationCode, kind, kindLabel: 'Stadsdel', district: jarva, amount });
const ALLOCATIONS = [money('2025-02', 'GSCH', 3_000_000), money('2025-02', 'NyErsF', 800_000), money('2025-03', 'GSCH', 2_000_000), money('2025-03', 'GSCH', -50_000)];
const FORECAST = [
  { month: '2025-04', district: jarva, amount: 1_500_000, persons: 5 },
  { month: '2025-05', district: jarva, amount: 300_000, persons: 1 },
];
const NOW = new Date(2025, 2, 15);

/** What a reader sees, spaces made plain (the kronor format uses non-breaking spaces). */
const seen = (element: Element) => (element.textContent ?? '').replace(/\s/g, ' ');

function setup(handlers: Handlers = {}) {
  const mock = mockClient({
    SdfDistrictAllocations: () => ({ data: { districtAllocations: ALLOCATIONS } }),
    SdfFlatRateForecast: () => ({ data: { flatRateForecast: FORECAST } }),
    ...handlers,
  });
  const navigate = jest.fn<(url: string) => void>();
  render(
    <Provider value={mock.client as Client}>
      <AllocationsPage viewer={{ districts: [jarva] }} navigate={navigate} now={NOW} />
    </Provider>,
  );
  return { ...mock, navigate };
}

const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });

describe('Fördelade medel (SDF)', () => {
  it('shows the last 12 months per month and compensation code with sums, and the forecast with its explanation', async () => {
    const { calls } = setup();
    const grid = await screen.findByRole('grid', { name: 'Fördelade medel per månad' });
    expect(calls('SdfDistrictAllocations')).toEqual([{ fromMonth: '2024-04', toMonth: '2025-03', districtCode: null }]);
    expect(within(grid).getAllByRole('columnheader').map((h) => seen(h).replace(/[↕▲▼]/g, ''))).toEqual(['Månad', 'GSCH', 'NyErsF', 'Totalt']);
    const rows = within(grid).getAllByTestId('money-row').map(seen);
    expect(rows).toEqual(['2025-0319 500,00 kr0,00 kr19 500,00 kr', '2025-0230 000,00 kr8 000,00 kr38 000,00 kr']);
    expect(seen(within(screen.getByRole('grid', { name: 'Summa för perioden' })).getByTestId('money-sum-row'))).toBe('Totalt49 500,00 kr8 000,00 kr57 500,00 kr');
    expect(seen(screen.getByTestId('money-period-total'))).toBe('57 500,00 kr');

    expect(calls('SdfFlatRateForecast')).toEqual([{ fromMonth: '2025-04', toMonth: '2026-03', districtCode: null }]);
    expect(screen.getByTestId('forecast-explanation').textContent).toContain('delbetalningar av generalschablonen som ännu inte har betalats ut');
    const forecast = screen.getByRole('grid', { name: 'Prognos för generalschablonen' });
    expect(within(forecast).getAllByTestId('forecast-row').map(seen)).toEqual(['2025-0415 000,00 kr5', '2025-053 000,00 kr1']);
  });

  it('asks for another period', async () => {
    const { calls } = setup();
    await screen.findByRole('grid', { name: 'Fördelade medel per månad' });
    fireEvent.change(screen.getByLabelText('Från månad (ÅÅÅÅ-MM)'), { target: { value: '2025-03' } });
    fireEvent.change(screen.getByLabelText('Till månad (ÅÅÅÅ-MM)'), { target: { value: '2025-01' } });
    await press(screen.getByRole('button', { name: 'Visa perioden' }));
    expect(screen.getByText('Från-månaden kan inte vara efter till-månaden.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Från månad (ÅÅÅÅ-MM)'), { target: { value: '2024-01' } });
    await press(screen.getByRole('button', { name: 'Visa perioden' }));
    await waitFor(() => expect(calls('SdfDistrictAllocations').at(-1)).toEqual({ fromMonth: '2024-01', toMonth: '2025-01', districtCode: null }));
  });

  it('exports the table to Excel', async () => {
    const clicks = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    setup();
    await press(await screen.findByRole('button', { name: 'Exportera till Excel' }));
    await waitFor(() => expect(clicks).toHaveBeenCalled());
    expect((clicks.mock.contexts[0] as HTMLAnchorElement).download).toBe('fordelade-medel-2024-04-2025-03.xlsx');
    clicks.mockRestore();
  });

  it('says so when no sheet is approved for the period', async () => {
    setup({ SdfDistrictAllocations: () => ({ data: { districtAllocations: [] } }) });
    expect((await screen.findByTestId('money-empty')).textContent).toBe('Inga godkända fördelningar för perioden.');
    expect(screen.queryByRole('button', { name: 'Exportera till Excel' })).toBeNull();
  });
});

describe('Fördelade medel för en månad (SDF)', () => {
  const row = (id: string, fullName: string, extra: Partial<DistrictFlatRatePerson> = {}): DistrictFlatRatePerson => ({
    person: { id, fullName, personalIdentityNumber: '199005772383', protectedIdentity: false },
    compensationCode: 'GSCH',
    amount: 600_000,
    ageBand: '20–64',
    paymentDate: '2025-03-10',
    ...extra,
  });

  it('lists the persons behind the month with link, code, amount, age band and payment date, page by page', async () => {
    const mock = mockClient({
      SdfDistrictFlatRatePersons: (v) =>
        v.after === 'c1'
          ? { data: { districtFlatRatePersons: { totalCount: 2, edges: [{ cursor: 'c2', node: row('p2', 'Skyddad identitet', { person: { id: 'p2', fullName: 'Skyddad identitet', personalIdentityNumber: null, protectedIdentity: true }, ageBand: null }) }], pageInfo: { hasNextPage: false, endCursor: null } } } }
          : { data: { districtFlatRatePersons: { totalCount: 2, edges: [{ cursor: 'c1', node: row('p1', 'Testa Testsson') }], pageInfo: { hasNextPage: true, endCursor: 'c1' } } } },
    });
    render(
      <Provider value={mock.client as Client}>
        <AllocationMonthPage month="2025-03" navigate={jest.fn()} />
      </Provider>,
    );
    const grid = await screen.findByRole('grid', { name: 'Personer bakom fördelade medel 2025-03' });
    expect(mock.calls('SdfDistrictFlatRatePersons')).toEqual([{ month: '2025-03', districtCode: null, first: 50, after: null }]);
    expect(within(grid).getByRole('link', { name: 'Testa Testsson' }).getAttribute('href')).toBe('/personer/p1');
    expect(seen(within(grid).getAllByTestId('flat-rate-row')[0]!)).toBe('Testa Testsson19900577-2383GSCH6 000,00 kr20–64 år2025-03-10');
    await press(screen.getByRole('button', { name: 'Visa fler' }));
    await waitFor(() => expect(within(grid).getAllByTestId('flat-rate-row')).toHaveLength(2));
    expect(seen(within(grid).getAllByTestId('flat-rate-row')[1]!)).toBe('Skyddad identitetSkyddad identitetGSCH6 000,00 kr–2025-03-10');
    expect(screen.getByTestId('flat-rate-count').textContent).toBe('Visar 2 av 2 utbetalningar.');
  });
});
