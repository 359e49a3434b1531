import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { luhnCheckDigit } from '@statsbidrag/domain';
import ExcelJS from 'exceljs';
import { webcrypto } from 'node:crypto';
import { Provider } from 'urql';
import { ClaimProposalsPage } from './components/claim-proposals-page.js';
import { buildTemplate, parseKronor, parseProposalRows, readProposalWorkbook, resolvePersons, toRowInputs } from './excel/proposal-excel.js';
import type { FoundPerson } from './graphql/proposals.graphql.js';

// jsdom has no SubtleCrypto; the browser has.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

const DISTRICTS = [
  { code: 'JARVA', name: 'Järva' },
  { code: 'FARSTA', name: 'Farsta' },
];
const TYPES = [
  { code: 'GSKA', name: 'Grundskola – asyl' },
  { code: 'FSKA', name: 'Förskola – asyl' },
];
const AMINA: FoundPerson = { id: 'p-amina', fullName: 'Amina Hassan', personalIdentityNumber: '19900101-0017', district: { code: 'JARVA', name: 'Järva' } };
const BO: FoundPerson = { id: 'p-bo', fullName: 'Bo Berg', personalIdentityNumber: '20100315-0009', district: { code: 'FARSTA', name: 'Farsta' } };
const PEOPLE = [AMINA, BO];

const personSearch = ({ search }: Record<string, unknown>) => {
  const digits = String(search).replace(/\D/g, '');
  const hits = PEOPLE.filter((p) => (digits ? p.personalIdentityNumber!.replace(/\D/g, '') === digits : p.fullName.toLowerCase().includes(String(search).toLowerCase())));
  return { data: { persons: { totalCount: hits.length, edges: hits.map((node) => ({ node })) } } };
};

function setup(handlers: Handlers = {}) {
  const mock = mockClient({
    ClaimProposalOptions: () => ({ data: { districts: DISTRICTS, claimTypes: TYPES } }),
    ClaimProposalPersonSearch: personSearch,
    ...handlers,
  });
  render(
    <Provider value={mock.client}>
      <ClaimProposalsPage navigate={() => undefined} />
    </Provider>,
  );
  return mock;
}

async function type(label: string | RegExp, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
}
async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}
async function choose(label: string, option: string) {
  await click(screen.getByRole('button', { name: new RegExp(label) }));
  await click(screen.getByRole('option', { name: option }));
}

async function workbook(rows: (string | number | Date | null)[][]): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Förslag');
  sheet.addRow(['Personnummer', 'Stadsdel', 'Ersättningstyp', 'Period från', 'Period till', 'Belopp', 'Kommentar']);
  rows.forEach((r) => sheet.addRow(r));
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

describe('the proposal form (Föreslå återsökning)', () => {
  it('says what is missing or wrong before sending anything', async () => {
    const mock = setup();
    await type('Period från (frivillig)', '2025-13-01');
    await type('Belopp i kronor (frivilligt)', 'tolv');
    await click(screen.getByTestId('propose-submit'));
    expect(screen.getByTestId('propose-error-personId').textContent).toBe('Sök fram och välj personen.');
    expect(screen.getByTestId('propose-error-districtCode').textContent).toBe('Välj kostnadsbärande stadsdel.');
    expect(screen.getByTestId('propose-error-claimTypeCode').textContent).toBe('Välj ersättningstyp.');
    expect(screen.getByText('2025-13-01 är inget giltigt datum. Skriv period från som ÅÅÅÅ-MM-DD.')).toBeTruthy();
    expect(screen.getByText('Skriv beloppet i kronor, till exempel 12 500 eller 12 500,50.')).toBeTruthy();
    expect(mock.calls('ProposeClaim')).toEqual([]);
  });

  it('finds the person, takes the district from the person, and sends the amount in öre', async () => {
    const mock = setup({ ProposeClaim: () => ({ data: { proposeClaim: { id: 'c-9', status: 'INITIERAD_TILL_SDF', statusLabel: 'Initierad till SDF' } } }) });
    await type('Sök person (namn eller personnummer)', 'amina');
    await click(screen.getByTestId('propose-search-button'));
    expect(mock.calls('ClaimProposalPersonSearch')).toEqual([{ search: 'amina', first: 20 }]);
    await choose('Ersättningstyp', 'Grundskola – asyl (GSKA)');
    await type('Period från (frivillig)', '20250801');
    await type('Period till (frivillig)', '2025-12-31');
    await type('Belopp i kronor (frivilligt)', '12 500,50');
    await type('Kommentar till stadsdelen (frivillig)', ' Hösten 2025 ');
    await click(screen.getByTestId('propose-submit'));
    expect(mock.calls('ProposeClaim')).toEqual([
      { input: { personId: 'p-amina', districtCode: 'JARVA', claimTypeCode: 'GSKA', periodFrom: '2025-08-01', periodTo: '2025-12-31', amount: 1_250_050, comment: 'Hösten 2025' } },
    ]);
    const done = screen.getByTestId('propose-done');
    expect(done.textContent).toContain('Förslaget för Amina Hassan är skickat till stadsdelen.');
    expect(within(done).getByRole('link', { name: 'Visa återsökningen' }).getAttribute('href')).toBe('/atersokningar/c-9');
  });

  it('shows the server’s refusal next to its field', async () => {
    setup({
      ProposeClaim: () => ({
        error: { graphQLErrors: [{ message: 'Ersättningstypen GSKA finns inte.', extensions: { code: 'BAD_USER_INPUT', field: 'claimTypeCode', problems: [{ field: 'claimTypeCode', reason: 'UNKNOWN_CLAIM_TYPE', message: 'Ersättningstypen GSKA finns inte.' }] } }] },
      }),
    });
    await type('Sök person (namn eller personnummer)', 'amina');
    await click(screen.getByTestId('propose-search-button'));
    await choose('Ersättningstyp', 'Grundskola – asyl (GSKA)');
    await click(screen.getByTestId('propose-submit'));
    expect(screen.getByTestId('propose-error-claimTypeCode').textContent).toBe('Ersättningstypen GSKA finns inte.');
  });
});

