import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import type { ImportProfile } from '../graphql/import-profiles.graphql.js';
import { ImportProfilesPage } from './import-profiles-page.js';

const builtIn: ImportProfile = {
  key: 'mig-beslut',
  kind: 'MIG_BESLUT',
  name: 'MiG e-tjänst – beslut',
  format: 'xlsx',
  hasHeader: true,
  builtIn: true,
  columns: [
    { field: 'caseNumber', label: 'Diarienummer', headers: ['Diarienummer'], position: null, start: null, length: null },
    { field: 'amount', label: 'Belopp', headers: ['Belopp'], position: null, start: null, length: null },
  ],
};
const custom: ImportProfile = {
  key: 'gamla-beslut',
  kind: 'MIG_BESLUT',
  name: 'Gamla beslutslistor',
  format: 'csv',
  hasHeader: false,
  builtIn: false,
  columns: [
    { field: 'caseNumber', label: 'Diarienummer', headers: [], position: 1, start: null, length: null },
    { field: 'amount', label: 'Belopp', headers: [], position: 4, start: null, length: null },
  ],
};
const fields = [
  { key: 'caseNumber', label: 'Diarienummer', required: true },
  { key: 'amount', label: 'Belopp', required: true },
  { key: 'reference', label: 'Referens', required: false },
];

function setup(handlers: Record<string, (v: Record<string, unknown>) => object> = {}) {
  const mock = mockClient({
    MigImportProfiles: () => ({ data: { importProfiles: [builtIn, custom] } }),
    MigImportFields: () => ({ data: { importFields: fields } }),
    ...handlers,
  });
  render(
    <Provider value={mock.client as Client}>
      <ImportProfilesPage roles={['SYSTEM_ADMIN']} navigate={jest.fn()} />
    </Provider>,
  );
  return mock;
}

const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
const save = () => press(screen.getByRole('button', { name: 'Spara profilen' }));

// Generous: CI machines are shared and slow.
jest.setTimeout(30_000);

