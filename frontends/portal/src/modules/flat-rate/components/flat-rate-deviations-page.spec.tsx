import { jest } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import { catchDownloads, choose, connection, flatRateDeviation, flatRateImport, press, rowValues } from '../flat-rate.test-support.js';
import { FlatRateDeviationsPage } from './flat-rate-deviations-page.js';

const invalidNumber = flatRateDeviation('d1');
const unknownPerson = flatRateDeviation('d2', {
  rowNumber: 9,
  fileName: 'schabloner-mars.xlsx',
  importId: 'i2',
  field: 'person',
  fieldLabel: 'Person',
  reason: 'UNKNOWN_PERSON',
  reasonLabel: 'Person saknas',
  message: 'Ingen person har personnumret 19900171-2385.',
  suggestedPersonId: 'p-42',
});
const noDistrict = flatRateDeviation('d3', { rowNumber: 12, reason: 'NO_DISTRICT', reasonLabel: 'Ingen adress i Stockholm', message: 'Personen har ingen adress i någon stadsdel.', amount: 250000 });

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}, roles: string[] = ['COORDINATOR']) {
  const mock = mockClient({
    FlatRateImports: () => ({ data: { flatRateImports: connection([flatRateImport('i1', { fileName: 'gs-mars.txt' }), flatRateImport('i2', { fileName: 'schabloner-mars.xlsx' })]) } }),
    FlatRateDeviations: () => ({ data: { flatRateDeviations: connection([invalidNumber, unknownPerson, noDistrict]) } }),
    ...handlers,
  });
  render(
    <Provider value={mock.client as Client}>
      <FlatRateDeviationsPage roles={roles} navigate={jest.fn()} />
    </Provider>,
  );
  return mock;
}

const fieldError = (field: string, message: string) => ({ error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] }) });

jest.setTimeout(30_000);