describe('reading the Excel file', () => {
  it('reads the template back, and parses names, codes, dates and kronor', async () => {
    const rows = await readProposalWorkbook('mall.xlsx', await buildTemplate());
    expect(rows).toEqual([{ rowNumber: 2, values: ['19900101-0017', 'JARVA', 'GSKA', '2025-08-01', '2025-12-31', '12500', 'Exempelrad – ta bort'] }]);
    const parsed = parseProposalRows(
      [
        { rowNumber: 2, values: ['199001010017', 'järva', 'gska', '2025-01-01', '2025-06-30', '1 000,5', ''] },
        { rowNumber: 3, values: ['19900101-0018', 'Solna', 'XYZ', '2025-06-30', '2025-01-01', 'mycket', ''] },
      ],
      DISTRICTS,
      TYPES,
    );
    expect(parsed[0]).toMatchObject({ normalisedIdentifier: '199001010017', districtCode: 'JARVA', claimTypeCode: 'GSKA', amount: 100_050, problem: null });
    expect(parsed[1]!.problem).toBe(
      'Kontrollsiffran i personnummer/samordningsnummer stämmer inte. Stadsdelen Solna finns inte. Ersättningstypen XYZ finns inte. Perioden måste sluta samma dag som den börjar eller senare. Beloppet mycket är inget belopp i kronor.',
    );
    expect(parseKronor('')).toBeNull();
    expect(parseKronor('12 500 kr')).toBe(1_250_000);
  });

  it('refuses a file that is not the template', async () => {
    await expect(readProposalWorkbook('forslag.csv', new ArrayBuffer(3))).rejects.toThrow('Filen måste vara en Excel-arbetsbok (.xlsx).');
    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet('x').addRow(['Namn', 'Adress']);
    await expect(readProposalWorkbook('fel.xlsx', (await wrong.xlsx.writeBuffer()) as ArrayBuffer)).rejects.toThrow(/Första raden ska vara rubrikerna/);
  });

  it('searches each distinct person once, at most five at a time, with progress', async () => {
    // Eight valid personnummer, each on two rows.
    const numbers = Array.from({ length: 8 }, (_v, i) => {
      const nine = `8001${String(i + 10).padStart(2, '0')}123`;
      return `19${nine}${luhnCheckDigit(nine)}`;
    });
    const proposals = parseProposalRows(
      [...numbers, ...numbers].map((n, i) => ({ rowNumber: i + 2, values: [n, 'JARVA', 'GSKA', '', '', '', ''] })),
      DISTRICTS,
      TYPES,
    );
    let running = 0;
    let most = 0;
    const searched: string[] = [];
    const progress: string[] = [];
    const rows = await resolvePersons(
      proposals,
      async (id) => {
        searched.push(id);
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return [{ id: `p-${id}`, fullName: `Person ${id}`, personalIdentityNumber: `${id.slice(0, 8)}-${id.slice(8)}`, district: null }];
      },
      (done, total) => progress.push(`${done} av ${total}`),
    );
    expect(searched.sort()).toEqual([...numbers].sort());
    expect(most).toBe(5);
    expect(progress[0]).toBe('0 av 8');
    expect(progress.at(-1)).toBe('8 av 8');
    expect(rows.every((r) => r.person && !r.problem)).toBe(true);
    expect(toRowInputs(rows)[8]).toMatchObject({ rowNumber: 10, personId: `p-${numbers[0]}`, personProblem: null });
  });
});