describe('Importprofiler', () => {
  it('lists the profiles; the built-in ones are marked and cannot be changed or deleted', async () => {
    setup();
    const table = await screen.findByRole('grid', { name: 'Importprofiler' });
    const [first, second] = within(table).getAllByTestId('profile-row');
    expect(within(first!).getByTestId('profile-built-in').textContent).toBe('Inbyggd');
    expect(within(first!).queryByRole('button', { name: /Ändra|Ta bort/ })).toBeNull();
    expect(within(second!).queryByTestId('profile-built-in')).toBeNull();
    expect(within(second!).getByRole('button', { name: 'Ändra Gamla beslutslistor' })).toBeTruthy();
  });

  it('checks a new profile in Swedish, per field, before saving', async () => {
    const { calls } = setup();
    await press(await screen.findByRole('button', { name: 'Ny profil' }));
    await screen.findByTestId('profile-field-caseNumber');
    await save();
    expect(screen.getByText('Ange en nyckel.')).toBeTruthy();
    expect(screen.getByText('Ange ett namn.')).toBeTruthy();
    expect(screen.getByTestId('profile-field-error-caseNumber').textContent).toBe('Ange rubrik eller kolumnnummer för Diarienummer.');
    expect(screen.getByTestId('profile-field-error-amount').textContent).toBe('Ange rubrik eller kolumnnummer för Belopp.');
    expect(screen.queryByTestId('profile-field-error-reference')).toBeNull();
    expect(screen.getByLabelText('Belopp: kolumnnummer').getAttribute('aria-describedby')).toContain('profile-field-error-amount');

    type('Nyckel', 'Min Profil');
    type('Diarienummer: kolumnnummer', 'första');
    await save();
    expect(screen.getByText('Nyckeln ska vara 2–50 tecken: små bokstäver a–z, siffror, - och _.')).toBeTruthy();
    expect(screen.getByTestId('profile-field-error-caseNumber').textContent).toBe('Kolumnnumret för Diarienummer ska vara ett heltal från 1.');

    // Fixed width asks for start and length instead.
    await press(within(screen.getByTestId('profile-format')).getByRole('button'));
    await press(screen.getByRole('option', { name: 'Fast bredd' }));
    expect(screen.queryByLabelText('Diarienummer: kolumnnummer')).toBeNull();
    type('Diarienummer: startposition', '1');
    type('Diarienummer: längd', '0');
    await save();
    expect(screen.getByTestId('profile-field-error-caseNumber').textContent).toBe('Startposition och längd för Diarienummer ska vara heltal från 1.');
    expect(screen.getByTestId('profile-field-error-amount').textContent).toBe('Ange startposition och längd för Belopp.');
    expect(calls('MigSaveImportProfile')).toEqual([]);
  });

  it('saves a profile and shows the server’s message at the field it names', async () => {
    let answer: object = {
      error: new CombinedError({ graphQLErrors: [{ message: 'Rubriken Belopp används redan för ett annat fält.', extensions: { code: 'BAD_USER_INPUT', field: 'columns.amount' } }] }),
    };
    const { calls } = setup({ MigSaveImportProfile: () => answer });
    await press(await screen.findByRole('button', { name: 'Ny profil' }));
    await screen.findByTestId('profile-field-caseNumber');
    type('Nyckel', 'sdf-beslut');
    type('Namn', 'Beslut från SDF-listor');
    type('Diarienummer: rubriker', 'Diarienummer, Dnr');
    type('Belopp: rubriker', 'Belopp');
    type('Referens: kolumnnummer', '7');
    await save();
    expect(calls('MigSaveImportProfile')).toEqual([
      {
        input: {
          key: 'sdf-beslut',
          kind: 'MIG_BESLUT',
          name: 'Beslut från SDF-listor',
          format: 'xlsx',
          hasHeader: true,
          columns: [
            { field: 'caseNumber', headers: ['Diarienummer', 'Dnr'], position: null },
            { field: 'amount', headers: ['Belopp'], position: null },
            { field: 'reference', headers: [], position: 7 },
          ],
        },
      },
    ]);
    expect((await screen.findByTestId('profile-field-error-amount')).textContent).toBe('Rubriken Belopp används redan för ett annat fält.');

    answer = { data: { saveImportProfile: { ...custom, key: 'sdf-beslut', name: 'Beslut från SDF-listor' } } };
    type('Belopp: rubriker', 'Beviljat belopp');
    await save();
    expect((await screen.findByTestId('profile-done')).textContent).toBe('Profilen Beslut från SDF-listor är sparad.');
    expect(screen.queryByRole('button', { name: 'Spara profilen' })).toBeNull();
  });

  it('edits a custom profile with its key fixed', async () => {
    const { calls } = setup({ MigSaveImportProfile: () => ({ data: { saveImportProfile: custom } }) });
    await press(await screen.findByRole('button', { name: 'Ändra Gamla beslutslistor' }));
    await screen.findByTestId('profile-field-caseNumber');
    expect((screen.getByLabelText('Nyckel', { exact: false }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Belopp: kolumnnummer') as HTMLInputElement).value).toBe('4');
    type('Belopp: kolumnnummer', '5');
    await save();
    await waitFor(() => expect(calls('MigSaveImportProfile')).toHaveLength(1));
    expect(calls('MigSaveImportProfile')[0]).toMatchObject({ input: { key: 'gamla-beslut', format: 'csv', hasHeader: false, columns: [{ field: 'caseNumber', position: 1 }, { field: 'amount', position: 5 }] } });
  });

  it('deletes a custom profile only after the user confirms', async () => {
    const { calls } = setup({ MigDeleteImportProfile: () => ({ data: { deleteImportProfile: true } }) });
    await press(await screen.findByRole('button', { name: 'Ta bort Gamla beslutslistor' }));
    await press(within(screen.getByRole('alertdialog', { name: 'Ta bort profilen Gamla beslutslistor?' })).getByRole('button', { name: 'Avbryt' }));
    expect(calls('MigDeleteImportProfile')).toEqual([]);
    await press(screen.getByRole('button', { name: 'Ta bort Gamla beslutslistor' }));
    await press(within(screen.getByRole('alertdialog', { name: 'Ta bort profilen Gamla beslutslistor?' })).getByRole('button', { name: 'Ta bort profilen' }));
    expect(calls('MigDeleteImportProfile')).toEqual([{ key: 'gamla-beslut' }]);
    expect((await screen.findByTestId('profile-done')).textContent).toBe('Profilen Gamla beslutslistor är borttagen.');
  });
});
