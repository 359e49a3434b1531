import { jest } from '@jest/globals';
import { navigateToUrl } from '@statsbidrag/ui/host';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { mockClient } from '@statsbidrag/ui/testing';
import { PersonSearch } from './components/person-search.js';
import type { PersonSearchData, PersonSearchNode } from './graphql/person-search.query.js';

function person(id: string, fullName: string, extra: Partial<PersonSearchNode> = {}): PersonSearchNode {
  return {
    id,
    fullName,
    birthDate: '1990-05-17',
    personalIdentityNumber: '199005172383',
    isCoordinationNumber: false,
    migIndividualNumber: '1234567',
    protectedIdentity: false,
    district: { code: 'RK', name: 'Rinkeby-Kista' },
    addressStatus: 'OK',
    addressStatusLabel: 'Adress finns',
    ...extra,
  };
}

function page(nodes: PersonSearchNode[], endCursor: string | null, totalCount: number): { data: PersonSearchData } {
  return { data: { persons: { totalCount, edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { hasNextPage: endCursor !== null, endCursor } } } };
}

const amina = person('p1', 'Amina Hassan');
const hidden = person('p2', 'Skyddad Person', {
  personalIdentityNumber: null,
  protectedIdentity: true,
  birthDate: null,
  district: null,
  addressStatus: 'MISSING_ADDRESS',
  addressStatusLabel: 'Adress saknas',
});
const omar = person('p3', 'Omar Ali', { personalIdentityNumber: '198001011239', migIndividualNumber: null });

/** The host's navigation: changes the address bar, which the search reads. */
const navigate = jest.fn((url: string) => navigateToUrl(url, () => undefined));

function renderSearch(client: Client, roles: readonly string[] = ['ANALYST']) {
  return render(
    <Provider value={client}>
      <PersonSearch navigate={navigate} roles={roles} />
    </Provider>,
  );
}

beforeEach(() => {
  navigate.mockClear();
  window.history.replaceState(null, '', '/personer');
});

