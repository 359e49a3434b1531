import { jest } from '@jest/globals';
import { mockClient } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { PersonCard } from './components/person-card.js';
import type { PersonCardPerson, PersonChange } from './graphql/person-card.query.js';
import type { UpdatePersonInput } from './graphql/update-person.mutation.js';

const amina: PersonCardPerson = {
  id: 'p1',
  firstName: 'Amina',
  lastName: 'Hassan',
  fullName: 'Amina Hassan',
  birthDate: '1990-05-17',
  personalIdentityNumber: '199005172383',
  isCoordinationNumber: false,
  migIndividualNumber: '1234567',
  protectedIdentity: false,
  district: { code: 'JA', name: 'Järva', validFrom: '2023-07-01', validTo: null, successor: null },
  addressStatus: 'OK',
  addressStatusLabel: 'Adress finns',
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

const navigate = jest.fn();

function renderCard(client: Client, roles: string[] = ['COORDINATOR']) {
  return render(
    <Provider value={client}>
      <PersonCard id="p1" navigate={navigate} roles={roles} />
    </Provider>,
  );
}

const dialog = () => screen.getByRole('dialog', { name: 'Ändra personuppgifter' });
const field = (label: string) => within(dialog()).getByRole('textbox', { name: new RegExp(`^${label}`) }) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const checkbox = () => within(dialog()).getByRole('checkbox', { name: 'Skyddad identitet' }) as HTMLInputElement;

async function press(name: string | RegExp, container: HTMLElement = document.body) {
  await act(async () => {
    fireEvent.click(within(container).getByRole('button', { name }));
  });
}

const openDialog = () => press('Ändra personuppgifter');
const save = () => press('Spara personuppgifter', dialog());

function errorOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => Boolean(el?.classList.contains('sb-field__error')))
    .map((el) => el.textContent)
    .join(' ');
}

const updated: PersonChange = { id: 'h1', at: '2026-03-01T10:15:00Z', username: 'samordnare', action: 'UPDATED', actionLabel: 'Personuppgifter aktualiserade', note: 'Ändrade fält: lastName' };

beforeEach(() => {
  navigate.mockClear();
  window.history.replaceState(null, '', '/personer/p1');
});

