import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import { makeSubject } from 'wonka';
import type { ScannedFlatRateDecision } from '../graphql/flat-rate-scanned.graphql.js';
import { FlatRateScannedPage } from './flat-rate-scanned-page.js';

const cell = (field: string, text: string, confidence = 96) => ({ field, text, confidence, uncertain: confidence < 80 });
// Fictitious: a samordningsnummer (day + 60) and made-up dossier numbers.
const scanned: ScannedFlatRateDecision = {
  fileName: 'beslut-dygnsschablon-2026-03.pdf',
  pages: 1,
  fields: [
    { key: 'personalIdentityNumber', label: 'Personnummer', required: false },
    { key: 'compensationCode', label: 'Ersättningskod', required: true },
    { key: 'days', label: 'Antal dygn', required: false },
    { key: 'amount', label: 'Belopp', required: true },
  ],
  rows: [
    { rowNumber: 1, cells: [cell('personalIdentityNumber', '20120467-2388'), cell('compensationCode', 'EKBP'), cell('days', '31'), cell('amount', '58 900,00')] },
    { rowNumber: 2, cells: [cell('personalIdentityNumber', '20120467-2388'), cell('compensationCode', 'EK8G', 52), cell('days', ''), cell('amount', '12 0O0,00', 38.4)] },
    { rowNumber: 3, cells: [cell('personalIdentityNumber', '2011O874-2386', 20), cell('compensationCode', 'EKBP'), cell('days', '28'), cell('amount', '53 200,00')] },
  ],
  uncertainCount: 3,
};

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}) {
  const mock = mockClient({ FlatRateReadScannedDecision: () => ({ data: { readScannedFlatRateDecision: scanned } }), ...handlers });
  const navigate = jest.fn<(url: string) => void>();
  render(
    <Provider value={mock.client as Client}>
      <FlatRateScannedPage roles={['COORDINATOR']} navigate={navigate} />
    </Provider>,
  );
  return { ...mock, navigate };
}

const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });

function chooseScan(name = 'beslut-dygnsschablon-2026-03.pdf', content = '%PDF-1.4 test', size?: number) {
  const file = new File([content], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('Skannad fil'), { target: { files: [file] } });
}

async function readScan() {
  chooseScan();
  await press(screen.getByRole('button', { name: 'Läs in beslutet' }));
  return screen.findByRole('table', { name: 'Inlästa rader' });
}

const importButton = () => screen.getByRole('button', { name: /^Importera de granskade raderna/ });

// Generous: CI machines are shared and slow.
jest.setTimeout(30_000);

