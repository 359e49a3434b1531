import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, Provider } from 'urql';
import { OPTIONS, captureDownloads, mockClientWithQuery } from '../decisions/decisions-test-data.js';
import { PaymentsPage, formatMonth } from './components/payments-page.js';
import type { PaymentLineNode, PaymentLinesVariables, PaymentMonth } from './graphql/payments.graphql.js';

const MONTHS: PaymentMonth[] = [
  {
    month: '2026-03',
    account: '1234',
    paid: 3_000_000,
    recovered: -50_000,
    total: 2_950_000,
    lineCount: 3,
    byCompensation: [
      { compensationCode: 'EKB', paid: 2_000_000, recovered: 0, total: 2_000_000, lineCount: 1 },
      { compensationCode: 'GSKA', paid: 1_000_000, recovered: -50_000, total: 950_000, lineCount: 2 },
    ],
  },
  { month: '2026-04', account: null, paid: 100_000, recovered: 0, total: 100_000, lineCount: 1, byCompensation: [{ compensationCode: 'EKB', paid: 100_000, recovered: 0, total: 100_000, lineCount: 1 }] },
];

function line(id: string, amount: number, overrides: Partial<PaymentLineNode> = {}): PaymentLineNode {
  return {
    id,
    month: '2026-03',
    account: '1234',
    compensationCode: 'GSKA',
    amount,
    isRecovery: amount < 0,
    migCaseNumber: `4.2.1-2026-${id}`,
    migIndividualNumber: '9876543',
    periodFrom: '2026-01-01',
    periodTo: '2026-01-31',
    reference: null,
    decisionId: `d-${id}`,
    districtCode: 'JARVA',
    district: { code: 'JARVA', name: 'Järva' },
    ...overrides,
  };
}
const LINES = [line('1', 1_000_000), line('2', -50_000), line('3', 2_000_000, { compensationCode: 'EKB', decisionId: null, district: null, districtCode: null })];
const linesPage = (nodes: PaymentLineNode[], totalCount = nodes.length, endCursor: string | null = null) => ({
  data: { paymentLines: { totalCount, edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { hasNextPage: endCursor !== null, endCursor } } },
});

function setup(roles: string[] = ['FINANCE_MANAGER'], lines: (v: PaymentLinesVariables) => object = () => linesPage(LINES)) {
  const mock = mockClientWithQuery({
    PaymentMonths: () => ({ data: { paymentMonths: MONTHS } }),
    PaymentLines: (v) => lines(v as unknown as PaymentLinesVariables),
    PaymentDistricts: () => ({ data: { districts: OPTIONS.districts } }),
  });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <PaymentsPage navigate={navigate} roles={roles} year={2026} />
    </Provider>,
  );
  return { ...mock, navigate, lastLines: () => mock.calls('PaymentLines').at(-1) };
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}
async function choose(button: RegExp, option: string) {
  await click(screen.getByRole('button', { name: button }));
  await click(screen.getByRole('option', { name: option }));
}
const openMarch = () => click(screen.getByRole('button', { name: 'mars 2026' }));
const cells = (testId: string) => screen.getAllByTestId(testId).map((c) => c.textContent?.replace('✕', ''));