describe('Avvikelser i schabloner', () => {
  it('corrects a row, showing the server’s message at the field first', async () => {
    let answer: object = fieldError('values.personalIdentityNumber', 'Personnumret har fel kontrollsiffra.');
    const { calls } = setup({ ResolveFlatRateDeviation: () => answer });
    const table = await screen.findByRole('grid', { name: 'Avvikelser' });
    await press(within(table).getByRole('button', { name: 'Rätta rad 7 i gs-mars.txt' }));
    const dialog = screen.getByRole('dialog', { name: 'Rätta rad 7' });
    const pnr = within(dialog).getByLabelText('Personnummer');
    fireEvent.change(pnr, { target: { value: '19900161-2384' } });
    await press(within(dialog).getByRole('button', { name: 'Spara rättelsen' }));
    expect(calls('ResolveFlatRateDeviation')).toEqual([{ input: { deviationId: 'd1', values: [{ field: 'personalIdentityNumber', value: '19900161-2384' }], note: null } }]);
    await waitFor(() => expect(pnr.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Personnumret har fel kontrollsiffra.')).toBeTruthy();

    answer = { data: { resolveFlatRateDeviation: { ...invalidNumber, status: 'RESOLVED' } } };
    fireEvent.change(pnr, { target: { value: '19900161-2391' } });
    await press(within(dialog).getByRole('button', { name: 'Spara rättelsen' }));
    expect((await screen.findByTestId('flat-rate-deviation-done')).textContent).toBe('Rad 7 är rättad.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('links a row to the suggested person in one click, or to a person id typed in', async () => {
    const { calls } = setup({ ResolveFlatRateDeviation: () => ({ data: { resolveFlatRateDeviation: { ...unknownPerson, status: 'RESOLVED' } } }) });
    await press(await screen.findByRole('button', { name: 'Koppla rad 9 i schabloner-mars.xlsx till person' }));
    let dialog = screen.getByRole('dialog', { name: 'Koppla rad 9 till en person' });
    await press(within(dialog).getByRole('button', { name: 'Koppla till förslaget' }));
    expect(calls('ResolveFlatRateDeviation')).toEqual([{ input: { deviationId: 'd2', personId: 'p-42' } }]);
    expect((await screen.findByTestId('flat-rate-deviation-done')).textContent).toBe('Rad 9 är kopplad till personen.');

    await press(screen.getByRole('button', { name: 'Koppla rad 7 i gs-mars.txt till person' }));
    dialog = screen.getByRole('dialog', { name: 'Koppla rad 7 till en person' });
    expect(within(dialog).queryByRole('button', { name: 'Koppla till förslaget' })).toBeNull();
    await press(within(dialog).getByRole('button', { name: 'Koppla' }));
    expect(within(dialog).getByText('Ange personens id.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Personens id', { exact: false }), { target: { value: 'p-7' } });
    await press(within(dialog).getByRole('button', { name: 'Koppla' }));
    expect(calls('ResolveFlatRateDeviation')[1]).toEqual({ input: { deviationId: 'd1', personId: 'p-7' } });
  });

  it('registers a new person: asks for names, an identifier and the birth date, then sends them', async () => {
    const { calls } = setup({ RegisterFlatRatePerson: () => ({ data: { registerFlatRatePerson: { ...unknownPerson, status: 'RESOLVED' } } }) });
    await press(await screen.findByRole('button', { name: 'Registrera ny person för rad 9 i schabloner-mars.xlsx' }));
    const dialog = screen.getByRole('dialog', { name: 'Registrera ny person för rad 9' });
    fireEvent.change(within(dialog).getByLabelText('Personnummer', { exact: false }), { target: { value: '' } });
    await press(within(dialog).getByRole('button', { name: 'Registrera personen' }));
    expect(within(dialog).getByText('Ange förnamn.')).toBeTruthy();
    expect(within(dialog).getByText('Ange personnummer eller dossiernummer.')).toBeTruthy();
    expect(within(dialog).getByText('Ange födelsedatum (ÅÅÅÅ-MM-DD).')).toBeTruthy();
    expect(calls('RegisterFlatRatePerson')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Förnamn', { exact: false }), { target: { value: 'Testa' } });
    fireEvent.change(within(dialog).getByLabelText('Efternamn', { exact: false }), { target: { value: 'Testsson' } });
    fireEvent.change(within(dialog).getByLabelText('Dossiernummer', { exact: false }), { target: { value: '12345678' } });
    fireEvent.change(within(dialog).getByLabelText('Födelsedatum', { exact: false }), { target: { value: '19900171' } });
    await press(within(dialog).getByRole('button', { name: 'Registrera personen' }));
    expect(within(dialog).getByText('1990-01-71 är inget giltigt datum. Skriv födelsedatum som ÅÅÅÅ-MM-DD.')).toBeTruthy();
    expect(calls('RegisterFlatRatePerson')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Födelsedatum', { exact: false }), { target: { value: '19900117' } });
    await press(within(dialog).getByRole('button', { name: 'Registrera personen' }));
    expect(calls('RegisterFlatRatePerson')).toEqual([
      { input: { deviationId: 'd2', firstName: 'Testa', lastName: 'Testsson', personalIdentityNumber: null, migIndividualNumber: '12345678', birthDate: '1990-01-17', note: null } },
    ]);
    expect((await screen.findByTestId('flat-rate-deviation-done')).textContent).toBe('Testa Testsson är registrerad och rad 9 är genomförd.');
  });

  it('prefills the new person from MiG\'s row: name split, identifiers and the birth date a samordningsnummer carries', async () => {
    const fromRow = flatRateDeviation('d4', {
      rowNumber: 4, fileName: 'gs-mars.txt', reason: 'UNKNOWN_PERSON', reasonLabel: 'Person saknas', message: 'Ingen känd person.',
      values: [
        { field: 'personalIdentityNumber', label: 'Personnummer', value: '199001712385' },
        { field: 'migIndividualNumber', label: 'Individnummer', value: '9188888' },
        { field: 'name', label: 'Namn', value: 'Testsson, Testa Maria' },
      ],
    });
    const { calls } = setup({
      FlatRateDeviations: () => ({ data: { flatRateDeviations: connection([fromRow]) } }),
      RegisterFlatRatePerson: () => ({ data: { registerFlatRatePerson: { ...fromRow, status: 'RESOLVED' } } }),
    });
    await press(await screen.findByRole('button', { name: 'Registrera ny person för rad 4 i gs-mars.txt' }));
    const dialog = screen.getByRole('dialog', { name: 'Registrera ny person för rad 4' });
    await press(within(dialog).getByRole('button', { name: 'Registrera personen' }));
    expect(calls('RegisterFlatRatePerson')).toEqual([
      { input: { deviationId: 'd4', firstName: 'Testa Maria', lastName: 'Testsson', personalIdentityNumber: '199001712385', migIndividualNumber: '9188888', birthDate: '1990-01-11', note: null } },
    ]);
  });

  it('shows the server’s message at the new person’s field', async () => {
    setup({ RegisterFlatRatePerson: () => fieldError('personalIdentityNumber', 'Personnumret finns redan hos en annan person.') });
    await press(await screen.findByRole('button', { name: 'Registrera ny person för rad 9 i schabloner-mars.xlsx' }));
    const dialog = screen.getByRole('dialog', { name: 'Registrera ny person för rad 9' });
    fireEvent.change(within(dialog).getByLabelText('Förnamn', { exact: false }), { target: { value: 'Testa' } });
    fireEvent.change(within(dialog).getByLabelText('Efternamn', { exact: false }), { target: { value: 'Testsson' } });
    fireEvent.change(within(dialog).getByLabelText('Födelsedatum', { exact: false }), { target: { value: '1990-01-61' } });
    await press(within(dialog).getByRole('button', { name: 'Registrera personen' }));
    fireEvent.change(within(dialog).getByLabelText('Födelsedatum', { exact: false }), { target: { value: '1990-01-16' } });
    await press(within(dialog).getByRole('button', { name: 'Registrera personen' }));
    const pnr = within(dialog).getByLabelText('Personnummer', { exact: false });
    await waitFor(() => expect(pnr.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Personnumret finns redan hos en annan person.')).toBeTruthy();
  });

  it('closes a deviation only with a reason, in a dialog that asks first', async () => {
    const { calls } = setup({ CloseFlatRateDeviation: (v) => ({ data: { closeFlatRateDeviation: { ...invalidNumber, status: 'CLOSED', resolution: v.reason } } }) });
    await press(await screen.findByRole('button', { name: 'Stäng rad 7 i gs-mars.txt' }));
    let dialog = screen.getByRole('dialog', { name: 'Stäng avvikelsen på rad 7?' });
    await press(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await press(screen.getByRole('button', { name: 'Stäng rad 7 i gs-mars.txt' }));
    dialog = screen.getByRole('dialog', { name: 'Stäng avvikelsen på rad 7?' });
    await press(within(dialog).getByRole('button', { name: 'Stäng avvikelsen' }));
    expect(within(dialog).getByText('Skriv varför avvikelsen stängs.')).toBeTruthy();
    expect(calls('CloseFlatRateDeviation')).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Motivering', { exact: false }), { target: { value: 'Dubblett av rad 6' } });
    await press(within(dialog).getByRole('button', { name: 'Stäng avvikelsen' }));
    expect(calls('CloseFlatRateDeviation')).toEqual([{ deviationId: 'd1', reason: 'Dubblett av rad 6' }]);
    expect((await screen.findByTestId('flat-rate-deviation-done')).textContent).toBe('Avvikelsen på rad 7 är stängd.');
  });

  it('books a row without address on AmF’s revenue after a confirmation', async () => {
    const { calls } = setup({ ResolveFlatRateDeviation: () => ({ data: { resolveFlatRateDeviation: { ...noDistrict, status: 'RESOLVED' } } }) });
    const table = await screen.findByRole('grid', { name: 'Avvikelser' });
    expect(within(table).getAllByRole('button', { name: /som AmF:s intäkt$/ })).toHaveLength(1);
    await press(within(table).getByRole('button', { name: 'Bokför rad 12 i gs-mars.txt som AmF:s intäkt' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Bokför rad 12 som AmF:s intäkt?' });
    expect(calls('ResolveFlatRateDeviation')).toEqual([]);
    await press(within(dialog).getByRole('button', { name: 'Bokför som AmF:s intäkt' }));
    expect(calls('ResolveFlatRateDeviation')).toEqual([{ input: { deviationId: 'd3', acceptAsAmfRevenue: true } }]);
    expect((await screen.findByTestId('flat-rate-deviation-done')).textContent).toBe('Rad 12 är bokförd som AmF:s intäkt.');
  });

  it('filters by reason and import on the server and exports every page to Excel', async () => {
    const downloads = catchDownloads();
    const { calls } = setup({
      FlatRateDeviations: (v) => ({ data: { flatRateDeviations: v.after === 'p2' ? connection([noDistrict]) : connection([invalidNumber, unknownPerson], { hasNextPage: true, endCursor: 'p2' }, 3) } }),
    });
    const table = await screen.findByRole('grid', { name: 'Avvikelser' });
    expect(within(table).getAllByTestId('flat-rate-deviation-file').map((c) => c.textContent)).toEqual(['gs-mars.txt', 'schabloner-mars.xlsx']);
    await choose('flat-rate-deviation-reason-filter', 'Person saknas');
    await waitFor(() => expect(calls('FlatRateDeviations').at(-1)).toEqual({ status: 'OPEN', reason: 'UNKNOWN_PERSON', importId: null, first: 100, after: null }));
    await choose('flat-rate-deviation-import-filter', 'schabloner-mars.xlsx');
    await waitFor(() => expect(calls('FlatRateDeviations').at(-1)).toEqual({ status: 'OPEN', reason: 'UNKNOWN_PERSON', importId: 'i2', first: 100, after: null }));

    await press(await screen.findByRole('button', { name: 'Exportera till Excel' }));
    await waitFor(() => expect(downloads.click).toHaveBeenCalled());
    expect(calls('FlatRateDeviations').slice(-2)).toEqual([
      { status: 'OPEN', reason: 'UNKNOWN_PERSON', importId: 'i2', first: 100, after: null },
      { status: 'OPEN', reason: 'UNKNOWN_PERSON', importId: 'i2', first: 100, after: 'p2' },
    ]);
    expect(downloads.fileName()).toMatch(/^avvikelser-schabloner-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = (await downloads.workbook()).getWorksheet('Avvikelser')!;
    expect(ws.rowCount).toBe(4);
    expect(rowValues(ws, 1).slice(0, 3)).toEqual(['Fil', 'Rad', 'Orsak']);
    expect(rowValues(ws, 4).slice(0, 3)).toEqual(['gs-mars.txt', 12, 'Ingen adress i Stockholm']);
    expect(rowValues(ws, 2)[7]).toBe(4750);
    downloads.restore();
  });
});