describe('Skannat beslut (schabloner)', () => {
  it('is a tab of Schabloner, and refuses a file of the wrong type, an empty one and one over 10 MB before sending it', async () => {
    const { calls } = setup();
    const tab = within(screen.getByRole('navigation', { name: 'Schabloner' })).getByRole('link', { name: 'Skannat beslut' });
    expect(tab.getAttribute('aria-current')).toBe('page');
    chooseScan('beslut.docx');
    expect(screen.getByText('Det skannade beslutet måste vara en PDF-, PNG- eller TIFF-fil.')).toBeTruthy();
    chooseScan('beslut.tiff', '');
    expect(screen.getByText('Filen är tom.')).toBeTruthy();
    chooseScan('beslut.png', 'x', 50 * 1024 * 1024);
    expect(screen.getByText('Filen är för stor (50,0 MB). Den får vara högst 10 MB.')).toBeTruthy();
    await press(screen.getByRole('button', { name: 'Läs in beslutet' }));
    expect(calls('FlatRateReadScannedDecision')).toEqual([]);
  });

  it('says it is reading the image while the server works, then shows every cell with the uncertain ones marked', async () => {
    const answer = makeSubject<object>();
    const { calls } = setup({ FlatRateReadScannedDecision: () => answer.source });
    chooseScan();
    await press(screen.getByRole('button', { name: 'Läs in beslutet' }));
    await waitFor(() => expect(calls('FlatRateReadScannedDecision')).toHaveLength(1));
    expect(calls('FlatRateReadScannedDecision')).toEqual([{ input: { fileName: 'beslut-dygnsschablon-2026-03.pdf', contentBase64: Buffer.from('%PDF-1.4 test').toString('base64') } }]);
    expect(screen.getByText('Läser bilden … Det kan ta några sekunder.')).toBeTruthy();
    await act(async () => answer.next({ data: { readScannedFlatRateDecision: scanned } }));
    const table = await screen.findByRole('table', { name: 'Inlästa rader' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Rad', 'Personnummer', 'Ersättningskod', 'Antal dygn', 'Belopp', 'Ta bort']);

    const amount2 = within(table).getByLabelText('Rad 2, Belopp') as HTMLInputElement;
    expect(amount2.value).toBe('12 0O0,00');
    expect(amount2.getAttribute('aria-invalid')).toBe('true');
    expect(amount2.getAttribute('title')).toBe('Säkerhet 38 %');
    expect(document.getElementById(amount2.getAttribute('aria-describedby')!)!.textContent).toBe('osäker, Säkerhet 38 %');
    expect(within(table).getByLabelText('Rad 1, Belopp').getAttribute('aria-invalid')).toBeNull();
    expect(within(table).queryByRole('checkbox', { name: 'Rätt (Rad 1, Belopp)' })).toBeNull();
    expect(screen.getByTestId('scan-summary').textContent).toContain('3 rader från 1 sida. 3 osäkra celler återstår att granska.');
  });

  it('keeps the import disabled until every uncertain cell is confirmed or corrected, then imports the rows and opens the import', async () => {
    const { calls, navigate } = setup({
      FlatRateImportScannedRows: () => ({ data: { importScannedFlatRateRows: { alreadyReceived: false, message: 'Filen är mottagen och importeras nu.', import: { id: 'f7', status: 'QUEUED', source: 'OCR' } } } }),
    });
    const table = await readScan();
    expect(importButton().textContent).toBe('Importera de granskade raderna (3 osäkra celler kvar)');
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(within(table).getByLabelText('Rad 2, Belopp'), { target: { value: '12 000,00' } });
    fireEvent.change(within(table).getByLabelText('Rad 2, Ersättningskod'), { target: { value: 'EKBG' } });
    expect(importButton().textContent).toBe('Importera de granskade raderna (1 osäkra celler kvar)');

    // Row 3 is not for this import: removed after a question ("Avbryt" keeps it).
    await press(within(table).getByRole('button', { name: 'Ta bort rad 3' }));
    await press(within(screen.getByRole('alertdialog', { name: 'Ta bort rad 3?' })).getByRole('button', { name: 'Avbryt' }));
    expect(within(table).getAllByTestId('scan-row')).toHaveLength(3);
    await press(within(table).getByRole('button', { name: 'Ta bort rad 3' }));
    await press(within(screen.getByRole('alertdialog', { name: 'Ta bort rad 3?' })).getByRole('button', { name: 'Ta bort raden' }));
    expect(within(table).getAllByTestId('scan-row')).toHaveLength(2);
    expect(importButton().textContent).toBe('Importera de granskade raderna');
    expect(screen.getByText('Alla osäkra celler är granskade. Raderna kan importeras.')).toBeTruthy();

    await press(importButton());
    await waitFor(() => expect(calls('FlatRateImportScannedRows')).toHaveLength(1));
    expect(calls('FlatRateImportScannedRows')).toEqual([
      {
        input: {
          fileName: 'beslut-dygnsschablon-2026-03.pdf',
          rows: [
            ['20120467-2388', 'EKBP', '31', '58 900,00'],
            ['20120467-2388', 'EKBG', '', '12 000,00'],
          ],
        },
      },
    ]);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/schabloner/importer/f7'));
  });

  it('lets a correct uncertain cell be confirmed with "Rätt"', async () => {
    setup({ FlatRateReadScannedDecision: () => ({ data: { readScannedFlatRateDecision: { ...scanned, rows: [scanned.rows[2]!], uncertainCount: 1 } } }) });
    const table = await readScan();
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Rätt (Rad 3, Personnummer)' }));
    expect(within(table).getByLabelText('Rad 3, Personnummer').getAttribute('aria-invalid')).toBeNull();
    expect((importButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the server’s message when the scan cannot be read or the rows cannot be imported', async () => {
    const message = 'Ingen tabell med beslutets kolumnrubriker (t.ex. Personnummer, Ersättningskod, Belopp) hittades i bilden.';
    let read: object = { error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'NO_TABLE' } }] }) };
    setup({
      FlatRateReadScannedDecision: () => read,
      FlatRateImportScannedRows: () => ({ error: new CombinedError({ graphQLErrors: [{ message: 'Rad 1 har 3 celler; varje rad ska ha 9.', extensions: { code: 'BAD_USER_INPUT', field: 'rows' } }] }) }),
    });
    chooseScan();
    await press(screen.getByRole('button', { name: 'Läs in beslutet' }));
    expect((await screen.findByTestId('scan-error')).textContent).toContain(message);

    read = { data: { readScannedFlatRateDecision: { ...scanned, rows: [scanned.rows[0]!], uncertainCount: 0 } } };
    await press(screen.getByRole('button', { name: 'Läs in beslutet' }));
    await screen.findByRole('table', { name: 'Inlästa rader' });
    await press(importButton());
    expect((await screen.findByTestId('scan-import-error')).textContent).toContain('Rad 1 har 3 celler; varje rad ska ha 9.');
  });
});
