import { jest } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import { catchDownloads, choose, connection, flatRateSchedule, press, rowValues, textOf } from '../flat-rate.test-support.js';
import { FlatRateSchedulesPage } from './flat-rate-schedules-page.js';

const open = flatRateSchedule('p-1');
const amf = flatRateSchedule('p-2', { district: null, purgeOn: '2036-06-30', purgeOnSetManually: true });

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}, roles: string[] = ['COORDINATOR']) {
  const mock = mockClient({
    FlatRateDistricts: () => ({ data: { districts: [{ code: 'RK', name: 'Rinkeby-Kista' }, { code: 'SK', name: 'Skärholmen' }] } }),
    FlatRateSchedules: () => ({ data: { flatRateSchedules: connection([open, amf]) } }),
    ...handlers,
  });
  render(
    <Provider value={mock.client as Client}>
      <FlatRateSchedulesPage roles={roles} navigate={jest.fn()} />
    </Provider>,
  );
  return mock;
}

jest.setTimeout(30_000);

describe('Personer med schablon', () => {
  it('lists the plans, filters by district and status on the server and exports to Excel', async () => {
    const downloads = catchDownloads();
    const { calls } = setup();
    const table = await screen.findByRole('grid', { name: 'Personer med schablon' });
    expect(within(table).getAllByTestId('flat-rate-schedule-district').map((c) => c.textContent)).toEqual(['Rinkeby-Kista', 'AmF:s intäkt']);
    expect(textOf(within(table).getAllByTestId('flat-rate-schedule-remaining')[0])).toBe('22 500,00 kr');
    expect(calls('FlatRateSchedules')[0]).toEqual({ districtCode: null, status: 'OPEN', first: 50, after: null });
    await choose('flat-rate-schedule-district-filter', 'Skärholmen');
    await waitFor(() => expect(calls('FlatRateSchedules').at(-1)).toEqual({ districtCode: 'SK', status: 'OPEN', first: 50, after: null }));
    await choose('flat-rate-schedule-status-filter', 'Avslutat');
    await waitFor(() => expect(calls('FlatRateSchedules').at(-1)).toEqual({ districtCode: 'SK', status: 'CLOSED', first: 50, after: null }));

    await press(await screen.findByRole('button', { name: 'Exportera till Excel' }));
    await waitFor(() => expect(downloads.click).toHaveBeenCalled());
    const ws = (await downloads.workbook()).getWorksheet('Personer')!;
    expect(rowValues(ws, 2).slice(0, 4)).toEqual(['p-1', 'Rinkeby-Kista', '2025-01-01', 'Öppet']);
    expect(rowValues(ws, 2)[8]).toBe(22500);
    downloads.restore();
  });

  it('shows the 9 instalments of a person’s plan', async () => {
    setup();
    await press(await screen.findByRole('button', { name: 'Visa plan för p-1' }));
    const detail = screen.getByTestId('flat-rate-schedule-detail');
    const instalments = within(detail).getByRole('grid', { name: 'Delbetalningar' });
    expect(within(instalments).getAllByTestId('flat-rate-instalment-row')).toHaveLength(9);
    expect(within(instalments).getAllByTestId('flat-rate-instalment-number').map((c) => c.textContent)).toContain('7 (20 %)');
    expect(textOf(within(instalments).getAllByTestId('flat-rate-instalment-paid')[0])).toBe('2 500,00 kr (2025-02-25)');
    expect(within(instalments).getAllByTestId('flat-rate-instalment-status').map((c) => c.textContent?.replace('✓', ''))).toEqual(['Betald', 'Betald', ...Array(7).fill('Ej betald')]);
    expect(within(detail).getByText('Inga övriga utbetalningar.')).toBeTruthy();
  });

  it('closes a case: date and reason required, a note for Övrigt, then a confirmation', async () => {
    let answer: object = { data: { closeFlatRateCase: { ...open, status: 'CLOSED', closedOn: '2025-06-30', closureReason: 'OVRIGT', closureReasonLabel: 'Övrigt' } } };
    const { calls } = setup({ CloseFlatRateCase: () => answer });
    await press(await screen.findByRole('button', { name: 'Visa plan för p-1' }));
    await press(screen.getByRole('button', { name: 'Avsluta ärendet' }));
    let dialog = screen.getByRole('dialog', { name: 'Avsluta ärendet' });
    await press(within(dialog).getByRole('button', { name: 'Avsluta ärendet' }));
    expect(within(dialog).getByText('Ange avslutsdatum (ÅÅÅÅ-MM-DD).')).toBeTruthy();
    expect(within(dialog).getByText('Välj orsak.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Avslutsdatum', { exact: false }), { target: { value: '2025-06-30' } });
    await choose('flat-rate-close-case-reason', 'Övrigt');
    await press(within(dialog).getByRole('button', { name: 'Avsluta ärendet' }));
    expect(within(dialog).getByText('Skriv en anteckning när orsaken är Övrigt.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Anteckning', { exact: false }), { target: { value: 'Återvänt till hemlandet' } });
    await press(within(dialog).getByRole('button', { name: 'Avsluta ärendet' }));
    expect(calls('CloseFlatRateCase')).toEqual([]);

    dialog = screen.getByRole('dialog', { name: 'Avsluta ärendet?' });
    expect(within(dialog).getByTestId('flat-rate-close-case-confirmation').textContent).toContain('Ärendet avslutas 2025-06-30 med orsaken övrigt.');
    answer = { error: new CombinedError({ graphQLErrors: [{ message: 'Avslutsdatumet kan inte ligga före mottagningsdatumet.', extensions: { code: 'BAD_USER_INPUT', field: 'closedOn' } }] }) };
    await press(within(dialog).getByRole('button', { name: 'Ja, avsluta ärendet' }));
    expect(calls('CloseFlatRateCase')).toEqual([{ input: { personId: 'p-1', closedOn: '2025-06-30', reason: 'OVRIGT', note: 'Återvänt till hemlandet' } }]);
    dialog = await screen.findByRole('dialog', { name: 'Avsluta ärendet' });
    expect(within(dialog).getByText('Avslutsdatumet kan inte ligga före mottagningsdatumet.')).toBeTruthy();

    answer = { data: { closeFlatRateCase: { ...open, status: 'CLOSED' } } };
    await press(within(dialog).getByRole('button', { name: 'Avsluta ärendet' }));
    await press(within(screen.getByRole('dialog', { name: 'Avsluta ärendet?' })).getByRole('button', { name: 'Ja, avsluta ärendet' }));
    expect((await screen.findByTestId('flat-rate-schedule-done')).textContent).toBe('Ärendet är avslutat 2025-06-30.');
  });

  it('sets the purge date by hand and back to the automatic date', async () => {
    const { calls } = setup({ SetFlatRatePurgeDate: (v) => ({ data: { setFlatRatePurgeDate: { ...amf, purgeOn: v.purgeOn ?? '2035-12-31', purgeOnSetManually: v.purgeOn !== null } } }) });
    await press(await screen.findByRole('button', { name: 'Visa plan för p-2' }));
    expect(screen.getByTestId('flat-rate-schedule-purge').textContent).toBe('2036-06-30 (satt för hand)');
    await press(screen.getByRole('button', { name: 'Ändra gallringsdatum' }));
    let dialog = screen.getByRole('dialog', { name: 'Ändra gallringsdatum' });
    fireEvent.change(within(dialog).getByLabelText('Gallringsdatum', { exact: false }), { target: { value: '2037-01-31' } });
    await press(within(dialog).getByRole('button', { name: 'Spara gallringsdatum' }));
    expect(calls('SetFlatRatePurgeDate')).toEqual([{ personId: 'p-2', purgeOn: '2037-01-31' }]);
    expect((await screen.findByTestId('flat-rate-schedule-done')).textContent).toBe('Gallringsdatumet är ändrat till 2037-01-31.');

    await press(screen.getByRole('button', { name: 'Ändra gallringsdatum' }));
    dialog = screen.getByRole('dialog', { name: 'Ändra gallringsdatum' });
    await press(within(dialog).getByRole('button', { name: 'Återställ automatiskt datum' }));
    expect(calls('SetFlatRatePurgeDate')[1]).toEqual({ personId: 'p-2', purgeOn: null });
    expect((await screen.findByTestId('flat-rate-schedule-done')).textContent).toBe('Gallringsdatumet räknas automatiskt (2035-12-31).');
  });
});
