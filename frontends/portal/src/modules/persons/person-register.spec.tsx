import { jest } from '@jest/globals';
import { findHostRoute, mayUseRoute } from '@statsbidrag/ui/host';
import { mockClient } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { PORTAL_ROUTES } from '../../app.js';
import { PersonCard } from './components/person-card.js';
import { PersonRegisterPage } from './components/person-register-page.js';
import { PersonSearch } from './components/person-search.js';
import type { PersonCardPerson } from './graphql/person-card.query.js';
import type { ExistingPerson } from './graphql/person-register.graphql.js';

const navigate = jest.fn();

const districts = { data: { districts: [{ code: 'JA', name: 'Järva' }, { code: 'HV', name: 'Hässelby-Vällingby' }] } };
const noPersons = { data: { persons: { edges: [] } } };
const found = (...nodes: ExistingPerson[]) => ({ data: { persons: { edges: nodes.map((node) => ({ node })) } } });

function renderPage(client: Client) {
  return render(
    <Provider value={client}>
      <PersonRegisterPage navigate={navigate} />
    </Provider>,
  );
}

const form = () => screen.getByRole('form', { name: 'Registrera person' });
const field = (label: string) => within(form()).getByRole('textbox', { name: new RegExp(`^${label}`) });
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

async function chooseDistrict(name: string) {
  await act(async () => {
    fireEvent.click(within(screen.getByTestId('register-district')).getByRole('button'));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('option', { name }));
  });
}

async function submit() {
  await act(async () => {
    fireEvent.click(within(form()).getByRole('button', { name: 'Registrera person' }));
  });
}

/** The error message tied to a field (aria-describedby), as a user of a screen reader hears it. */
function errorOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => Boolean(el?.classList.contains('sb-field__error')))
    .map((el) => el.textContent)
    .join(' ');
}

beforeEach(() => {
  navigate.mockClear();
  window.history.replaceState(null, '', '/personer/ny');
});