describe('Ändra personuppgifter on the person card', () => {
  it('is pre-filled, sends only what changed, and the card and its history show the change', async () => {
    let person = amina;
    const { client, calls } = mockClient({
      PersonCard: () => ({ data: { person } }),
      UpdatePerson: (v) => {
        const input = (v as { input: UpdatePersonInput }).input;
        person = { ...person, lastName: input.lastName ?? person.lastName, fullName: `Amina ${input.lastName}`, handlingHistory: [updated] };
        return { data: { updatePerson: person } };
      },
    });
    renderCard(client);
    await openDialog();
    expect(field('Förnamn').value).toBe('Amina');
    expect(field('Efternamn').value).toBe('Hassan');
    expect(field('Personnummer/samordningsnummer').value).toBe('19900517-2383');
    expect(field('Individnummer \\(MiG\\)').value).toBe('1234567');
    expect(field('Födelsedatum').value).toBe('1990-05-17');
    expect(checkbox().checked).toBe(false);

    type('Efternamn', 'Hassan Ali');
    // The same personnummer written with 10 digits is no change.
    type('Personnummer/samordningsnummer', '900517-2383');
    await save();

    expect(calls('UpdatePerson')).toEqual([{ input: { personId: 'p1', lastName: 'Hassan Ali' } }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('person-data-saved').textContent).toBe('Personuppgifterna är sparade.');
    expect(calls('PersonCard')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 1, name: 'Amina Hassan Ali' })).toBeTruthy();
    const history = screen.getByRole('grid', { name: 'Historik över personuppgifter, avslut och gallring' });
    expect(within(history).getByTestId('handling-history-action').textContent).toBe('Personuppgifter aktualiserade');
  });

  it('removes an identifier with an empty field, and sends nothing when nothing changed', async () => {
    const { client, calls } = mockClient({ PersonCard: () => ({ data: { person: amina } }), UpdatePerson: () => ({ data: { updatePerson: amina } }) });
    renderCard(client);
    await openDialog();
    await save();
    expect(within(dialog()).getByTestId('person-data-unchanged').textContent).toBe('Inget har ändrats.');
    expect(calls('UpdatePerson')).toEqual([]);

    type('Individnummer \\(MiG\\)', '');
    type('Födelsedatum', '1990-05-18');
    await save();
    expect(calls('UpdatePerson')).toEqual([{ input: { personId: 'p1', migIndividualNumber: '', birthDate: '1990-05-18' } }]);
  });

  it('will not remove both identifiers, and checks the formats before sending', async () => {
    const { client, calls } = mockClient({ PersonCard: () => ({ data: { person: amina } }), UpdatePerson: () => ({ data: { updatePerson: amina } }) });
    renderCard(client);
    await openDialog();
    type('Personnummer/samordningsnummer', '');
    type('Individnummer \\(MiG\\)', '');
    await save();
    expect(errorOf(field('Personnummer/samordningsnummer'))).toBe('Ange personnummer/samordningsnummer eller individnummer (MiG).');
    type('Personnummer/samordningsnummer', '19900517-2384');
    type('Individnummer \\(MiG\\)', '12-34');
    type('Förnamn', ' ');
    await save();
    expect(errorOf(field('Personnummer/samordningsnummer'))).toBe('Kontrollsiffran i personnummer/samordningsnummer stämmer inte.');
    expect(errorOf(field('Individnummer \\(MiG\\)'))).toBe('Individnummer (MiG) ska ha 7 eller 8 siffror.');
    expect(errorOf(field('Förnamn'))).toBe('Förnamn måste anges.');
    expect(calls('UpdatePerson')).toEqual([]);
  });

  it('refuses a number another person has, with a link to that person', async () => {
    const message = 'Personnumret/samordningsnumret tillhör redan en annan person. Samma person får inte finnas två gånger: öppna den personen i stället.';
    const { client, calls } = mockClient({
      PersonCard: () => ({ data: { person: amina } }),
      UpdatePerson: () => ({
        error: new CombinedError({
          graphQLErrors: [{ message, extensions: { code: 'CONFLICT', reason: 'DUPLICATE_IDENTIFIER', field: 'personalIdentityNumber', existingPersonId: 'p7' } }],
        }),
      }),
    });
    renderCard(client);
    await openDialog();
    type('Personnummer/samordningsnummer', '19121212-1212');
    await save();

    expect(calls('UpdatePerson')).toEqual([{ input: { personId: 'p1', personalIdentityNumber: '191212121212' } }]);
    const refusal = within(dialog()).getByTestId('person-data-refusal');
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(refusal.textContent).toContain(message);
    expect(field('Personnummer/samordningsnummer').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(field('Personnummer/samordningsnummer'))).toBe('Numret tillhör redan en annan person.');
    const link = within(refusal).getByRole('link', { name: 'Öppna den personen' });
    expect(link.getAttribute('href')).toBe('/personer/p7');
    await act(async () => {
      fireEvent.click(link);
    });
    expect(navigate).toHaveBeenCalledWith('/personer/p7');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the server’s problems next to their fields', async () => {
    const problems = [
      { field: 'firstName', reason: 'TOO_LONG', message: 'Förnamnet får vara högst 100 tecken.' },
      { field: 'migIndividualNumber', reason: 'FORMAT', message: 'MiG:s individnummer (dossiernummer) ska ha 7 eller 8 siffror.' },
    ];
    const { client } = mockClient({
      PersonCard: () => ({ data: { person: amina } }),
      UpdatePerson: () => ({
        error: new CombinedError({ graphQLErrors: [{ message: problems.map((p) => p.message).join(' '), extensions: { code: 'BAD_USER_INPUT', field: 'firstName', reason: 'TOO_LONG', problems } }] }),
      }),
    });
    renderCard(client);
    await openDialog();
    type('Förnamn', 'Amira');
    await save();
    expect(errorOf(field('Förnamn'))).toBe('Förnamnet får vara högst 100 tecken.');
    expect(document.activeElement).toBe(field('Förnamn'));
    expect(errorOf(field('Individnummer \\(MiG\\)'))).toBe('MiG:s individnummer (dossiernummer) ska ha 7 eller 8 siffror.');
    expect(within(dialog()).queryByTestId('person-data-refusal')).toBeNull();
  });

  it('shows a refusal that belongs to no field (here: the person was purged meanwhile) in the dialog', async () => {
    const { client } = mockClient({
      PersonCard: () => ({ data: { person: amina } }),
      UpdatePerson: () => ({ error: new CombinedError({ graphQLErrors: [{ message: 'Personens uppgifter är gallrade och kan inte ändras.', extensions: { code: 'CONFLICT', reason: 'PURGED' } }] }) }),
    });
    renderCard(client);
    await openDialog();
    type('Förnamn', 'Amira');
    await save();
    const refusal = within(dialog()).getByTestId('person-data-refusal');
    expect(refusal.textContent).toContain('Personens uppgifter är gallrade och kan inte ändras.');
    expect(within(refusal).queryByRole('link')).toBeNull();
  });

  it('asks before turning protected identity on, and sends it only when confirmed', async () => {
    const { client, calls } = mockClient({ PersonCard: () => ({ data: { person: amina } }), UpdatePerson: () => ({ data: { updatePerson: { ...amina, protectedIdentity: true } } }) });
    renderCard(client);
    await openDialog();
    await act(async () => {
      fireEvent.click(checkbox());
    });
    const confirm = screen.getByRole('alertdialog', { name: 'Markera skyddad identitet?' });
    expect(confirm.textContent).toContain('Amina Hassan markeras med skyddad identitet.');
    await press('Avbryt', confirm);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(checkbox().checked).toBe(false);

    await act(async () => {
      fireEvent.click(checkbox());
    });
    await press('Ja, markera skyddad identitet', screen.getByRole('alertdialog'));
    expect(checkbox().checked).toBe(true);
    await save();
    expect(calls('UpdatePerson')).toEqual([{ input: { personId: 'p1', protectedIdentity: true } }]);
  });

  it('asks before turning protected identity off', async () => {
    const { client, calls } = mockClient({ PersonCard: () => ({ data: { person: { ...amina, protectedIdentity: true } } }), UpdatePerson: () => ({ data: { updatePerson: amina } }) });
    renderCard(client);
    await openDialog();
    expect(checkbox().checked).toBe(true);
    await act(async () => {
      fireEvent.click(checkbox());
    });
    const confirm = screen.getByRole('alertdialog', { name: 'Ta bort skyddad identitet?' });
    expect(confirm.textContent).toContain('även handläggare i stadsdelen');
    await press('Ja, ta bort skyddad identitet', confirm);
    expect(checkbox().checked).toBe(false);
    await save();
    expect(calls('UpdatePerson')).toEqual([{ input: { personId: 'p1', protectedIdentity: false } }]);
  });

  it('is not offered to roles without the right to change a person', () => {
    for (const roles of [['ANALYST'], ['FINANCE_MANAGER'], ['SYSTEM_ADMIN'], ['DISTRICT_OFFICER']]) {
      const { client } = mockClient({ PersonCard: () => ({ data: { person: { ...amina, handlingHistory: undefined } } }) });
      const { unmount } = renderCard(client, roles);
      expect(screen.getByRole('heading', { level: 1, name: 'Amina Hassan' })).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Ändra personuppgifter' })).toBeNull();
      unmount();
    }
    const { client } = mockClient({ PersonCard: () => ({ data: { person: amina } }) });
    renderCard(client, ['ADMINISTRATOR']);
    expect(screen.getByRole('button', { name: 'Ändra personuppgifter' })).toBeTruthy();
  });

  it('is not offered for a purged person', () => {
    const purged: PersonCardPerson = { ...amina, fullName: 'Gallrad person', personalIdentityNumber: null, migIndividualNumber: null, birthDate: null, purgedAt: '2026-01-23T01:00:00Z' };
    const { client } = mockClient({ PersonCard: () => ({ data: { person: purged } }) });
    renderCard(client, ['COORDINATOR']);
    expect(screen.getByTestId('person-purged')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ändra personuppgifter' })).toBeNull();
  });
});
