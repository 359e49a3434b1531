import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import { catchDownloads, importFile, rowValues } from '../mig-import.test-support.js';
import { ImportPage } from './import-page.js';

const profiles = {
  MIG_BESLUT: [
    { key: 'mig-beslut', kind: 'MIG_BESLUT', name: 'MiG e-tjänst – beslut', builtIn: true },
    { key: 'gamla-beslut', kind: 'MIG_BESLUT', name: 'Gamla beslutslistor', builtIn: false },
  ],
  MIG_UTBETALNING: [{ key: 'mig-utbetalning', kind: 'MIG_UTBETALNING', name: 'MiG e-tjänst – utbetalning', builtIn: true }],
};

const listed = [
  importFile('f1', { fileName: 'beslut-mars.xlsx' }),
  importFile('f2', { fileName: 'utbetalning-2025-02.xlsx', kind: 'MIG_UTBETALNING', kindLabel: 'Utbetalningsspecifikation', paymentMonth: '2025-02', status: 'FAILED', statusLabel: 'Misslyckad', rowsRead: 0, rowsApplied: 0, deviationCount: 0, openDeviationCount: 0 }),
  importFile('f3', { fileName: 'beslut-april.xlsx', status: 'RUNNING', statusLabel: 'Pågår', rowsRead: 4000, rowsApplied: 0, deviationCount: 0, openDeviationCount: 0 }),
];

const connection = (nodes: ReturnType<typeof importFile>[]) => ({ data: { importFiles: { totalCount: nodes.length, edges: nodes.map((node) => ({ cursor: node.id, node })), pageInfo: { hasNextPage: false, endCursor: null } } } });

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}, roles: string[] = ['COORDINATOR']) {
  const mock = mockClient({
    MigImportProfileOptions: (v) => ({ data: { importProfiles: profiles[v.kind as keyof typeof profiles] } }),
    MigImportFiles: () => connection(listed),
    ...handlers,
  });
  const navigate = jest.fn<(url: string) => void>();
  render(
    <Provider value={mock.client as Client}>
      <ImportPage roles={roles} navigate={navigate} />
    </Provider>,
  );
  return { ...mock, navigate };
}

function chooseFile(name: string, content = 'Diarienummer;Belopp\n', size?: number) {
  const file = new File([content], name);
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('Fil från MiG'), { target: { files: [file] } });
}

async function choose(testId: string, option: string) {
  await act(async () => {
    fireEvent.click(within(screen.getByTestId(testId)).getByRole('button'));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('option', { name: option }));
  });
}

const submit = () =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Importera' }));
  });

// Generous: CI machines are shared and slow.
jest.setTimeout(30_000);