describe('Registrera person', () => {
  it('checks that nobody has the numbers, registers the person and opens the new card with a message', async () => {
    const { client, calls } = mockClient({
      PersonDistrictOptions: () => districts,
      ExistingPersons: () => noPersons,
      RegisterPerson: () => ({ data: { registerPerson: { id: 'p9', firstName: 'Leyla', lastName: 'Karimi', fullName: 'Leyla Karimi' } } }),
    });
    const { unmount } = renderPage(client);
    expect(screen.getByRole('heading', { level: 1, name: 'Registrera person' })).toBeTruthy();
    type('Förnamn', ' Leyla ');
    type('Efternamn', 'Karimi');
    type('Personnummer/samordningsnummer', '121212-1212');
    type('Individnummer \\(MiG\\)', '12345678');
    await chooseDistrict('Järva');
    await submit();

    // The register is asked for each number first (the 10-digit number as the server stores it).
    expect(calls('ExistingPersons')).toEqual([{ search: '201212121212' }, { search: '12345678' }]);
    expect(calls('RegisterPerson')).toEqual([
      { input: { firstName: 'Leyla', lastName: 'Karimi', personalIdentityNumber: '201212121212', migIndividualNumber: '12345678', birthDate: null, districtCode: 'JA' } },
    ]);
    expect(navigate).toHaveBeenCalledWith('/personer/p9');
    unmount();

    // The card the host opens next says that the person was registered.
    const card: PersonCardPerson = {
      id: 'p9',
      firstName: 'Leyla',
      lastName: 'Karimi',
      fullName: 'Leyla Karimi',
      birthDate: '2012-12-12',
      personalIdentityNumber: '201212121212',
      isCoordinationNumber: false,
      migIndividualNumber: '12345678',
      protectedIdentity: false,
      district: { code: 'JA', name: 'Järva', validFrom: '2023-07-01', validTo: null, successor: null },
      addressStatus: 'MISSING_ADDRESS',
      addressStatusLabel: 'Adress saknas',
      registrations: [],
      claims: [],
      flatRates: [],
      flatRateSchedule: null,
      closedOn: null,
      closureReason: null,
      closureReasonLabel: null,
      closureNote: null,
      closedBy: null,
      movedOutOn: null,
      personalDataDeactivatedOn: null,
      purgeOn: null,
      purgeOnSetManually: false,
      purgedAt: null,
      openCases: [],
      handlingHistory: [],
    };
    const cardClient = mockClient({ PersonCard: () => ({ data: { person: card } }) }).client;
    const renderCard = () =>
      render(
        <Provider value={cardClient}>
          <PersonCard id="p9" navigate={navigate} roles={['COORDINATOR']} />
        </Provider>,
      );
    const first = renderCard();
    expect(screen.getByRole('heading', { level: 1, name: 'Leyla Karimi' })).toBeTruthy();
    expect(screen.getByTestId('person-data-saved').textContent).toBe('Leyla Karimi är registrerad.');
    first.unmount();
    // Only once: opening the card again (or reloading it) shows no message.
    renderCard();
    expect(screen.queryByTestId('person-data-saved')).toBeNull();
  });

  it('registers a person with only a MiG individnummer and a birth date, without a district', async () => {
    const { client, calls } = mockClient({
      PersonDistrictOptions: () => districts,
      ExistingPersons: () => noPersons,
      RegisterPerson: () => ({ data: { registerPerson: { id: 'p10', firstName: 'Omid', lastName: 'Rahimi', fullName: 'Omid Rahimi' } } }),
    });
    renderPage(client);
    type('Förnamn', 'Omid');
    type('Efternamn', 'Rahimi');
    type('Individnummer \\(MiG\\)', '7654321');
    await submit();
    // Without a personnummer the birth date is needed.
    expect(errorOf(field('Födelsedatum'))).toBe('Ange födelsedatum när personnummer/samordningsnummer saknas.');
    expect(calls('ExistingPersons')).toEqual([]);
    type('Födelsedatum', '20050301');
    await submit();
    expect(calls('ExistingPersons')).toEqual([{ search: '7654321' }]);
    expect(calls('RegisterPerson')).toEqual([
      { input: { firstName: 'Omid', lastName: 'Rahimi', personalIdentityNumber: null, migIndividualNumber: '7654321', birthDate: '2005-03-01', districtCode: null } },
    ]);
    expect(navigate).toHaveBeenCalledWith('/personer/p10');
  });

  it('links to the person who already has the personnummer instead of registering a second one', async () => {
    const { client, calls } = mockClient({
      PersonDistrictOptions: () => districts,
      // A search for digits also finds persons whose numbers merely contain them: only an exact match counts.
      ExistingPersons: () =>
        found(
          { id: 'p2', fullName: 'Annan Person', personalIdentityNumber: '199912121212', migIndividualNumber: null },
          { id: 'p1', fullName: 'Amina Hassan', personalIdentityNumber: '199005172383', migIndividualNumber: '1234567' },
        ),
      RegisterPerson: () => ({ data: { registerPerson: { id: 'p1', firstName: 'Amina', lastName: 'Hassan', fullName: 'Amina Hassan' } } }),
    });
    renderPage(client);
    type('Förnamn', 'Amina');
    type('Efternamn', 'Hasan');
    type('Personnummer/samordningsnummer', '199005172383');
    await submit();

    expect(calls('ExistingPersons')).toEqual([{ search: '199005172383' }]);
    expect(calls('RegisterPerson')).toEqual([]);
    expect(navigate).not.toHaveBeenCalled();
    const exists = screen.getByTestId('person-exists');
    expect(within(exists).getByText('Personen finns redan: Amina Hassan')).toBeTruthy();
    const link = within(exists).getByRole('link', { name: 'Öppna personkortet för Amina Hassan' });
    expect(link.getAttribute('href')).toBe('/personer/p1');
    // The number is shown as the server stores it.
    expect((field('Personnummer/samordningsnummer') as HTMLInputElement).value).toBe('19900517-2383');
    fireEvent.click(link);
    expect(navigate).toHaveBeenCalledWith('/personer/p1');
  });

  it('checks the fields before asking the server', async () => {
    const { client, calls } = mockClient({ PersonDistrictOptions: () => districts, ExistingPersons: () => noPersons });
    renderPage(client);
    await submit();
    expect(errorOf(field('Förnamn'))).toBe('Förnamn måste anges.');
    expect(errorOf(field('Efternamn'))).toBe('Efternamn måste anges.');
    expect(errorOf(field('Personnummer/samordningsnummer'))).toBe('Ange personnummer/samordningsnummer eller individnummer (MiG).');
    expect(field('Förnamn').getAttribute('aria-invalid')).toBe('true');
    // Focus goes to the first field to correct.
    expect(document.activeElement).toBe(field('Förnamn'));

    type('Förnamn', 'Leyla');
    type('Efternamn', 'Karimi');
    type('Personnummer/samordningsnummer', '19121212-1213');
    type('Individnummer \\(MiG\\)', '123');
    type('Födelsedatum', '2999-01-01');
    await submit();
    expect(errorOf(field('Personnummer/samordningsnummer'))).toBe('Kontrollsiffran i personnummer/samordningsnummer stämmer inte.');
    expect(errorOf(field('Individnummer \\(MiG\\)'))).toBe('Individnummer (MiG) ska ha 7 eller 8 siffror.');
    expect(errorOf(field('Födelsedatum'))).toBe('Födelsedatum kan inte vara ett datum i framtiden.');
    expect(errorOf(field('Förnamn'))).toBe('');
    expect(document.activeElement).toBe(field('Personnummer/samordningsnummer'));
    expect(calls('ExistingPersons')).toEqual([]);
  });

  it('shows each of the server’s problems next to its own field', async () => {
    const problems = [
      { field: 'personalIdentityNumber', reason: 'CHECK_DIGIT', message: 'Kontrollsiffran stämmer inte för 19121212-1212.' },
      { field: 'districtCode', reason: 'UNKNOWN_DISTRICT', message: 'Stadsdelen HV finns inte.' },
    ];
    const { client, calls } = mockClient({
      PersonDistrictOptions: () => districts,
      ExistingPersons: () => noPersons,
      RegisterPerson: () => ({
        error: new CombinedError({
          graphQLErrors: [{ message: problems.map((p) => p.message).join(' '), extensions: { code: 'BAD_USER_INPUT', field: 'personalIdentityNumber', reason: 'CHECK_DIGIT', problems } }],
        }),
      }),
    });
    renderPage(client);
    type('Förnamn', 'Leyla');
    type('Efternamn', 'Karimi');
    type('Personnummer/samordningsnummer', '19121212-1212');
    await chooseDistrict('Hässelby-Vällingby');
    await submit();
    expect(calls('RegisterPerson')).toHaveLength(1);
    expect(errorOf(field('Personnummer/samordningsnummer'))).toBe('Kontrollsiffran stämmer inte för 19121212-1212.');
    const districtButton = within(screen.getByTestId('register-district')).getByRole('button');
    expect(errorOf(districtButton)).toBe('Stadsdelen HV finns inte.');
    expect(navigate).not.toHaveBeenCalled();
    // Changing the field takes its message away.
    type('Personnummer/samordningsnummer', '19121212-1212 ');
    expect(errorOf(field('Personnummer/samordningsnummer'))).toBe('');
  });

  it('says so when the register cannot be asked, and registers nothing', async () => {
    const { client, calls } = mockClient({
      PersonDistrictOptions: () => districts,
      ExistingPersons: () => ({ error: new CombinedError({ networkError: new Error('fetch failed') }) }),
      RegisterPerson: () => ({ data: null }),
    });
    renderPage(client);
    type('Förnamn', 'Leyla');
    type('Efternamn', 'Karimi');
    type('Individnummer \\(MiG\\)', '12345678');
    type('Födelsedatum', '2012-12-12');
    await submit();
    expect(screen.getByTestId('register-error').textContent).toContain('Det gick inte att kontrollera om personen redan finns');
    expect(calls('RegisterPerson')).toEqual([]);
  });
});

