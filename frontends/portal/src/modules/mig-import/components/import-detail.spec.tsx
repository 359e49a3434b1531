import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import type { ImportDeviation } from '../graphql/deviations.graphql.js';
import type { ImportFileSummary } from '../graphql/import-files.graphql.js';
import { catchDownloads, importFile, rowValues } from '../mig-import.test-support.js';
import { ImportDetail } from './import-detail.js';

const amountDeviation: ImportDeviation = {
  id: 'd1',
  importId: 'f1',
  rowNumber: 7,
  field: 'amount',
  fieldLabel: 'Belopp',
  reason: 'FORMAT',
  message: 'Beloppet är inte ett tal.',
  original: ['4321-2025-000007', '2025-01-01', '2025-03-31', '12 5OO'],
  values: [
    { field: 'caseNumber', label: 'Diarienummer', value: '4321-2025-000007' },
    { field: 'amount', label: 'Belopp', value: '12 5OO' },
  ],
  suggestion: null,
  status: 'OPEN',
  resolution: null,
  resolvedBy: null,
  resolvedAt: null,
};
const matchDeviation: ImportDeviation = {
  ...amountDeviation,
  id: 'd2',
  rowNumber: 9,
  field: 'match',
  fieldLabel: 'Koppling',
  reason: 'UNKNOWN_CLAIM',
  message: 'Ingen återsökning har diarienumret 4321-2025-000009.',
  original: ['4321-2025-000009', '2025-01-01', '2025-03-31', '8000'],
  values: [
    { field: 'caseNumber', label: 'Diarienummer', value: '4321-2025-000009' },
    { field: 'amount', label: 'Belopp', value: '8000' },
  ],
  suggestion: { label: 'Återsökning FSKA 2025-01-01–2025-03-31 (Järva)', claimId: 'c1', personId: null },
};

const deviations = (nodes: ImportDeviation[]) => ({
  data: { importFile: { id: 'f1', deviations: { totalCount: nodes.length, edges: nodes.map((node) => ({ cursor: node.id, node })), pageInfo: { hasNextPage: false, endCursor: null } } } },
});

function setup(states: ImportFileSummary[], handlers: Record<string, (v: Record<string, unknown>) => object> = {}, roles: string[] = ['COORDINATOR'], pollMs = 1000) {
  let polls = 0;
  const mock = mockClient({
    MigImportFile: () => ({ data: { importFile: states[Math.min(polls++, states.length - 1)] } }),
    MigImportDeviations: () => deviations([amountDeviation, matchDeviation]),
    ...handlers,
  });
  const navigate = jest.fn<(url: string) => void>();
  render(
    <Provider value={mock.client as Client}>
      <ImportDetail id="f1" roles={roles} navigate={navigate} pollMs={pollMs} />
    </Provider>,
  );
  return mock;
}

const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });
const applied = importFile('f1', { fileName: 'beslut-mars.xlsx' });

// Generous: CI machines are shared and slow.
jest.setTimeout(30_000);

