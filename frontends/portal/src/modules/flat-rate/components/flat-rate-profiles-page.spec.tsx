import { jest } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import { choose, press } from '../flat-rate.test-support.js';
import type { FlatRateImportProfile } from '../graphql/flat-rate-profiles.graphql.js';
import { FlatRateProfilesPage } from './flat-rate-profiles-page.js';

const builtIn: FlatRateImportProfile = {
  key: 'mig-generalschablon',
  kind: 'GENERALSCHABLON',
  name: 'MiG generalschablon (fast bredd)',
  format: 'fixed',
  hasHeader: false,
  builtIn: true,
  delimiter: null,
  columns: [
    { field: 'personalIdentityNumber', label: 'Personnummer', headers: [], position: null, start: 1, length: 12 },
    { field: 'amount', label: 'Belopp', headers: [], position: null, start: 21, length: 10 },
  ],
};
const own: FlatRateImportProfile = { ...builtIn, key: 'gs-semikolon', name: 'Generalschablon med semikolon', format: 'csv', delimiter: ';', builtIn: false, columns: [{ field: 'personalIdentityNumber', label: 'Personnummer', headers: [], position: 1, start: null, length: null }] };

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}) {
  const mock = mockClient({ FlatRateImportProfiles: () => ({ data: { flatRateImportProfiles: [builtIn, own] } }), ...handlers });
  render(
    <Provider value={mock.client as Client}>
      <FlatRateProfilesPage roles={['ADMINISTRATOR']} navigate={jest.fn()} />
    </Provider>,
  );
  return mock;
}

jest.setTimeout(30_000);

describe('Importprofiler för schabloner', () => {
  it('lists the profiles; a built-in one can only be copied', async () => {
    setup();
    const table = await screen.findByRole('grid', { name: 'Importprofiler för schabloner' });
    expect(within(table).getAllByTestId('flat-rate-profile-name').map((c) => c.textContent)).toEqual(['MiG generalschablon (fast bredd)', 'Generalschablon med semikolon']);
    expect(within(table).queryByRole('button', { name: 'Ändra MiG generalschablon (fast bredd)' })).toBeNull();
    expect(within(table).getByRole('button', { name: 'Kopiera MiG generalschablon (fast bredd)' })).toBeTruthy();
    expect(within(table).getAllByRole('row')[2]!.textContent).toContain('Avgränsad text (CSV), Semikolon (;)');
  });

  it('saves a copy of the built-in fixed-width profile with changed start and length, and shows the server’s message at a field', async () => {
    let answer: object = { error: new CombinedError({ graphQLErrors: [{ message: 'Fälten Personnummer och Belopp överlappar.', extensions: { code: 'BAD_USER_INPUT', field: 'columns.amount' } }] }) };
    const { calls } = setup({ SaveFlatRateImportProfile: () => answer });
    await press(await screen.findByRole('button', { name: 'Kopiera MiG generalschablon (fast bredd)' }));
    const form = screen.getByRole('form', { name: 'Ny profil' });
    expect((within(form).getByLabelText('Nyckel', { exact: false }) as HTMLInputElement).value).toBe('mig-generalschablon-kopia');
    fireEvent.change(within(form).getByLabelText('Belopp: startposition'), { target: { value: '5' } });
    await press(within(form).getByRole('button', { name: 'Spara profilen' }));
    expect(calls('SaveFlatRateImportProfile')).toEqual([
      {
        input: {
          key: 'mig-generalschablon-kopia',
          kind: 'GENERALSCHABLON',
          name: 'MiG generalschablon (fast bredd) (kopia)',
          format: 'fixed',
          hasHeader: false,
          delimiter: null,
          columns: [
            { field: 'personalIdentityNumber', start: 1, length: 12 },
            { field: 'amount', start: 5, length: 10 },
          ],
        },
      },
    ]);
    expect((await screen.findByTestId('flat-rate-profile-field-error-amount')).textContent).toBe('Fälten Personnummer och Belopp överlappar.');

    answer = { data: { saveFlatRateImportProfile: { ...builtIn, key: 'mig-generalschablon-kopia', name: 'Kopian', builtIn: false } } };
    fireEvent.change(within(form).getByLabelText('Belopp: startposition'), { target: { value: '21' } });
    await press(within(form).getByRole('button', { name: 'Spara profilen' }));
    expect((await screen.findByTestId('flat-rate-profile-done')).textContent).toBe('Profilen Kopian är sparad.');
  });

  it('saves a delimited profile with the delimiter chosen and refuses a column number that is not a number', async () => {
    const { calls } = setup({ SaveFlatRateImportProfile: (v) => ({ data: { saveFlatRateImportProfile: { ...own, ...(v.input as object) } } }) });
    await press(await screen.findByRole('button', { name: 'Ny profil' }));
    const form = screen.getByRole('form', { name: 'Ny profil' });
    fireEvent.change(within(form).getByLabelText('Nyckel', { exact: false }), { target: { value: 'gs-tabb' } });
    fireEvent.change(within(form).getByLabelText('Namn'), { target: { value: 'Generalschablon med tabb' } });
    await choose('flat-rate-profile-format', 'Avgränsad text (CSV)');
    await choose('flat-rate-profile-delimiter', 'Tabb');
    fireEvent.click(within(form).getByLabelText('Filen har en rubrikrad'));
    fireEvent.change(within(form).getByLabelText('Personnummer: kolumnnummer'), { target: { value: 'A' } });
    await press(within(form).getByRole('button', { name: 'Spara profilen' }));
    expect(screen.getByTestId('flat-rate-profile-field-error-personalIdentityNumber').textContent).toBe('Kolumnnumret för Personnummer ska vara ett heltal från 1.');
    expect(calls('SaveFlatRateImportProfile')).toEqual([]);
    fireEvent.change(within(form).getByLabelText('Personnummer: kolumnnummer'), { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText('Personnummer: rubriker'), { target: { value: 'Personnummer, Pnr' } });
    fireEvent.change(within(form).getByLabelText('Belopp: kolumnnummer'), { target: { value: '4' } });
    await press(within(form).getByRole('button', { name: 'Spara profilen' }));
    expect(calls('SaveFlatRateImportProfile')[0]).toEqual({
      input: {
        key: 'gs-tabb',
        kind: 'GENERALSCHABLON',
        name: 'Generalschablon med tabb',
        format: 'csv',
        hasHeader: true,
        delimiter: '\t',
        columns: [
          { field: 'personalIdentityNumber', headers: ['Personnummer', 'Pnr'], position: 2 },
          { field: 'amount', headers: [], position: 4 },
        ],
      },
    });
  });

  it('deletes a profile only after the confirmation', async () => {
    const { calls } = setup({ DeleteFlatRateImportProfile: () => ({ data: { deleteFlatRateImportProfile: true } }) });
    await press(await screen.findByRole('button', { name: 'Ta bort Generalschablon med semikolon' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Ta bort profilen Generalschablon med semikolon?' });
    await press(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(calls('DeleteFlatRateImportProfile')).toEqual([]);
    await press(screen.getByRole('button', { name: 'Ta bort Generalschablon med semikolon' }));
    dialog = screen.getByRole('alertdialog', { name: 'Ta bort profilen Generalschablon med semikolon?' });
    await press(within(dialog).getByRole('button', { name: 'Ta bort profilen' }));
    expect(calls('DeleteFlatRateImportProfile')).toEqual([{ key: 'gs-semikolon' }]);
    await waitFor(() => expect(screen.getByTestId('flat-rate-profile-done').textContent).toBe('Profilen Generalschablon med semikolon är borttagen.'));
  });
});
