import { jest } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { Provider, type Client } from 'urql';
import { connection, flatRateDeviation, flatRateImport, press, textOf } from '../flat-rate.test-support.js';
import type { FlatRateImport } from '../graphql/flat-rate-imports.graphql.js';
import { FlatRateImportDetail } from './flat-rate-import-detail.js';

const noDistrict = flatRateDeviation('d2', { rowNumber: 12, field: 'district', fieldLabel: 'Stadsdel', reason: 'NO_DISTRICT', reasonLabel: 'Ingen adress i Stockholm', message: 'Personen har ingen adress i någon stadsdel.' });
const applied = flatRateImport('i1', { fileName: 'gs-mars.txt', months: ['2025-02', '2025-03'], encrypted: true });

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}, roles: string[] = ['COORDINATOR'], pollMs = 1000) {
  const mock = mockClient({
    FlatRateImport: () => ({ data: { flatRateImport: applied } }),
    FlatRateDeviations: (v) => ({ data: { flatRateDeviations: v.reason === 'NO_DISTRICT' ? connection([noDistrict], undefined, 2) : connection([flatRateDeviation('d1'), noDistrict]) } }),
    ...handlers,
  });
  render(
    <Provider value={mock.client as Client}>
      <FlatRateImportDetail id="i1" roles={roles} navigate={jest.fn()} pollMs={pollMs} />
    </Provider>,
  );
  return mock;
}

jest.setTimeout(30_000);

describe('En import av schabloner', () => {
  it('shows counts, the total in kronor, the months, the encryption and the deviations of the import', async () => {
    const { calls } = setup();
    const facts = await screen.findByTestId('flat-rate-import-facts');
    expect(textOf(within(facts).getByTestId('flat-rate-import-total'))).toBe('1 234 567,89 kr');
    expect(within(facts).getByTestId('flat-rate-import-months').textContent).toBe('2025-02, 2025-03');
    expect(within(facts).getByTestId('flat-rate-encrypted').textContent).toBe('Krypterad');
    const counts = within(screen.getByTestId('flat-rate-import-counts'));
    expect(counts.getByText('Lästa rader').nextSibling!.textContent).toBe('250');
    expect(counts.getByText('Avvikelser').nextSibling!.textContent).toBe('4 (3 öppna)');
    const table = await screen.findByRole('grid', { name: 'Avvikelser' });
    expect(within(table).getAllByTestId('flat-rate-deviation-reason').map((c) => c.textContent)).toEqual(['Ogiltigt personnummer', 'Ingen adress i Stockholm']);
    expect(calls('FlatRateDeviations')).toContainEqual({ status: 'OPEN', reason: null, importId: 'i1', first: 100, after: null });
    // "Bokför som AmF:s intäkt" only on the row without district.
    expect(within(table).queryByRole('button', { name: 'Bokför rad 7 i gs-mars.txt som AmF:s intäkt' })).toBeNull();
    expect(within(table).getByRole('button', { name: 'Bokför rad 12 i gs-mars.txt som AmF:s intäkt' })).toBeTruthy();
  });

  it('books every row without address on AmF’s revenue after a confirmation stating the number', async () => {
    const { calls } = setup({ AcceptNoDistrictAsAmfRevenue: () => ({ data: { acceptNoDistrictAsAmfRevenue: 2 } }) });
    await press(await screen.findByRole('button', { name: 'Bokför alla utan adress som AmF:s intäkt' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Bokför 2 rader utan adress som AmF:s intäkt?' });
    await press(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(calls('AcceptNoDistrictAsAmfRevenue')).toEqual([]);

    await press(screen.getByRole('button', { name: 'Bokför alla utan adress som AmF:s intäkt' }));
    dialog = screen.getByRole('alertdialog', { name: 'Bokför 2 rader utan adress som AmF:s intäkt?' });
    await press(within(dialog).getByRole('button', { name: 'Bokför som AmF:s intäkt' }));
    expect(calls('AcceptNoDistrictAsAmfRevenue')).toEqual([{ importId: 'i1' }]);
    expect((await screen.findByTestId('flat-rate-amf-bulk-result')).textContent).toBe('2 rader är bokförda som AmF:s intäkt.');
  });

  it('polls while the import runs and shows the failure with "Försök igen"', async () => {
    let current: FlatRateImport = { ...applied, status: 'RUNNING', statusLabel: 'Pågår', rowsRead: 1200, finishedAt: null };
    const { calls } = setup(
      {
        FlatRateImport: () => ({ data: { flatRateImport: current } }),
        RetryFlatRateImport: () => ((current = { ...current, status: 'QUEUED', statusLabel: 'I kö', failure: null }), { data: { retryFlatRateImport: current } }),
      },
      ['COORDINATOR'],
      20,
    );
    expect(await screen.findByText('Läst 1 200 rader …')).toBeTruthy();
    current = { ...applied, status: 'FAILED', statusLabel: 'Misslyckad', failure: 'Raden 3 har en okänd ersättningskod; inget har sparats.' };
    const failure = await screen.findByTestId('flat-rate-import-failure', {}, { timeout: 10_000 });
    expect(failure.textContent).toContain('Raden 3 har en okänd ersättningskod; inget har sparats.');
    await press(within(failure).getByRole('button', { name: 'Försök igen' }));
    expect(calls('RetryFlatRateImport')).toEqual([{ id: 'i1' }]);
    await waitFor(() => expect(screen.getByText('Importen väntar på sin tur …')).toBeTruthy(), { timeout: 10_000 });
  });
});