describe('PaymentsPage', () => {
  it('shows the year’s payments per month and account: paid, recovered, net and lines', () => {
    const { calls } = setup();
    expect(calls('PaymentMonths')).toEqual([{ year: 2026 }]);
    expect(screen.getByTestId('payments-intro').textContent).toContain('per månad och konto');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim())).toEqual(['Månad', 'Konto', 'Utbetalt', 'Återkrav', 'Netto', 'Rader']);
    const march = within(screen.getAllByTestId('payment-month-row')[0]!);
    expect(march.getByTestId('payment-month-name').textContent).toBe('mars 2026');
    expect(march.getByTestId('payment-month-account').textContent).toBe('1234');
    expect(march.getByTestId('payment-month-paid').textContent).toBe('30\u00a0000,00\u00a0kr');
    expect(march.getByTestId('payment-month-recovered').textContent).toBe('−500,00\u00a0kr');
    expect(march.getByTestId('payment-month-net').textContent).toBe('29\u00a0500,00\u00a0kr');
    expect(march.getByTestId('payment-month-lines').textContent).toBe('3');
    expect(within(screen.getAllByTestId('payment-month-row')[1]!).getByTestId('payment-month-account').textContent).toBe('–');
    // Nothing about the lines until a month is chosen.
    expect(calls('PaymentLines')).toEqual([]);
  });

  it('asks for another year from the year picker', async () => {
    const { calls } = setup();
    await choose(/År/, '2024');
    expect(calls('PaymentMonths').at(-1)).toEqual({ year: 2024 });
  });

  it('sorts the months by a column', async () => {
    setup();
    await click(screen.getByRole('columnheader', { name: /Netto/ }));
    expect(cells('payment-month-net')).toEqual(['1\u00a0000,00\u00a0kr', '29\u00a0500,00\u00a0kr']);
    await click(screen.getByRole('columnheader', { name: /Netto/ }));
    expect(cells('payment-month-net')).toEqual(['29\u00a0500,00\u00a0kr', '1\u00a0000,00\u00a0kr']);
  });

  it('a chosen month shows its totals per compensation type and its lines, recovery lines marked, each linked to its decision', async () => {
    const { lastLines, navigate } = setup();
    await openMarch();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Utbetalningar mars 2026, konto 1234');
    const totals = screen.getAllByTestId('payment-total-row').map((r) => within(r).getAllByRole('gridcell').map((c) => c.textContent));
    expect(totals).toEqual([
      ['20\u00a0000,00\u00a0kr', '0,00\u00a0kr', '20\u00a0000,00\u00a0kr', '1'],
      ['10\u00a0000,00\u00a0kr', '−500,00\u00a0kr', '9\u00a0500,00\u00a0kr', '2'],
    ]);
    expect(cells('payment-total-code')).toEqual(['EKB', 'GSKA']);
    expect(lastLines()).toEqual({ filter: { month: '2026-03', account: '1234' }, first: 50, after: null });
    expect(cells('payment-line-amount')).toEqual(['10\u00a0000,00\u00a0kr', '−500,00\u00a0kr Återkrav', '20\u00a0000,00\u00a0kr']);
    expect(screen.getAllByTestId('payment-recovery')).toHaveLength(1);
    expect(cells('payment-line-district')).toEqual(['Järva', 'Järva', '–']);
    const rows = screen.getAllByTestId('payment-line-row');
    expect(within(rows[2]!).getByText('Inget beslut kopplat')).toBeTruthy();
    const link = within(rows[0]!).getByRole('link', { name: 'Visa beslut' });
    expect(link.getAttribute('href')).toBe('/beslut/d-1');
    await click(link);
    expect(navigate).toHaveBeenCalledWith('/beslut/d-1');
  });

  it('filters the lines on compensation type, district and "endast återkrav"', async () => {
    const { lastLines } = setup();
    await openMarch();
    await choose(/^Alla ersättningar/, 'GSKA');
    expect(lastLines()).toEqual({ filter: { month: '2026-03', account: '1234', compensationCode: 'GSKA' }, first: 50, after: null });
    await choose(/^Alla stadsdelar/, 'Farsta');
    await click(screen.getByRole('checkbox', { name: 'Endast återkrav' }));
    expect(lastLines()).toEqual({ filter: { month: '2026-03', account: '1234', compensationCode: 'GSKA', districtCode: 'FARSTA', recoveriesOnly: true }, first: 50, after: null });
  });

  it('gives a district no district filter and says it sees its own lines only', async () => {
    const { calls } = setup(['DISTRICT_OFFICER']);
    expect(screen.getByTestId('payments-intro').textContent).toContain('Du ser bara rader som gäller din stadsdel');
    await openMarch();
    expect(screen.queryByRole('button', { name: /Alla stadsdelar/ })).toBeNull();
    expect(calls('PaymentDistricts')).toEqual([]);
  });

  it('exports the filtered lines of the month to Excel, every page', async () => {
    const many = Array.from({ length: 500 }, (_, i) => line(String(i + 10), 10_000));
    const downloads = captureDownloads();
    const { queried } = setup(['COORDINATOR'], (v) => (v.first === 500 ? (v.after ? linesPage(LINES, 503) : linesPage(many, 503, 'c-509')) : linesPage(LINES)));
    await openMarch();
    await click(screen.getByRole('checkbox', { name: 'Endast återkrav' }));
    await click(screen.getByRole('button', { name: 'Exportera rader till Excel' }));
    await waitFor(() => expect(downloads.count()).toBe(1), { timeout: 10_000 });
    downloads.restore();
    expect(queried('PaymentLines')).toEqual([
      { filter: { month: '2026-03', account: '1234', recoveriesOnly: true }, first: 500, after: null },
      { filter: { month: '2026-03', account: '1234', recoveriesOnly: true }, first: 500, after: 'c-509' },
    ]);
    expect(downloads.names[0]).toMatch(/^utbetalningar-2026-03-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = await downloads.workbook();
    const sheet = wb.getWorksheet('Utbetalningsrader')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'Månad', 'Konto', 'Diarienummer', 'Individnummer', 'Period från', 'Period till', 'Ersättning', 'Belopp (kr)', 'Återkrav', 'Referens', 'Kopplad till beslut', 'Stadsdel',
    ]);
    expect(sheet.rowCount).toBe(504);
    expect(sheet.getRow(503).values).toEqual([undefined, '2026-03', '1234', '4.2.1-2026-2', '9876543', '2026-01-01', '2026-01-31', 'GSKA', -500, 'Ja', undefined, 'Ja', 'Järva']);
    expect(sheet.getRow(504).getCell(11).value).toBe('Nej');
    const filter = wb.getWorksheet('Filter')!;
    expect([2, 3, 4, 5].map((r) => filter.getRow(r).values)).toEqual([
      [undefined, 'Månad', '2026-03'],
      [undefined, 'Konto', '1234'],
      [undefined, 'Endast återkrav', 'Ja'],
      [undefined, 'Antal rader', '503'],
    ]);
  });

  it('says in Swedish when the payments cannot be fetched', () => {
    const mock = mockClientWithQuery({ PaymentMonths: () => ({ error: new CombinedError({ networkError: new Error('Failed to fetch') }) }) });
    render(
      <Provider value={mock.client}>
        <PaymentsPage navigate={jest.fn()} roles={['COORDINATOR']} year={2026} />
      </Provider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Utbetalningarna kunde inte hämtas');
    expect(screen.getByRole('alert').textContent).toContain('svarar inte just nu');
  });

  it('names the months in Swedish', () => {
    expect(formatMonth('2026-01')).toBe('januari 2026');
    expect(formatMonth('2026-12')).toBe('december 2026');
    expect(formatMonth('okänd')).toBe('okänd');
  });
});
