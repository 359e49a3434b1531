import { jest } from '@jest/globals';
import { navigateToUrl } from '@statsbidrag/ui/host';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { PersonSearchPage } from './components/person-search-page.js';
import type { SdfPersonRow, SdfPersonsData } from './graphql/persons.query.js';

function person(id: string, fullName: string, extra: Partial<SdfPersonRow> = {}): SdfPersonRow {
  return {
    id,
    fullName,
    personalIdentityNumber: '199005772383',
    migIndividualNumber: '91234567',
    protectedIdentity: false,
    addressStatus: 'OK',
    addressStatusLabel: 'Adress finns',
    closedOn: null,
    closureReasonLabel: null,
    ...extra,
  };
}

function page(nodes: SdfPersonRow[], endCursor: string | null, totalCount: number): { data: SdfPersonsData } {
  return { data: { persons: { totalCount, edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { hasNextPage: endCursor !== null, endCursor } } } };
}

const amina = person('p1', 'Amina Hassan');
const yusuf = person('p2', 'Yusuf Ali', {
  personalIdentityNumber: '198203611234',
  migIndividualNumber: '9000002',
  addressStatus: 'MISSING_ADDRESS',
  addressStatusLabel: 'Adress saknas',
  closedOn: '2025-03-31',
  closureReasonLabel: 'Avlidit',
});
// What the API sends a district user for a protected person: no name, number or birth date.
const hidden = person('p3', 'Skyddad identitet', { personalIdentityNumber: null, migIndividualNumber: '9000151', protectedIdentity: true });

const viewer = { districts: [{ code: 'JARVA', name: 'Järva' }] };
/** The host's navigation: changes the address bar, which the page reads. */
const navigate = jest.fn((url: string) => navigateToUrl(url, () => undefined));

function setup(handlers: Handlers) {
  const mock = mockClient(handlers);
  render(
    <Provider value={mock.client as Client}>
      <PersonSearchPage viewer={viewer} navigate={navigate} />
    </Provider>,
  );
  return mock;
}

async function search(term: string) {
  fireEvent.change(screen.getByRole('searchbox', { name: /Sök på namn/ }), { target: { value: term } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Sök' }));
  });
}

const cells = (testId: string) => screen.getAllByTestId(testId).map((c) => c.textContent);

beforeEach(() => {
  navigate.mockClear();
  window.history.replaceState(null, '', '/personer');
});

