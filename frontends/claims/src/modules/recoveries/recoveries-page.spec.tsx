import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { Provider } from 'urql';
import { RecoveriesPage } from './components/recoveries-page.js';
import type { RecoveriesData, RecoveryDistrictSummary, RecoveryListNode } from './graphql/recoveries.graphql.js';
import { JARVA, SODERMALM, listNode, viewerOf } from './test-data.js';

const SUMMARY: RecoveryDistrictSummary[] = [
  { districtCode: SODERMALM.code, district: SODERMALM, count: 1, openCount: 1, amount: 100_000, offsetAmount: 0, remainingAmount: 100_000 },
  { districtCode: JARVA.code, district: JARVA, count: 3, openCount: 2, amount: 750_000, offsetAmount: 326_550, remainingAmount: 423_450 },
  { districtCode: null, district: null, count: 1, openCount: 1, amount: 5_050, offsetAmount: 0, remainingAmount: 5_050 },
];

function page(nodes: RecoveryListNode[], totalCount = nodes.length, endCursor: string | null = null): { data: RecoveriesData } {
  return { data: { recoveries: { totalCount, edges: nodes.map((node) => ({ cursor: node.id, node })), pageInfo: { hasNextPage: endCursor !== null, endCursor } } } };
}

const OPTIONS = { data: { claimTypes: [{ code: 'FSKA', name: 'Förskola' }, { code: 'EKB', name: 'Ensamkommande barn' }], districts: [JARVA, SODERMALM] } };

function setup(roles: string[] = ['COORDINATOR'], handlers: Handlers = {}, districts: { code: string; name: string }[] = []) {
  const mock = mockClient({
    RecoverySummary: () => ({ data: { recoverySummary: SUMMARY } }),
    RecoveryOptions: () => OPTIONS,
    Recoveries: () => page([listNode('r-1'), listNode('r-2', { person: { id: 'p-2', fullName: 'Annan Testperson' }, district: SODERMALM, districtCode: SODERMALM.code, status: 'OPEN', statusLabel: 'Öppet', offsetAmount: 0, remainingAmount: 100_000, amount: 100_000, source: 'IMPORT' })], 2),
    ...handlers,
  });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <RecoveriesPage navigate={navigate} viewer={viewerOf(roles, districts)} />
    </Provider>,
  );
  return { ...mock, navigate };
}

async function choose(testId: string, option: string) {
  await act(async () => {
    fireEvent.click(within(screen.getByTestId(testId)).getByRole('button'));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('option', { name: option }));
  });
}

const cells = (row: HTMLElement) => [...row.querySelectorAll('[role=gridcell],[role=rowheader]')].map((c) => c.textContent);
const lastFilter = (calls: Record<string, unknown>[]) => calls[calls.length - 1]!.filter;

