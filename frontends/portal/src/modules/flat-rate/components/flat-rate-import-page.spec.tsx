import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import { catchDownloads, choose, connection, flatRateImport, press, rowValues, textOf } from '../flat-rate.test-support.js';
import type { FlatRateImport } from '../graphql/flat-rate-imports.graphql.js';
import { FlatRateImportPage } from './flat-rate-import-page.js';

const profiles = {
  GENERALSCHABLON: [{ key: 'mig-generalschablon', kind: 'GENERALSCHABLON', name: 'MiG generalschablon (fast bredd)', builtIn: true }],
  ESERVICE_SCHABLON: [
    { key: 'eservice', kind: 'ESERVICE_SCHABLON', name: 'E-tjänstens export', builtIn: true },
    { key: 'eservice-gammal', kind: 'ESERVICE_SCHABLON', name: 'Äldre export', builtIn: false },
  ],
};

const listed = [
  flatRateImport('i1', { fileName: 'gs-mars.txt.pgp', encrypted: true }),
  flatRateImport('i2', { fileName: 'schabloner-feb.xlsx', kind: 'ESERVICE_SCHABLON', kindLabel: 'Schabloner från e-tjänsten (Excel)', status: 'FAILED', statusLabel: 'Misslyckad', failure: 'Filen kunde inte dekrypteras med stadens nyckel.', rowsRead: 0, rowsApplied: 0, deviationCount: 0, openDeviationCount: 0 }),
];

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}, roles: string[] = ['COORDINATOR'], pollMs?: number) {
  const mock = mockClient({
    FlatRateProfileOptions: (v) => ({ data: { flatRateImportProfiles: profiles[v.kind as keyof typeof profiles] } }),
    FlatRateImports: () => ({ data: { flatRateImports: connection(listed) } }),
    ...handlers,
  });
  const navigate = jest.fn<(url: string) => void>();
  render(
    <Provider value={mock.client as Client}>
      <FlatRateImportPage roles={roles} navigate={navigate} pollMs={pollMs} />
    </Provider>,
  );
  return { ...mock, navigate };
}

function chooseFile(name: string, content = 'GS 199001612384 20241102 000475000\n', size?: number) {
  const file = new File([content], name);
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('Fil med schabloner'), { target: { files: [file] } });
}

const submit = () => press(screen.getByRole('button', { name: 'Importera' }));

jest.setTimeout(30_000);

