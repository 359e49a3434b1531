import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { makeSubject } from 'wonka';
import { mockClient } from '@statsbidrag/ui/testing';
import { EpsImportPage } from './components/eps-import-page.js';
import type { EpsImportResult } from './graphql/import-eps-extract.mutation.js';

const CONTENT = 'Personnummer;Fornamn;Efternamn;Adress;Postnummer;Folkbokford_datum;Eps_stadsdelsnamnd;Eps_Stadsdelsnamndskod\n199005172383;Amina;Hassan;Kista allé 5;16440;2024-02-15;Järva;JA\n';

const result: EpsImportResult = {
  id: 'i2',
  fileName: 'eps-2025-01.csv',
  importedAt: '2025-01-31T08:15:00Z',
  importedBy: 'Sara Samordnare',
  alreadyImported: false,
  rowCount: 120,
  appliedCount: 115,
  rejectedCount: 2,
  flaggedCount: 3,
  rejectedRows: [
    { rowNumber: 7, field: 'Personnummer', reason: 'Kontrollsiffran i personnummer/samordningsnummer stämmer inte.' },
    { rowNumber: 12, field: null, reason: 'Raden saknar identitet (personnummer, samordningsnummer eller individnummer).' },
  ],
};

const earlier = { ...result, id: 'i1', fileName: 'eps-2024-12.csv', importedAt: '2024-12-31T10:00:00Z', rejectedRows: undefined };

function renderPage(client: Client) {
  return render(
    <Provider value={client}>
      <EpsImportPage />
    </Provider>,
  );
}

function chooseFile(name = 'eps-2025-01.csv', content = CONTENT, size?: number) {
  const file = new File([content], name, { type: 'text/csv' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('Fil från EPS'), { target: { files: [file] } });
  return file;
}

async function importAndConfirm() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Importera fil' }));
  });
  await act(async () => {
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Importera' }));
  });
}

describe('EPS-import', () => {
  it('asks before importing, and does nothing on "Avbryt"', async () => {
    const { client, calls } = mockClient({ EpsImports: () => ({ data: { epsImports: [] } }) });
    renderPage(client);
    chooseFile();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Importera fil' }));
    });
    const dialog = screen.getByRole('alertdialog', { name: 'Importera eps-2025-01.csv?' });
    expect(dialog.textContent).toContain('Adresser och stadsdelar uppdateras för personerna i filen.');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls('ImportEpsExtract')).toEqual([]);
  });

  it('sends the file as base64 with its name, shows progress, the result and the rejected rows', async () => {
    const answer = makeSubject<object>();
    const { client, calls } = mockClient({ EpsImports: () => ({ data: { epsImports: [earlier] } }), ImportEpsExtract: () => answer.source });
    renderPage(client);
    chooseFile();
    await importAndConfirm();
    await waitFor(() => expect(calls('ImportEpsExtract')).toHaveLength(1));
    expect(calls('ImportEpsExtract')[0]).toEqual({ input: { fileName: 'eps-2025-01.csv', contentBase64: Buffer.from(CONTENT, 'utf-8').toString('base64') } });
    expect(screen.getByText('Importerar…')).toBeTruthy();

    await act(async () => {
      answer.next({ data: { importEpsExtract: result } });
    });
    const shown = await screen.findByTestId('eps-import-result');
    expect(shown.textContent).toContain('eps-2025-01.csv är importerad');
    const counts = within(screen.getByTestId('eps-import-counts'));
    expect(counts.getByText('Rader i filen').nextSibling!.textContent).toBe('120');
    expect(counts.getByText('Uppdaterade personer').nextSibling!.textContent).toBe('115');
    expect(counts.getByText('Avvisade rader').nextSibling!.textContent).toBe('2');
    expect(counts.getByText(/Flaggade/).nextSibling!.textContent).toBe('3');
    expect(screen.queryByText('Importerar…')).toBeNull();

    const rejected = screen.getByRole('grid', { name: 'Avvisade rader' });
    expect(within(rejected).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[↕▲▼]/g, ''))).toEqual(['Rad', 'Fält', 'Orsak']);
    expect(within(rejected).getAllByTestId('rejected-row-number').map((c) => c.textContent)).toEqual(['7', '12']);
    expect(within(rejected).getAllByTestId('rejected-reason')[0]!.textContent).toBe('Kontrollsiffran i personnummer/samordningsnummer stämmer inte.');
    expect(screen.getByRole('button', { name: 'Exportera till Excel (CSV)' })).toBeTruthy();

    const history = screen.getByRole('grid', { name: 'Tidigare importer' });
    expect(within(history).getByTestId('eps-history-file').textContent).toBe('eps-2024-12.csv');
  });

  it('says when the file has already been imported', async () => {
    const { client } = mockClient({
      EpsImports: () => ({ data: { epsImports: [] } }),
      ImportEpsExtract: () => ({ data: { importEpsExtract: { ...result, alreadyImported: true, rejectedRows: [] } } }),
    });
    renderPage(client);
    chooseFile();
    await importAndConfirm();
    expect((await screen.findByTestId('eps-import-result')).textContent).toContain('Filen är redan importerad 2025-01-31 09:15 – inget ändrades.');
    expect(screen.queryByRole('grid', { name: 'Avvisade rader' })).toBeNull();
  });

  it('shows the server’s Swedish message when the import is refused', async () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Filen saknar kolumnen Eps_Stadsdelsnamndskod. Inget har ändrats.', extensions: { code: 'BAD_USER_INPUT' } }] });
    const { client } = mockClient({ EpsImports: () => ({ data: { epsImports: [] } }), ImportEpsExtract: () => ({ error }) });
    renderPage(client);
    chooseFile();
    await importAndConfirm();
    const alert = await screen.findByTestId('eps-import-error');
    expect(alert.textContent).toContain('eps-2025-01.csv kunde inte importeras');
    expect(alert.textContent).toContain('Filen saknar kolumnen Eps_Stadsdelsnamndskod. Inget har ändrats.');
  });

  it('refuses files that are too large or of the wrong type, in Swedish', async () => {
    const { client } = mockClient({ EpsImports: () => ({ data: { epsImports: [] } }) });
    renderPage(client);
    chooseFile('eps.csv', 'x', 11 * 1024 * 1024);
    expect(screen.getByText('Filen är för stor (11,0 MB). Den får vara högst 10 MB.')).toBeTruthy();
    expect(screen.getByLabelText('Fil från EPS').getAttribute('aria-invalid')).toBe('true');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Importera fil' }));
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    chooseFile('eps.pdf');
    expect(screen.getByText('Filen måste vara en CSV-fil (.csv) eller en Excel-fil (.xlsx).')).toBeTruthy();
  });

  it('asks for a file when none is chosen', async () => {
    const { client } = mockClient({ EpsImports: () => ({ data: { epsImports: [] } }) });
    renderPage(client);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Importera fil' }));
    });
    expect(screen.getByText('Välj en fil att importera.')).toBeTruthy();
    expect(screen.getByText('Inga filer från EPS har importerats ännu.')).toBeTruthy();
  });
});
