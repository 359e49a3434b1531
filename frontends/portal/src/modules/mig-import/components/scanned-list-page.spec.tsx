import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import { makeSubject } from 'wonka';
import type { ScannedList } from '../graphql/scanned-list.graphql.js';
import { catchDownloads, importFile, rowValues } from '../mig-import.test-support.js';
import { ScannedListPage } from './scanned-list-page.js';

const cell = (field: string, text: string, confidence = 96) => ({ field, text, confidence, uncertain: confidence < 80 });
const scanned: ScannedList = {
  fileName: 'roselista-2025-03.pdf',
  pages: 1,
  fields: [
    { key: 'caseNumber', label: 'Diarienummer', required: true },
    { key: 'lastName', label: 'Efternamn', required: false },
    { key: 'amount', label: 'Beviljat belopp', required: true },
  ],
  rows: [
    { rowNumber: 1, cells: [cell('caseNumber', '4321-2025-000001'), cell('lastName', 'Testsson'), cell('amount', '12500')] },
    { rowNumber: 2, cells: [cell('caseNumber', '4321-2025-000002'), cell('lastName', 'Pr0vsson', 55), cell('amount', '8O00', 41.6)] },
    { rowNumber: 3, cells: [cell('caseNumber', '4321-2O25-00000З', 30), cell('lastName', 'Exempelsson'), cell('amount', '3000')] },
  ],
  uncertainCount: 4,
};

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}) {
  const mock = mockClient({ MigReadScannedList: () => ({ data: { readScannedList: scanned } }), ...handlers });
  const navigate = jest.fn<(url: string) => void>();
  render(
    <Provider value={mock.client as Client}>
      <ScannedListPage roles={['COORDINATOR']} navigate={navigate} />
    </Provider>,
  );
  return { ...mock, navigate };
}

const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });

function chooseScan(name = 'roselista-2025-03.pdf', content = '%PDF-1.4 test', size?: number) {
  const file = new File([content], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('Skannad lista'), { target: { files: [file] } });
}

async function readScan() {
  chooseScan();
  await press(screen.getByRole('button', { name: 'Läs in listan' }));
  return screen.findByRole('table', { name: 'Inlästa rader' });
}

const importButton = () => screen.getByRole('button', { name: /^Importera de granskade raderna/ });

// Generous: CI machines are shared and slow.
jest.setTimeout(30_000);