describe('SDF Personer: sökning', () => {
  it('tells which forms can be searched and sends nothing before a search', () => {
    const { calls } = setup({ SdfPersons: () => page([], null, 0) });
    expect(screen.getByRole('heading', { level: 1, name: 'Personer' })).toBeTruthy();
    const field = screen.getByRole('searchbox', { name: 'Sök på namn, personnummer, samordningsnummer eller MiG individnummer' });
    const help = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(help).toContain('10 eller 12 siffror');
    expect(help).toContain('minst 6 siffror');
    expect(help).toContain('MiG individnummer (7–8 siffror)');
    expect(calls('SdfPersons')).toEqual([]);
  });

  it('asks for something to search for instead of sending an empty search', async () => {
    const { calls } = setup({ SdfPersons: () => page([], null, 0) });
    await search('   ');
    expect(screen.getByText('Skriv ett namn eller ett nummer att söka på.')).toBeTruthy();
    expect(calls('SdfPersons')).toEqual([]);
    expect(window.location.search).toBe('');
  });

  it('sends the search, puts it in the address bar and shows the rows with links to the cards', async () => {
    const { calls } = setup({ SdfPersons: () => page([amina, yusuf], null, 2) });
    await search(' 820361-1234 ');
    expect(window.location.pathname + window.location.search).toBe('/personer?q=820361-1234');
    expect(calls('SdfPersons')).toEqual([{ search: '820361-1234', first: 50, after: null }]);

    const table = screen.getByRole('grid', { name: 'Personer i din stadsdel' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, ''))).toEqual([
      'Namn',
      'Personnummer/samordningsnummer',
      'MiG individnummer',
      'Adressläge',
      'Avslutad',
    ]);
    expect(cells('person-name')).toEqual(['Amina Hassan', 'Yusuf Ali']);
    expect(cells('person-identity')).toEqual(['19900577-2383', '19820361-1234']);
    expect(cells('person-mig')).toEqual(['91234567', '9000002']);
    // A deviation is marked (⚠ and frame), OK is plain text.
    expect(cells('person-address-status')).toEqual(['Adress finns', '⚠Adress saknas']);
    expect(cells('person-closed')).toEqual(['Nej', '2025-03-31 (Avlidit)']);
    expect(screen.getByTestId('persons-count').textContent).toBe('Visar 2 av 2');
    expect(screen.getByRole('button', { name: 'Exportera till Excel (CSV)' }).hasAttribute('disabled')).toBe(false);

    const link = screen.getByRole('link', { name: 'Yusuf Ali' });
    expect(link.getAttribute('href')).toBe('/personer/p2?q=820361-1234');
    fireEvent.click(link);
    expect(navigate).toHaveBeenLastCalledWith('/personer/p2?q=820361-1234');
  });

  it('sorts by a column when its header is clicked', async () => {
    window.history.replaceState(null, '', '/personer?q=a');
    setup({ SdfPersons: () => page([yusuf, amina], null, 2) });
    expect(cells('person-name')).toEqual(['Yusuf Ali', 'Amina Hassan']);
    await act(async () => {
      fireEvent.click(screen.getByRole('columnheader', { name: /Namn/ }));
    });
    expect(cells('person-name')).toEqual(['Amina Hassan', 'Yusuf Ali']);
    await act(async () => {
      fireEvent.click(screen.getByRole('columnheader', { name: /Namn/ }));
    });
    expect(cells('person-name')).toEqual(['Yusuf Ali', 'Amina Hassan']);
  });

  it('restores the search from ?q= and follows the back button', async () => {
    window.history.replaceState(null, '', '/personer?q=hassan');
    const { calls } = setup({ SdfPersons: ({ search: term }) => (term === 'hassan' ? page([amina], null, 1) : page([yusuf], null, 1)) });
    expect((screen.getByRole('searchbox', { name: /Sök på namn/ }) as HTMLInputElement).value).toBe('hassan');
    expect(cells('person-name')).toEqual(['Amina Hassan']);

    await search('yusuf');
    expect(cells('person-name')).toEqual(['Yusuf Ali']);

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(window.location.search).toBe('?q=hassan');
    expect((screen.getByRole('searchbox', { name: /Sök på namn/ }) as HTMLInputElement).value).toBe('hassan');
    expect(cells('person-name')).toEqual(['Amina Hassan']);
    expect(calls('SdfPersons').map((v) => v.search)).toEqual(['hassan', 'yusuf', 'hassan']);
  });

  it('lists every person of the district with "Visa alla", kept in the address bar, and links back to that list', async () => {
    window.history.replaceState(null, '', '/personer');
    const { calls } = setup({ SdfPersons: () => page([amina, yusuf], null, 2) });
    expect(calls('SdfPersons')).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Visa alla personer i stadsdelen' }));
    });
    expect(window.location.search).toBe('?alla=1');
    expect(calls('SdfPersons')).toEqual([{ search: null, first: expect.any(Number), after: null }]);
    expect(cells('person-name')).toEqual(['Amina Hassan', 'Yusuf Ali']);
    expect(screen.getByRole('link', { name: 'Yusuf Ali' }).getAttribute('href')).toBe('/personer/p2?alla=1');
  });

  it('shows only the MiG individnummer of a protected person', () => {
    window.history.replaceState(null, '', '/personer?q=9000151');
    // Even if a name or number came along, the SDF list does not show it.
    setup({ SdfPersons: () => page([{ ...hidden, fullName: 'Hemlig Person', personalIdentityNumber: '196002011234' }], null, 1) });
    const row = within(screen.getByTestId('person-row'));
    expect(row.getByTestId('person-name').textContent).toBe('Skyddad identitet');
    expect(row.getByTestId('person-identity').textContent).toBe('Skyddad identitet');
    expect(row.getByTestId('person-mig').textContent).toBe('9000151');
    expect(screen.queryByText(/Hemlig/)).toBeNull();
    expect(screen.queryByText(/1960/)).toBeNull();
  });

  it('says when no person of the district matches', () => {
    window.history.replaceState(null, '', '/personer?q=19800101-1234');
    setup({ SdfPersons: () => page([], null, 0) });
    expect(screen.getByTestId('persons-empty').textContent).toContain('Inga personer i din stadsdel matchar sökningen.');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it("shows the server's message when the search fails, and tries again", async () => {
    window.history.replaceState(null, '', '/personer?q=amina');
    let fail = true;
    const error = new CombinedError({ graphQLErrors: [{ message: 'Sökningen är för kort.', extensions: { code: 'BAD_USER_INPUT' } }] });
    const { calls } = setup({ SdfPersons: () => (fail ? { error } : page([amina], null, 1)) });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Sökningen kunde inte göras');
    expect(alert.textContent).toContain('Sökningen är för kort.');
    fail = false;
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    });
    expect(cells('person-name')).toEqual(['Amina Hassan']);
    expect(calls('SdfPersons')).toHaveLength(2);
  });

  it('says so when the person register cannot be reached', () => {
    window.history.replaceState(null, '', '/personer?q=amina');
    setup({ SdfPersons: () => ({ error: new CombinedError({ networkError: new Error('fetch failed') }) }) });
    expect(screen.getByRole('alert').textContent).toContain('Personregistret svarar inte just nu. Försök igen om en stund.');
  });

  it('exports the rows as shown, in the sorted order, with the protected person as in the table', async () => {
    window.history.replaceState(null, '', '/personer?q=a');
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:persons');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    setup({ SdfPersons: () => page([yusuf, hidden, amina], null, 3) });
    await act(async () => {
      fireEvent.click(screen.getByRole('columnheader', { name: /Namn/ }));
    });
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Excel (CSV)' }));
    expect(click).toHaveBeenCalled();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(createObjectURL.mock.calls[0]![0], 'utf-8');
    });
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Namn;Personnummer/samordningsnummer;MiG individnummer;Adressläge;Avslutad',
      'Amina Hassan;19900577-2383;91234567;Adress finns;Nej',
      'Skyddad identitet;Skyddad identitet;9000151;Adress finns;Nej',
      'Yusuf Ali;19820361-1234;9000002;Adress saknas;2025-03-31 (Avlidit)',
      '',
    ]);
    click.mockRestore();
  });

  it('fetches the next page with "Visa fler" and keeps the rows already shown', async () => {
    window.history.replaceState(null, '', '/personer?q=a');
    const { calls } = setup({ SdfPersons: ({ after }) => (after ? page([yusuf], null, 2) : page([amina], 'c-p1', 2)) });
    expect(screen.getByTestId('persons-count').textContent).toBe('Visar 1 av 2');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    });
    expect(calls('SdfPersons')).toEqual([
      { search: 'a', first: 50, after: null },
      { search: 'a', first: 50, after: 'c-p1' },
    ]);
    expect(cells('person-name')).toEqual(['Amina Hassan', 'Yusuf Ali']);
    expect(screen.getByTestId('persons-count').textContent).toBe('Visar 2 av 2');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });
});