describe('RecoveriesPage', () => {
  it('sums the districts in a total row equal to the parts, and links each recovery and person', async () => {
    setup();
    const summary = await screen.findByTestId('recovery-summary');
    const rows = within(summary).getAllByTestId('recovery-summary-row');
    expect(rows.map(cells)).toEqual([
      ['Järva', '3', '2', '7\u00a0500,00\u00a0kr', '3\u00a0265,50\u00a0kr', '4\u00a0234,50\u00a0kr'],
      ['Stadsdel okänd', '1', '1', '50,50\u00a0kr', '0,00\u00a0kr', '50,50\u00a0kr'],
      ['Södermalm', '1', '1', '1\u00a0000,00\u00a0kr', '0,00\u00a0kr', '1\u00a0000,00\u00a0kr'],
      ['Totalt', '5', '4', '8\u00a0550,50\u00a0kr', '3\u00a0265,50\u00a0kr', '5\u00a0285,00\u00a0kr'],
    ]);
    const list = screen.getByTestId('recoveries');
    expect(within(list).getAllByTestId('recovery-row')).toHaveLength(2);
    expect(within(list).getByRole('link', { name: 'Testperson r-1' }).getAttribute('href')).toBe('/personer/p-r-1');
    expect(within(list).getAllByTestId('recovery-link')[0]!.getAttribute('href')).toBe('/aterkrav/r-1');
    const first = cells(within(list).getAllByTestId('recovery-row')[0]!);
    expect(first).toEqual(['Testperson r-1', 'Järva', 'FSKA', '2026-01-01 – 2026-03-31', '2\u00a0500,00\u00a0kr', '1\u00a0265,50\u00a0kr', '1\u00a0234,50\u00a0kr', 'Delvis kvittat', '2026-12-15', 'Registrerat för hand']);
    expect(screen.getByTestId('recovery-count').textContent).toBe('2 återkrav.');
  });

  it('sorts the list by a column', async () => {
    setup();
    const list = await screen.findByTestId('recoveries');
    await act(async () => {
      fireEvent.click(within(list).getByRole('columnheader', { name: /Kvar/ }));
    });
    expect(within(list).getAllByTestId('recovery-remaining').map((c) => c.textContent)).toEqual(['1\u00a0000,00\u00a0kr', '1\u00a0234,50\u00a0kr']);
  });

  it('asks the API with the chosen district, status, compensation and "endast ej reglerade"', async () => {
    const { calls } = setup();
    await screen.findByTestId('recoveries');
    expect(lastFilter(calls('Recoveries'))).toEqual({});
    await choose('recovery-filter-district', 'Södermalm');
    await waitFor(() => expect(lastFilter(calls('Recoveries'))).toEqual({ districtCode: 'SODERMALM' }));
    await choose('recovery-filter-status', 'Överklagat');
    await choose('recovery-filter-type', 'Förskola (FSKA)');
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Endast ej reglerade' }));
    });
    await waitFor(() => expect(lastFilter(calls('Recoveries'))).toEqual({ districtCode: 'SODERMALM', statuses: ['APPEALED'], compensationCode: 'FSKA', openOnly: true }));
    expect(screen.getByRole('heading', { name: 'Återkrav i Södermalm' })).toBeTruthy();
  });

  it('filters the list when a district of the summary is clicked', async () => {
    const { calls } = setup();
    await screen.findByTestId('recovery-summary');
    await act(async () => {
      fireEvent.click(within(screen.getByTestId('recovery-summary')).getByRole('link', { name: 'Järva' }));
    });
    await waitFor(() => expect(lastFilter(calls('Recoveries'))).toEqual({ districtCode: 'JARVA' }));
    expect(screen.getByRole('heading', { name: 'Återkrav i Järva' })).toBeTruthy();
  });

  it('pages with "Visa fler" and keeps the rows already shown', async () => {
    const { calls } = setup(['COORDINATOR'], {
      Recoveries: (v) => (v.after ? page([listNode('r-3')], 3) : page([listNode('r-1'), listNode('r-2')], 3, 'c-2')),
    });
    await screen.findByTestId('recoveries');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    });
    await waitFor(() => expect(screen.getAllByTestId('recovery-row')).toHaveLength(3));
    expect(calls('Recoveries').map((v) => v.after)).toEqual([null, 'c-2']);
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('exports the summary and every matching recovery (500 at a time) to Excel', async () => {
    const many = Array.from({ length: 500 }, (_, i) => listNode(`x${i}`));
    const { calls } = setup(['ANALYST'], {
      Recoveries: (v) => (v.first === 500 ? (v.after ? page([listNode('last', { person: null, district: null, districtCode: null, appealDeadline: null })], 501) : page(many, 501, 'c-500')) : page([listNode('r-1')], 501, 'c-1')),
    });
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: jest.fn((b: Blob) => (blobs.push(b), 'blob:x')), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await screen.findByTestId('recoveries');
    await choose('recovery-filter-status', 'Öppet');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Exportera till Excel' }));
    });
    await waitFor(() => expect(click).toHaveBeenCalled(), { timeout: 15_000 });
    expect(calls('Recoveries').filter((v) => v.first === 500)).toEqual([
      { filter: { statuses: ['OPEN'] }, first: 500, after: null },
      { filter: { statuses: ['OPEN'] }, first: 500, after: 'c-500' },
    ]);
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[0]!);
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const perDistrict = wb.getWorksheet('Per stadsdel')!;
    expect(perDistrict.getRow(1).values).toEqual([undefined, 'Stadsdel', 'Antal', 'Öppna', 'Återkrävt (kr)', 'Kvittat (kr)', 'Kvar (kr)']);
    expect(perDistrict.getRow(5).values).toEqual([undefined, 'Totalt', 5, 4, 8550.5, 3265.5, 5285]);
    const list = wb.getWorksheet('Återkrav')!;
    expect(list.getRow(1).values).toEqual([
      undefined, 'Person', 'Stadsdel', 'Ersättning', 'Period från', 'Period till', 'Belopp (kr)', 'Kvittat (kr)', 'Kvar (kr)', 'Status', 'Överklagandefrist', 'Källa',
    ]);
    expect(list.rowCount).toBe(502);
    expect(list.getRow(2).values).toEqual([undefined, 'Testperson x0', 'Järva', 'FSKA', '2026-01-01', '2026-03-31', 2500, 1265.5, 1234.5, 'Delvis kvittat', '2026-12-15', 'Registrerat för hand']);
    expect(list.getRow(502).values).toEqual([undefined, undefined, 'Stadsdel okänd', 'FSKA', '2026-01-01', '2026-03-31', 2500, 1265.5, 1234.5, 'Delvis kvittat', undefined, 'Registrerat för hand']);
    expect(list.getCell('H2').numFmt).toBe('#,##0.00');
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^aterkrav-\d{4}-\d{2}-\d{2}\.xlsx$/);
    click.mockRestore();
  });

  it('offers "Nytt återkrav" to an administrator and opens the form', async () => {
    const { navigate } = setup(['ADMINISTRATOR']);
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Nytt återkrav' }));
    });
    expect(navigate).toHaveBeenCalledWith('/aterkrav/ny');
  });

  it('shows a district user no district filter and no "Nytt återkrav"', async () => {
    setup(['DISTRICT_CONTACT'], { RecoverySummary: () => ({ data: { recoverySummary: [SUMMARY[1]] } }) }, [JARVA]);
    const summary = await screen.findByTestId('recovery-summary');
    expect(within(summary).getAllByTestId('recovery-summary-row').map((r) => cells(r)[0])).toEqual(['Järva', 'Totalt']);
    expect(screen.queryByTestId('recovery-filter-district')).toBeNull();
    expect(screen.getByTestId('recovery-filter-status')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nytt återkrav' })).toBeNull();
  });

  it('hides "Nytt återkrav" from a BI user', async () => {
    setup(['ANALYST']);
    await screen.findByTestId('recoveries');
    expect(screen.queryByRole('button', { name: 'Nytt återkrav' })).toBeNull();
  });

  it('says in Swedish when the list cannot be fetched', async () => {
    setup(['COORDINATOR'], { Recoveries: () => ({ error: { graphQLErrors: [{ message: 'Du saknar behörighet.', extensions: { code: 'FORBIDDEN' } }] } }) });
    const alert = await screen.findByText('Återkraven kunde inte hämtas');
    expect(alert).toBeTruthy();
  });
});