describe('En import från MiG', () => {
  it('shows the progress while the import is queued and running, then the result, and stops asking', async () => {
    let current: ImportFileSummary = { ...applied, status: 'QUEUED', statusLabel: 'I kö', rowsRead: 0, rowsApplied: 0, deviationCount: 0, openDeviationCount: 0, finishedAt: null };
    const { calls } = setup([], { MigImportFile: () => ({ data: { importFile: current } }) }, ['COORDINATOR'], 20);
    expect(await screen.findByText('Importen väntar på sin tur …')).toBeTruthy();

    current = { ...current, status: 'RUNNING', statusLabel: 'Pågår', rowsRead: 1200, deviationCount: 1, openDeviationCount: 1 };
    expect(await screen.findByText('Läst 1 200 rader …', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByTestId('import-status').textContent).toContain('Pågår');
    expect(within(screen.getByTestId('import-counts')).getByText('Avvikelser').nextSibling!.textContent).toBe('1 (1 öppna)');
    // The page stays usable while it runs: the deviations found so far are listed.
    expect(screen.getByRole('grid', { name: 'Avvikelser' })).toBeTruthy();

    current = applied;
    const result = await screen.findByTestId('import-result', {}, { timeout: 10_000 });
    expect(result.textContent).toContain('Importen är genomförd 2025-03-04 09:15');
    const counts = within(screen.getByTestId('import-counts'));
    expect(counts.getByText('Lästa rader').nextSibling!.textContent).toBe('120');
    expect(counts.getByText('Genomförda rader').nextSibling!.textContent).toBe('117');
    expect(counts.getByText('Avvikelser').nextSibling!.textContent).toBe('3 (2 öppna)');
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(calls('MigImportFile').every((v) => v.id === 'f1')).toBe(true);
    // The deviations are fetched again as the import finds more.
    expect(calls('MigImportDeviations').length).toBeGreaterThanOrEqual(2);
    // Once the import is done, the page stops asking.
    const asked = calls('MigImportFile').length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls('MigImportFile')).toHaveLength(asked);
  });

  it('shows why an import failed and runs it again on "Försök igen"', async () => {
    const failed = { ...applied, status: 'FAILED' as const, statusLabel: 'Misslyckad', failure: 'Arbetsboken kunde inte läsas: filen är skadad. Inget har sparats.' };
    let current: ImportFileSummary = failed;
    const { calls } = setup([], {
      MigImportFile: () => ({ data: { importFile: current } }),
      MigRetryImport: () => {
        current = { ...failed, status: 'QUEUED', statusLabel: 'I kö', failure: null };
        return { data: { retryImport: current } };
      },
    });
    const failure = await screen.findByTestId('import-failure');
    expect(failure.textContent).toContain('Arbetsboken kunde inte läsas: filen är skadad. Inget har sparats.');
    await press(within(failure).getByRole('button', { name: 'Försök igen' }));
    expect(calls('MigRetryImport')).toEqual([{ id: 'f1' }]);
    expect(await screen.findByText('Importen väntar på sin tur …', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('resolves a deviation with the corrected value, showing the server’s message at the field first', async () => {
    let answer: object = {
      error: new CombinedError({ graphQLErrors: [{ message: 'Beloppet ska vara i kronor, till exempel 12500,00.', extensions: { code: 'BAD_USER_INPUT', field: 'values.amount', reason: 'FORMAT' } }] }),
    };
    const { calls } = setup([applied], { MigResolveDeviation: () => answer });
    const table = await screen.findByRole('grid', { name: 'Avvikelser' });
    expect(within(table).getAllByTestId('deviation-row-number').map((c) => c.textContent)).toEqual(['7', '9']);
    expect(within(table).getAllByTestId('deviation-original')[0]!.textContent).toBe('4321-2025-000007 | 2025-01-01 | 2025-03-31 | 12 5OO');
    expect(within(table).getAllByTestId('deviation-suggestion')[1]!.textContent).toBe('Återsökning FSKA 2025-01-01–2025-03-31 (Järva)');

    await press(within(table).getByRole('button', { name: 'Åtgärda rad 7' }));
    const dialog = screen.getByRole('dialog', { name: 'Åtgärda rad 7' });
    expect(within(dialog).queryByRole('button', { name: 'Koppla till förslaget' })).toBeNull();
    const amount = within(dialog).getByLabelText('Belopp');
    fireEvent.change(amount, { target: { value: '-12500' } });
    await press(within(dialog).getByRole('button', { name: 'Spara rättelsen' }));
    expect(calls('MigResolveDeviation')).toEqual([{ input: { deviationId: 'd1', values: [{ field: 'amount', value: '-12500' }], note: null } }]);
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Beloppet ska vara i kronor, till exempel 12500,00.')).toBeTruthy();

    answer = { data: { resolveDeviation: { ...amountDeviation, status: 'RESOLVED', resolution: 'Belopp rättat', resolvedBy: 'sara.samordnare', resolvedAt: '2025-03-05T10:00:00Z' } } };
    fireEvent.change(amount, { target: { value: '12500' } });
    fireEvent.change(within(dialog).getByLabelText('Kommentar', { exact: false }), { target: { value: 'Rättat enligt beslutet på papper' } });
    const fetched = calls('MigImportDeviations').length;
    await press(within(dialog).getByRole('button', { name: 'Spara rättelsen' }));
    expect(calls('MigResolveDeviation')[1]).toEqual({ input: { deviationId: 'd1', values: [{ field: 'amount', value: '12500' }], note: 'Rättat enligt beslutet på papper' } });
    expect((await screen.findByTestId('deviation-done')).textContent).toBe('Rad 7 är åtgärdad.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls('MigImportDeviations').length).toBeGreaterThan(fetched);
  });

  it('links a row to the suggested claim', async () => {
    const { calls } = setup([applied], { MigResolveDeviation: () => ({ data: { resolveDeviation: { ...matchDeviation, status: 'RESOLVED' } } }) });
    await press(await screen.findByRole('button', { name: 'Åtgärda rad 9' }));
    const dialog = screen.getByRole('dialog', { name: 'Åtgärda rad 9' });
    expect(dialog.textContent).toContain('Förslag: Återsökning FSKA 2025-01-01–2025-03-31 (Järva)');
    await press(within(dialog).getByRole('button', { name: 'Koppla till förslaget' }));
    expect(calls('MigResolveDeviation')).toEqual([{ input: { deviationId: 'd2', values: [], note: null, claimId: 'c1' } }]);
    expect((await screen.findByTestId('deviation-done')).textContent).toBe('Rad 9 är åtgärdad.');
  });

  it('closes a deviation only with a reason and after the user confirms', async () => {
    const { calls } = setup([applied], { MigCloseDeviation: (v) => ({ data: { closeDeviation: { ...amountDeviation, status: 'CLOSED', resolution: v.reason } } }) });
    await press(await screen.findByRole('button', { name: 'Stäng rad 7' }));
    let dialog = screen.getByRole('dialog', { name: 'Stäng avvikelsen på rad 7?' });
    await press(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await press(screen.getByRole('button', { name: 'Stäng rad 7' }));
    dialog = screen.getByRole('dialog', { name: 'Stäng avvikelsen på rad 7?' });
    await press(within(dialog).getByRole('button', { name: 'Stäng avvikelsen' }));
    expect(within(dialog).getByText('Skriv varför avvikelsen stängs.')).toBeTruthy();
    expect(calls('MigCloseDeviation')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Motivering', { exact: false }), { target: { value: 'Dubblett av rad 6' } });
    await press(within(dialog).getByRole('button', { name: 'Stäng avvikelsen' }));
    expect(calls('MigCloseDeviation')).toEqual([{ deviationId: 'd1', reason: 'Dubblett av rad 6' }]);
    expect((await screen.findByTestId('deviation-done')).textContent).toBe('Avvikelsen på rad 7 är stängd.');
  });

  it('filters the deviations by status and exports all of them (every page) to Excel', async () => {
    const downloads = catchDownloads();
    const paged = (v: Record<string, unknown>) => {
      const page = deviations(v.after === 'p2' ? [matchDeviation] : [amountDeviation]);
      page.data.importFile.deviations = { ...page.data.importFile.deviations, totalCount: 2, pageInfo: v.after === 'p2' ? { hasNextPage: false, endCursor: null } : { hasNextPage: true, endCursor: 'p2' } } as never;
      return page;
    };
    const { calls } = setup([applied], { MigImportDeviations: paged });
    await screen.findByRole('grid', { name: 'Avvikelser' });
    expect(calls('MigImportDeviations')[0]).toEqual({ id: 'f1', status: 'OPEN', first: 100, after: null });
    await act(async () => {
      fireEvent.click(within(screen.getByTestId('deviation-status-filter')).getByRole('button'));
    });
    await press(screen.getByRole('option', { name: 'Stängda' }));
    await waitFor(() => expect(calls('MigImportDeviations').at(-1)).toEqual({ id: 'f1', status: 'CLOSED', first: 100, after: null }));

    expect(within(screen.getByRole('grid', { name: 'Avvikelser' })).getAllByTestId('deviation-row-number').map((c) => c.textContent)).toEqual(['7']);
    expect(screen.getByRole('button', { name: 'Visa fler' })).toBeTruthy();

    await press(screen.getByRole('button', { name: 'Exportera till Excel' }));
    await waitFor(() => expect(downloads.click).toHaveBeenCalled());
    expect(calls('MigImportDeviations').slice(-2)).toEqual([
      { id: 'f1', status: 'CLOSED', first: 100, after: null },
      { id: 'f1', status: 'CLOSED', first: 100, after: 'p2' },
    ]);
    expect(downloads.fileName()).toMatch(/^avvikelser-beslut-mars-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = (await downloads.workbook()).getWorksheet('Avvikelser')!;
    expect(rowValues(ws, 1)).toEqual(['Rad', 'Fält', 'Orsak', 'Meddelande', 'Värden i filen', 'Förslag', 'Status', 'Åtgärd', 'Åtgärdad av', 'Åtgärdad']);
    expect(rowValues(ws, 3).slice(0, 7)).toEqual([9, 'Koppling', 'UNKNOWN_CLAIM', 'Ingen återsökning har diarienumret 4321-2025-000009.', '4321-2025-000009 | 2025-01-01 | 2025-03-31 | 8000', 'Återsökning FSKA 2025-01-01–2025-03-31 (Järva)', 'Öppen']);
    downloads.restore();
  });

  it('lets a finance manager read the deviations but not act on them', async () => {
    const failed = { ...applied, status: 'FAILED' as const, statusLabel: 'Misslyckad', failure: 'Filen är skadad.' };
    setup([failed], {}, ['FINANCE_MANAGER']);
    const table = await screen.findByRole('grid', { name: 'Avvikelser' });
    expect(within(table).queryByRole('button', { name: /Åtgärda/ })).toBeNull();
    expect(within(screen.getByTestId('import-failure')).queryByRole('button', { name: 'Försök igen' })).toBeNull();
  });
});