describe('importing proposals from Excel', () => {
  async function chooseFile(bytes: ArrayBuffer, name = 'forslag.xlsx', { preview = true } = {}) {
    const file = new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    if (!file.arrayBuffer) Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Excel-fil med förslag'), { target: { files: [file] } });
    });
    // Reading the workbook and looking the persons up is asynchronous: wait for the preview.
    if (preview) await screen.findByTestId('import-summary', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.queryByTestId('import-progress')).toBeNull());
  }

  it('previews the rows with the persons found and a problem row, imports, and lists the rejected rows', async () => {
    const mock = setup({
      ImportClaimProposals: () => ({
        data: {
          importClaimProposals: {
            importId: 'imp-1', alreadyImported: false, rowCount: 2, createdCount: 1,
            rejectedRows: [{ rowNumber: 3, field: 'personId', reason: 'PERSON_NOT_IDENTIFIED', message: 'Personen finns inte i personregistret, eller så får du inte se den.' }],
          },
        },
      }),
    });
    await screen.findByTestId('import-file');
    await chooseFile(await workbook([
      ['19900101-0017', 'Järva', 'GSKA', '2025-01-01', '2025-06-30', 12500, 'VT'],
      ['19800101-0019', 'JARVA', 'FSKA', null, null, null, null],
    ]));
    expect(screen.getAllByTestId('preview-person').map((c) => c.textContent)).toEqual(['Amina Hassan (19900101-0017)', '19800101-0019']);
    expect(screen.getAllByTestId('preview-problem').map((c) => c.textContent)).toEqual(['', 'Personen finns inte i personregistret, eller så får du inte se den.']);
    expect(screen.getByTestId('import-summary').textContent).toBe('2 rader, varav 1 kan importeras och 1 har problem (de listas som avvisade).');

    await click(screen.getByRole('button', { name: 'Importera 1 förslag' }));
    const [call] = mock.calls('ImportClaimProposals') as { input: { fileName: string; contentHash: string; rows: unknown[] } }[];
    expect(call!.input.fileName).toBe('forslag.xlsx');
    expect(call!.input.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(call!.input.rows).toEqual([
      { rowNumber: 2, personId: 'p-amina', personProblem: null, districtCode: 'JARVA', claimTypeCode: 'GSKA', periodFrom: '2025-01-01', periodTo: '2025-06-30', amount: 1_250_000, comment: 'VT' },
      { rowNumber: 3, personId: null, personProblem: 'Personen finns inte i personregistret, eller så får du inte se den.', districtCode: 'JARVA', claimTypeCode: 'FSKA', periodFrom: null, periodTo: null, amount: null, comment: null },
    ]);
    expect(screen.getByTestId('import-done').textContent).toBe('1 av 2 förslag skickades till stadsdelarna.');
    expect(screen.getAllByTestId('rejected-row').map((c) => c.textContent)).toEqual(['3']);
    expect(screen.getByTestId('import-rejected-download')).toBeTruthy();
  });

  it('says "Filen är redan inläst" when the same file was imported before', async () => {
    setup({
      ImportClaimProposals: () => ({ data: { importClaimProposals: { importId: 'imp-1', alreadyImported: true, rowCount: 1, createdCount: 1, rejectedRows: [] } } }),
    });
    await screen.findByTestId('import-file');
    await chooseFile(await workbook([['19900101-0017', 'JARVA', 'GSKA', null, null, null, null]]));
    await click(screen.getByRole('button', { name: 'Importera 1 förslag' }));
    const already = screen.getByTestId('import-already');
    expect(already.textContent).toContain('Filen är redan inläst');
    expect(already.textContent).toContain('Inget nytt skapades.');
  });

  it('explains a file it cannot read', async () => {
    const mock = setup();
    await screen.findByTestId('import-file');
    await chooseFile(new Uint8Array([97, 59, 98]).buffer as ArrayBuffer, 'forslag.csv', { preview: false });
    expect(await screen.findByText('Filen måste vara en Excel-arbetsbok (.xlsx). Ladda ned mallen och fyll i den.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(mock.calls('ClaimProposalPersonSearch')).toEqual([]);
  });
});