describe('who may register a person', () => {
  it('shows "Registrera person" on the search page to coordinators and administrators only', () => {
    for (const [roles, shown] of [
      [['COORDINATOR'], true],
      [['ADMINISTRATOR'], true],
      [['ANALYST'], false],
      [['FINANCE_MANAGER'], false],
      [['SYSTEM_ADMIN'], false],
    ] as const) {
      window.history.replaceState(null, '', '/personer');
      const { client } = mockClient({});
      const { unmount } = render(
        <Provider value={client}>
          <PersonSearch navigate={navigate} roles={roles} />
        </Provider>,
      );
      const link = screen.queryByRole('link', { name: 'Registrera person' });
      expect([roles[0], Boolean(link)]).toEqual([roles[0], shown]);
      if (link) {
        expect(link.getAttribute('href')).toBe('/personer/ny');
        fireEvent.click(link);
        expect(navigate).toHaveBeenLastCalledWith('/personer/ny');
      }
      unmount();
    }
  });

  it('opens /personer/ny as the register page, not as a person card, and only for those roles', () => {
    const matched = findHostRoute(PORTAL_ROUTES, '/personer/ny');
    expect(matched?.route.title).toBe('Registrera person');
    expect(mayUseRoute(matched!.route, { roles: ['COORDINATOR'] })).toBe(true);
    expect(mayUseRoute(matched!.route, { roles: ['ANALYST'] })).toBe(false);
    expect(findHostRoute(PORTAL_ROUTES, '/personer/0b5e')?.route.title).toBe('Personkort');
  });
});