describe('Importer från MiG', () => {
  it('refuses an empty file, one over 10 MB and one of the wrong type in Swedish, before sending anything', async () => {
    const { calls } = setup();
    chooseFile('beslut.xlsx', '');
    expect(screen.getByText('Filen är tom.')).toBeTruthy();
    expect(screen.getByLabelText('Fil från MiG').getAttribute('aria-invalid')).toBe('true');
    await submit();
    chooseFile('beslut.xlsx', 'x', 10 * 1024 * 1024 + 1);
    expect(screen.getByText('Filen är för stor (10,0 MB). Den får vara högst 10 MB.')).toBeTruthy();
    await submit();
    chooseFile('beslut.pdf');
    expect(screen.getByText('Filen måste vara en Excel-fil (.xlsx), en CSV-fil (.csv) eller en textfil (.txt).')).toBeTruthy();
    await submit();
    expect(calls('MigStartImport')).toEqual([]);
  });

  it('asks for a file and, for a payment specification, for the month as ÅÅÅÅ-MM', async () => {
    const { calls } = setup();
    await submit();
    expect(screen.getByText('Välj en fil att importera.')).toBeTruthy();
    await choose('import-kind', 'Utbetalningsspecifikation');
    chooseFile('utbetalning.xlsx');
    await submit();
    expect(screen.getByText('Ange utbetalningsmånad (ÅÅÅÅ-MM).')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Utbetalningsmånad', { exact: false }), { target: { value: '2025-13' } });
    await submit();
    expect(screen.getByText('Utbetalningsmånaden ska skrivas ÅÅÅÅ-MM, till exempel 2025-03.')).toBeTruthy();
    expect(calls('MigStartImport')).toEqual([]);
  });

  it('sends a payment specification with the built-in profile, month and account, and links to the import it started', async () => {
    const content = 'Diarienummer;Belopp\n1234-2025-000001;1500,00\n';
    const started = importFile('f9', { fileName: 'utbetalning-mars.csv', kind: 'MIG_UTBETALNING', status: 'QUEUED', statusLabel: 'I kö' });
    const { calls, navigate } = setup({ MigStartImport: () => ({ data: { startImport: { file: started, alreadyReceived: false, message: 'Filen är mottagen och importeras nu.' } } }) });
    await choose('import-kind', 'Utbetalningsspecifikation');
    expect(within(screen.getByTestId('import-profile')).getByRole('button').textContent).toContain('MiG e-tjänst – utbetalning (inbyggd)');
    fireEvent.change(screen.getByLabelText('Utbetalningsmånad', { exact: false }), { target: { value: '2025-03' } });
    fireEvent.change(screen.getByLabelText('Konto', { exact: false }), { target: { value: '4711' } });
    chooseFile('utbetalning-mars.csv', content);
    await submit();
    await waitFor(() => expect(calls('MigStartImport')).toHaveLength(1));
    expect(calls('MigStartImport')[0]).toEqual({
      input: { kind: 'MIG_UTBETALNING', profileKey: 'mig-utbetalning', fileName: 'utbetalning-mars.csv', contentBase64: Buffer.from(content).toString('base64'), paymentMonth: '2025-03', account: '4711' },
    });
    const answer = await screen.findByTestId('mig-import-answer');
    expect(answer.textContent).toContain('Filen är mottagen och importeras nu.');
    await act(async () => {
      fireEvent.click(within(answer).getByRole('link', { name: 'Följ importen av utbetalning-mars.csv' }));
    });
    expect(navigate).toHaveBeenCalledWith('/importer/f9');
  });

  it('says when the file was imported before, with a link to that import', async () => {
    const earlier = importFile('f1', { fileName: 'beslut-mars.xlsx' });
    const { calls } = setup({ MigStartImport: () => ({ data: { startImport: { file: earlier, alreadyReceived: true, message: 'Filen är redan importerad 2025-03-04 09:15 – inget nytt händer.' } } }) });
    await choose('import-profile', 'Gamla beslutslistor');
    chooseFile('beslut-mars-kopia.xlsx');
    await submit();
    const answer = await screen.findByTestId('mig-import-answer');
    expect(calls('MigStartImport')[0]).toMatchObject({ input: { kind: 'MIG_BESLUT', profileKey: 'gamla-beslut' } });
    expect(answer.textContent).toContain('Filen är redan importerad 2025-03-04 09:15 – inget nytt händer.');
    expect(within(answer).getByRole('link', { name: 'Visa den tidigare importen av beslut-mars.xlsx' }).getAttribute('href')).toBe('/importer/f1');
  });

  it('shows the server’s message at the field it names, and other refusals above the list', async () => {
    let answer: object = { error: new CombinedError({ graphQLErrors: [{ message: 'Utbetalningsmånaden får inte ligga i framtiden.', extensions: { code: 'BAD_USER_INPUT', field: 'paymentMonth' } }] }) };
    setup({ MigStartImport: () => answer });
    await choose('import-kind', 'Utbetalningsspecifikation');
    fireEvent.change(screen.getByLabelText('Utbetalningsmånad', { exact: false }), { target: { value: '2099-01' } });
    chooseFile('utbetalning.xlsx');
    await submit();
    const month = screen.getByLabelText('Utbetalningsmånad', { exact: false });
    await waitFor(() => expect(month.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Utbetalningsmånaden får inte ligga i framtiden.')).toBeTruthy();

    answer = { error: new CombinedError({ graphQLErrors: [{ message: 'Arbetsboken är lösenordsskyddad. Inget har importerats.', extensions: { code: 'BAD_USER_INPUT' } }] }) };
    fireEvent.change(month, { target: { value: '2025-01' } });
    await submit();
    expect((await screen.findByTestId('mig-import-error')).textContent).toContain('Arbetsboken är lösenordsskyddad. Inget har importerats.');
  });

  it('lists the imports with status and deviations, filters by status, and exports the rows shown to Excel', async () => {
    const downloads = catchDownloads();
    setup();
    const table = await screen.findByRole('grid', { name: 'Importer från MiG' });
    expect(within(table).getAllByTestId('import-file-name').map((c) => c.textContent)).toEqual(['beslut-mars.xlsx', 'utbetalning-2025-02.xlsx', 'beslut-april.xlsx']);
    expect(within(table).getAllByTestId('import-deviations')[0]!.textContent).toBe('3 (2 öppna)');
    expect(within(table).getByRole('link', { name: 'beslut-april.xlsx' }).getAttribute('href')).toBe('/importer/f3');

    await choose('import-status-filter', 'Misslyckad');
    expect(within(table).getAllByTestId('import-file-name').map((c) => c.textContent)).toEqual(['utbetalning-2025-02.xlsx']);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Exportera till Excel' }));
    });
    await waitFor(() => expect(downloads.click).toHaveBeenCalled());
    expect(downloads.fileName()).toMatch(/^importer-fran-mig-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = (await downloads.workbook()).getWorksheet('Importer')!;
    expect(rowValues(ws, 1)).toEqual(['Fil', 'Typ', 'Profil', 'Utbetalningsmånad', 'Konto', 'Status', 'Lästa rader', 'Genomförda rader', 'Avvikelser', 'Öppna avvikelser', 'Mottagen av', 'Mottagen']);
    expect(ws.rowCount).toBe(2);
    expect(rowValues(ws, 2).slice(0, 6)).toEqual(['utbetalning-2025-02.xlsx', 'Utbetalningsspecifikation', 'MiG e-tjänst – beslut', '2025-02', undefined, 'Misslyckad']);
    downloads.restore();
  });

  it('asks the server again with the kind chosen', async () => {
    const { calls } = setup();
    await screen.findByRole('grid', { name: 'Importer från MiG' });
    await choose('import-kind-filter', 'Utbetalningsspecifikation');
    await waitFor(() => expect(calls('MigImportFiles').at(-1)).toEqual({ kind: 'MIG_UTBETALNING', first: 50, after: null }));
  });

  it('lets a finance manager see the imports but not import', async () => {
    setup({}, ['FINANCE_MANAGER']);
    expect(await screen.findByRole('grid', { name: 'Importer från MiG' })).toBeTruthy();
    expect(screen.queryByLabelText('Fil från MiG')).toBeNull();
    expect(screen.getByText(/Du kan se importerna men inte importera filer/)).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Import från MiG' })).getAllByRole('link').map((a) => a.textContent)).toEqual(['Importer']);
  });
});