describe('Personsök', () => {
  it('searches from the address bar and shows the persons with links to their cards', () => {
    window.history.replaceState(null, '', '/personer?q=hassan');
    const { client, calls } = mockClient({ PersonSearch: () => page([amina, hidden], 'c-p2', 123) });
    renderSearch(client);
    expect(calls('PersonSearch')).toEqual([{ search: 'hassan', birthDate: null, first: 50, after: null }]);
    expect((screen.getByLabelText(/Sök på namn, personnummer, samordningsnummer eller individnummer/) as HTMLInputElement).value).toBe('hassan');
    expect(screen.getByTestId('persons-count').textContent).toBe('Visar 2 av 123');

    const table = screen.getByRole('grid', { name: 'Sökresultat' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Namn',
      'Personnummer/samordningsnummer',
      'Individnummer (MiG)',
      'Födelsedatum',
      'Stadsdel',
      'Adressstatus',
    ]);
    const [first, second] = screen.getAllByTestId('person-row').map((row) => within(row));
    expect(first!.getByTestId('person-identity').textContent).toBe('19900517-2383');
    expect(first!.getByTestId('person-mig').textContent).toBe('1234567');
    expect(first!.getByTestId('person-birth-date').textContent).toBe('1990-05-17');
    expect(first!.getByTestId('person-district').textContent).toBe('Rinkeby-Kista');
    expect(second!.getByTestId('person-identity').textContent).toBe('Skyddad identitet');
    // Not OK is highlighted with a warning mark; OK is plain text.
    expect(second!.getByTestId('person-address-status').textContent).toBe('⚠Adress saknas');
    expect(first!.getByTestId('person-address-status').textContent).toBe('Adress finns');

    const link = screen.getByRole('link', { name: 'Amina Hassan' });
    expect(link.getAttribute('href')).toBe('/personer/p1?q=hassan');
    fireEvent.click(link);
    expect(navigate).toHaveBeenLastCalledWith('/personer/p1?q=hassan');
  });

  it('puts the search into the address bar and sends the birth date', async () => {
    const { client, calls } = mockClient({ PersonSearch: () => page([omar], null, 1) });
    renderSearch(client);
    expect(calls('PersonSearch')).toEqual([]);
    fireEvent.change(screen.getByLabelText(/Sök på namn/), { target: { value: 'Omar' } });
    fireEvent.change(screen.getByLabelText(/Födelsedatum/), { target: { value: '19800101' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    });
    expect(window.location.pathname + window.location.search).toBe('/personer?q=Omar&fodelsedatum=1980-01-01');
    expect(calls('PersonSearch')).toEqual([{ search: 'Omar', birthDate: '1980-01-01', first: 50, after: null }]);
    expect(screen.getByTestId('persons-count').textContent).toBe('Visar 1 av 1');
    expect(screen.getByTestId('person-mig').textContent).toBe('–saknas');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('explains a wrongly written birth date in Swedish and does not search', async () => {
    const { client, calls } = mockClient({ PersonSearch: () => page([], null, 0) });
    renderSearch(client);
    fireEvent.change(screen.getByLabelText(/Födelsedatum/), { target: { value: '17/05/1990' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    });
    expect(screen.getByText('Skriv födelsedatum som ÅÅÅÅ-MM-DD, till exempel 1990-05-17.')).toBeTruthy();
    expect(screen.getByLabelText(/Födelsedatum/).getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(screen.getByLabelText(/Födelsedatum/), { target: { value: '1990-02-30' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    });
    expect(screen.getByText('1990-02-30 är inget giltigt datum. Skriv födelsedatum som ÅÅÅÅ-MM-DD.')).toBeTruthy();
    expect(calls('PersonSearch')).toEqual([]);
    expect(window.location.search).toBe('');
  });

  it('asks for something to search for', async () => {
    const { client } = mockClient({});
    renderSearch(client);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
    });
    expect(screen.getByText('Skriv något att söka på eller ange ett födelsedatum.')).toBeTruthy();
  });

  it('says so in Swedish when nobody matches', () => {
    window.history.replaceState(null, '', '/personer?q=zzz');
    const { client } = mockClient({ PersonSearch: () => page([], null, 0) });
    renderSearch(client);
    expect(screen.getByTestId('persons-empty').textContent).toContain('Ingen person hittades');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('loads 50 more with "Visa fler" and keeps those already shown', () => {
    window.history.replaceState(null, '', '/personer?q=a');
    const { client, calls } = mockClient({ PersonSearch: (v) => (v.after ? page([omar], null, 3) : page([amina, hidden], 'c-p2', 3)) });
    renderSearch(client);
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(calls('PersonSearch').at(-1)).toEqual({ search: 'a', birthDate: null, first: 50, after: 'c-p2' });
    expect(screen.getAllByTestId('person-name').map((c) => c.textContent)).toEqual(['Amina Hassan', 'Skyddad Person', 'Omar Ali']);
    expect(screen.getByTestId('persons-count').textContent).toBe('Visar 3 av 3');
  });

  it('exports the persons shown to Excel', async () => {
    window.history.replaceState(null, '', '/personer?q=a');
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:persons');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { client } = mockClient({ PersonSearch: () => page([amina, hidden], null, 2) });
    renderSearch(client);
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Excel (CSV)' }));
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(createObjectURL.mock.calls[0]![0], 'utf-8');
    });
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Namn;Personnummer/samordningsnummer;Individnummer (MiG);Födelsedatum;Stadsdel;Adressstatus',
      'Amina Hassan;19900517-2383;1234567;1990-05-17;Rinkeby-Kista;Adress finns',
      'Skyddad Person;Skyddad identitet;1234567;;;Adress saknas',
      '',
    ]);
    click.mockRestore();
  });

  it('shows the server’s Swedish message when the search fails', () => {
    window.history.replaceState(null, '', '/personer?q=1990');
    const error = new CombinedError({ graphQLErrors: [{ message: 'Sökningen måste innehålla minst två tecken.', extensions: { code: 'BAD_USER_INPUT' } }] });
    const { client } = mockClient({ PersonSearch: () => ({ error }) });
    renderSearch(client);
    expect(screen.getByRole('alert').textContent).toContain('Sökningen kunde inte göras');
    expect(screen.getByRole('alert').textContent).toContain('Sökningen måste innehålla minst två tecken.');
  });
});