describe('Skannad lista (Roselista)', () => {
  it('refuses a file of the wrong type, an empty one and one over 10 MB before sending it', async () => {
    const { calls } = setup();
    chooseScan('lista.docx');
    expect(screen.getByText('Den skannade listan måste vara en PDF-, PNG- eller TIFF-fil.')).toBeTruthy();
    chooseScan('lista.tiff', '');
    expect(screen.getByText('Filen är tom.')).toBeTruthy();
    chooseScan('lista.png', 'x', 50 * 1024 * 1024);
    expect(screen.getByText('Filen är för stor (50,0 MB). Den får vara högst 10 MB.')).toBeTruthy();
    await press(screen.getByRole('button', { name: 'Läs in listan' }));
    expect(calls('MigReadScannedList')).toEqual([]);
  });

  it('says it is reading the image while the server works, then shows every cell with the uncertain ones marked', async () => {
    const answer = makeSubject<object>();
    const { calls } = setup({ MigReadScannedList: () => answer.source });
    chooseScan();
    await press(screen.getByRole('button', { name: 'Läs in listan' }));
    await waitFor(() => expect(calls('MigReadScannedList')).toHaveLength(1));
    expect(calls('MigReadScannedList')).toEqual([{ input: { fileName: 'roselista-2025-03.pdf', contentBase64: Buffer.from('%PDF-1.4 test').toString('base64') } }]);
    expect(screen.getByText('Läser bilden … Det kan ta några sekunder.')).toBeTruthy();
    await act(async () => answer.next({ data: { readScannedList: scanned } }));
    const table = await screen.findByRole('table', { name: 'Inlästa rader' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Rad', 'Diarienummer', 'Efternamn', 'Beviljat belopp', 'Ta bort']);

    const amount2 = within(table).getByLabelText('Rad 2, Beviljat belopp') as HTMLInputElement;
    expect(amount2.value).toBe('8O00');
    expect(amount2.getAttribute('aria-invalid')).toBe('true');
    expect(amount2.getAttribute('title')).toBe('Säkerhet 42 %');
    expect(document.getElementById(amount2.getAttribute('aria-describedby')!)!.textContent).toBe('osäker, Säkerhet 42 %');
    const amount1 = within(table).getByLabelText('Rad 1, Beviljat belopp');
    expect(amount1.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('scan-summary').textContent).toContain('3 rader från 1 sida. 3 osäkra celler återstår att granska.');
  });

  it('keeps the import disabled until every uncertain cell is confirmed, exports the reviewed rows and imports them', async () => {
    const downloads = catchDownloads();
    const { calls, navigate } = setup({
      MigImportReviewedRows: () => ({ data: { importReviewedRows: { file: importFile('f7', { source: 'OCR', status: 'QUEUED', statusLabel: 'I kö' }), alreadyReceived: false, message: 'Filen är mottagen och importeras nu.' } } }),
    });
    const table = await readScan();
    expect(importButton().textContent).toBe('Importera de granskade raderna (3 osäkra celler kvar)');
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);

    // Correct one, confirm another as read.
    fireEvent.change(within(table).getByLabelText('Rad 2, Beviljat belopp'), { target: { value: '8000' } });
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Rätt (Rad 2, Efternamn)' }));
    expect(within(table).getByLabelText('Rad 2, Efternamn').getAttribute('aria-invalid')).toBeNull();
    expect(importButton().textContent).toBe('Importera de granskade raderna (1 osäkra celler kvar)');

    // Delete row 3: asks first; "Avbryt" keeps it.
    await press(within(table).getByRole('button', { name: 'Ta bort rad 3' }));
    await press(within(screen.getByRole('alertdialog', { name: 'Ta bort rad 3?' })).getByRole('button', { name: 'Avbryt' }));
    expect(within(table).getAllByTestId('scan-row')).toHaveLength(3);
    await press(within(table).getByRole('button', { name: 'Ta bort rad 3' }));
    await press(within(screen.getByRole('alertdialog', { name: 'Ta bort rad 3?' })).getByRole('button', { name: 'Ta bort raden' }));
    expect(within(table).getAllByTestId('scan-row')).toHaveLength(2);
    expect(importButton().textContent).toBe('Importera de granskade raderna');
    expect((importButton() as HTMLButtonElement).disabled).toBe(false);

    await press(screen.getByRole('button', { name: 'Exportera till Excel' }));
    await waitFor(() => expect(downloads.click).toHaveBeenCalled());
    expect(downloads.fileName()).toMatch(/^roselista-2025-03-granskad-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = (await downloads.workbook()).getWorksheet('Granskade rader')!;
    expect(rowValues(ws, 1)).toEqual(['Rad i listan', 'Diarienummer', 'Efternamn', 'Beviljat belopp']);
    expect(rowValues(ws, 2)).toEqual([1, '4321-2025-000001', 'Testsson', '12500']);
    expect(rowValues(ws, 3)).toEqual([2, '4321-2025-000002', 'Pr0vsson', '8000']);
    expect(ws.rowCount).toBe(3);
    downloads.restore();

    await press(importButton());
    await waitFor(() => expect(calls('MigImportReviewedRows')).toHaveLength(1));
    expect(calls('MigImportReviewedRows')).toEqual([
      {
        input: {
          kind: 'MIG_BESLUT',
          fileName: 'roselista-2025-03.pdf',
          fields: ['caseNumber', 'lastName', 'amount'],
          rows: [
            ['4321-2025-000001', 'Testsson', '12500'],
            ['4321-2025-000002', 'Pr0vsson', '8000'],
          ],
        },
      },
    ]);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/importer/f7'));
  });

  it('shows the server’s message when the scan cannot be read or the rows cannot be imported', async () => {
    let read: object = { error: new CombinedError({ graphQLErrors: [{ message: 'Bilden gick inte att läsa. Skanna listan igen med högre upplösning.', extensions: { code: 'BAD_USER_INPUT' } }] }) };
    setup({
      MigReadScannedList: () => read,
      MigImportReviewedRows: () => ({ error: new CombinedError({ graphQLErrors: [{ message: 'Rad 1: Diarienumret saknas.', extensions: { code: 'BAD_USER_INPUT', field: 'rows' } }] }) }),
    });
    chooseScan();
    await press(screen.getByRole('button', { name: 'Läs in listan' }));
    expect((await screen.findByTestId('scan-error')).textContent).toContain('Bilden gick inte att läsa. Skanna listan igen med högre upplösning.');

    read = { data: { readScannedList: { ...scanned, rows: [scanned.rows[0]!], uncertainCount: 0 } } };
    await press(screen.getByRole('button', { name: 'Läs in listan' }));
    await screen.findByRole('table', { name: 'Inlästa rader' });
    await press(importButton());
    expect((await screen.findByTestId('scan-import-error')).textContent).toContain('Rad 1: Diarienumret saknas.');
  });
});