describe('Importer av schabloner', () => {
  it('refuses a file over 10 MB, an empty one and one of the wrong type before sending anything', async () => {
    const { calls } = setup();
    chooseFile('gs.txt', 'x', 10 * 1024 * 1024 + 1);
    expect(screen.getByText('Filen är för stor (10,0 MB). Den får vara högst 10 MB.')).toBeTruthy();
    await submit();
    chooseFile('gs.txt', '');
    expect(screen.getByText('Filen är tom.')).toBeTruthy();
    chooseFile('gs.xlsx');
    expect(screen.getByText('Generalschablonen ska vara en textfil (.txt, .csv eller .dat), eventuellt krypterad (.pgp, .gpg, .asc).')).toBeTruthy();
    await submit();
    expect(calls('StartFlatRateImport')).toEqual([]);
  });

  it('sends the e-service export with the profile chosen and shows the server’s message with a link to the import', async () => {
    const content = 'Personnummer;Belopp\n';
    const started = flatRateImport('i9', { fileName: 'schabloner-mars.xlsx', status: 'QUEUED', statusLabel: 'I kö' });
    const { calls, navigate } = setup({ StartFlatRateImport: () => ({ data: { startFlatRateImport: { import: started, alreadyReceived: false, message: 'Filen är mottagen och importeras nu.' } } }) });
    await choose('flat-rate-import-kind', 'Schabloner från e-tjänsten (Excel)');
    await waitFor(() => expect(within(screen.getByTestId('flat-rate-import-profile')).getByRole('button').textContent).toContain('E-tjänstens export (inbyggd)'));
    await choose('flat-rate-import-profile', 'Äldre export');
    chooseFile('schabloner-mars.xlsx', content);
    await submit();
    await waitFor(() => expect(calls('StartFlatRateImport')).toHaveLength(1));
    expect(calls('StartFlatRateImport')[0]).toEqual({ input: { kind: 'ESERVICE_SCHABLON', profileKey: 'eservice-gammal', fileName: 'schabloner-mars.xlsx', contentBase64: Buffer.from(content).toString('base64') } });
    const answer = await screen.findByTestId('flat-rate-import-answer');
    expect(answer.textContent).toContain('Filen är mottagen och importeras nu.');
    await press(within(answer).getByRole('link', { name: 'Följ importen av schabloner-mars.xlsx' }));
    expect(navigate).toHaveBeenCalledWith('/schabloner/importer/i9');
  });

  it('shows a refusal of the server in the form', async () => {
    setup({ StartFlatRateImport: () => ({ error: new CombinedError({ graphQLErrors: [{ message: 'Filen kunde inte dekrypteras med stadens nyckel. Inget har importerats.', extensions: { code: 'BAD_USER_INPUT' } }] }) }) });
    chooseFile('gs-mars.txt.pgp');
    await submit();
    expect((await screen.findByTestId('flat-rate-import-error')).textContent).toContain('Filen kunde inte dekrypteras med stadens nyckel. Inget har importerats.');
  });

  it('lists the imports with encryption, progress and failure, retries a failed one and exports to Excel', async () => {
    const downloads = catchDownloads();
    const { calls } = setup({ RetryFlatRateImport: (v) => ({ data: { retryFlatRateImport: { ...listed[1]!, id: v.id as string, status: 'QUEUED', statusLabel: 'I kö', failure: null } } }) });
    const table = await screen.findByRole('grid', { name: 'Importer av schabloner' });
    const rows = within(table).getAllByTestId('flat-rate-import-row');
    expect(within(rows[0]!).getByTestId('flat-rate-encrypted').textContent).toBe('Krypterad');
    expect(within(rows[1]!).queryByTestId('flat-rate-encrypted')).toBeNull();
    expect(textOf(within(rows[0]!).getByTestId('flat-rate-import-progress'))).toBe('250 lästa, 246 genomförda, 4 avvikelser');
    expect(within(rows[1]!).getByTestId('flat-rate-import-failure').textContent).toBe('Filen kunde inte dekrypteras med stadens nyckel.');
    expect(textOf(rows[0])).toContain('1 234 567,89 kr');

    await press(within(table).getByRole('button', { name: 'Försök igen med schabloner-feb.xlsx' }));
    expect(calls('RetryFlatRateImport')).toEqual([{ id: 'i2' }]);

    await press(screen.getByRole('button', { name: 'Exportera till Excel' }));
    await waitFor(() => expect(downloads.click).toHaveBeenCalled());
    expect(downloads.fileName()).toMatch(/^schablonimporter-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = (await downloads.workbook()).getWorksheet('Importer')!;
    expect(rowValues(ws, 2).slice(0, 5)).toEqual(['gs-mars.txt.pgp', 'Generalschablon (textfil från MiG)', 'MiG generalschablon (fast bredd)', 'Ja', 'Genomförd']);
    expect(rowValues(ws, 2)[10]).toBe(1234567.89);
    downloads.restore();
  });

  it('asks again for the list while an import is queued or running, and stops when none is', async () => {
    let current: FlatRateImport = flatRateImport('i3', { status: 'RUNNING', statusLabel: 'Pågår', rowsRead: 1200, rowsApplied: 1100, deviationCount: 2 });
    const { calls } = setup({ FlatRateImports: () => ({ data: { flatRateImports: connection([current]) } }) }, ['COORDINATOR'], 20);
    const table = await screen.findByRole('grid', { name: 'Importer av schabloner' });
    expect(textOf(within(table).getByTestId('flat-rate-import-progress'))).toBe('1 200 lästa, 1 100 genomförda, 2 avvikelser');
    current = flatRateImport('i3');
    await waitFor(() => expect(within(table).getByTestId('flat-rate-import-status').textContent).toContain('Genomförd'), { timeout: 10_000 });
    const asked = calls('FlatRateImports').length;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(calls('FlatRateImports')).toHaveLength(asked);
  });

  it('filters the list on the server by kind and status', async () => {
    const { calls } = setup();
    await screen.findByRole('grid', { name: 'Importer av schabloner' });
    await choose('flat-rate-status-filter', 'Misslyckad');
    await waitFor(() => expect(calls('FlatRateImports').at(-1)).toEqual({ kind: null, status: 'FAILED', first: 50, after: null }));
  });

  it('shows the pages of Schabloner the role reaches', async () => {
    setup({}, ['COORDINATOR']);
    expect(within(screen.getByRole('navigation', { name: 'Schabloner' })).getAllByRole('link').map((a) => a.textContent)).toEqual(['Importer', 'Skannat beslut', 'Avvikelser', 'Personer med schablon']);
  });
});
