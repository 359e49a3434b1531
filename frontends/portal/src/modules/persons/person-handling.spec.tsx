import { jest } from '@jest/globals';
import { todayForFilename } from '@statsbidrag/ui';
import { mockClient } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { PersonCard } from './components/person-card.js';
import type { PersonCardPerson, PersonHandling } from './graphql/person-card.query.js';

const today = todayForFilename();

const open: PersonCardPerson = {
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

const gska = { context: 'claims', caseId: 'c1', label: 'Återsökning GSKA 2026-01-01–2026-03-31', status: 'INITIERAD_AV_SDF', statusLabel: 'Initierad av SDF' };
const appeal = { context: 'appeals', caseId: 'a1', label: 'Överklagan AMN 2026/101', status: 'OVERKLAGAT', statusLabel: 'Överklagat' };

const navigate = jest.fn();

function renderCard(client: Client, roles: string[]) {
  return render(
    <Provider value={client}>
      <PersonCard id="p1" navigate={navigate} roles={roles} />
    </Provider>,
  );
}

const handling = () => screen.getByTestId('person-handling');
const dialog = () => screen.getByRole('dialog');

async function press(name: string | RegExp, within_: HTMLElement = document.body) {
  await act(async () => {
    fireEvent.click(within(within_).getByRole('button', { name }));
  });
}

async function chooseReason(label: string) {
  await act(async () => {
    fireEvent.click(within(screen.getByTestId('closure-reason')).getByRole('button'));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('option', { name: label }));
  });
}

function conflict(message: string, extensions: Record<string, unknown>) {
  return { error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'CONFLICT', ...extensions } }] }) };
}

beforeEach(() => {
  navigate.mockClear();
  window.history.replaceState(null, '', '/personer/p1');
});

describe('Avslut och gallring on the person card', () => {
  it('shows a closed person: reason, note, who closed, move-out, deactivation, purge date set by hand, open cases and history', () => {
    const closed: PersonCardPerson = {
      ...open,
      closedOn: '2026-03-01',
      closureReason: 'OVRIGT',
      closureReasonLabel: 'Övrigt',
      closureNote: 'Dubbelregistrerad',
      closedBy: 'samordnare',
      movedOutOn: '2026-02-15',
      personalDataDeactivatedOn: '2026-03-02',
      purgeOn: '2027-01-10',
      purgeOnSetManually: true,
      openCases: [{ ...gska, open: true, stateAt: '2026-02-01T09:00:00Z' }],
      handlingHistory: [{ id: 'h1', at: '2026-03-01T10:15:00Z', username: 'samordnare', action: 'CLOSED', actionLabel: 'Hanteringen avslutad', note: 'Dubbelregistrerad' }],
    };
    const { client, calls } = mockClient({ PersonCard: () => ({ data: { person: closed } }) });
    renderCard(client, ['COORDINATOR']);
    expect(calls('PersonCard')).toEqual([{ id: 'p1', withHistory: true }]);
    expect(within(handling()).getByRole('heading', { name: 'Avslut och gallring' })).toBeTruthy();
    expect(screen.getByTestId('handling-state').textContent).toBe('Avslutad 2026-03-01 – Övrigt');
    expect(screen.getByTestId('closure-note').textContent).toBe('Dubbelregistrerad');
    expect(screen.getByTestId('closed-by').textContent).toBe('samordnare');
    expect(screen.getByTestId('moved-out-on').textContent).toBe('2026-02-15');
    expect(screen.getByTestId('personal-data-state').textContent).toBe('Avaktualiserad 2026-03-02');
    expect(screen.getByTestId('purge-date').textContent).toBe('2027-01-10 (satt för hand)');
    const cases = screen.getByRole('grid', { name: 'Pågående ärenden' });
    expect(within(cases).getByTestId('open-case-label').textContent).toBe('Återsökning GSKA 2026-01-01–2026-03-31');
    expect(within(cases).getByTestId('open-case-status').textContent).toBe('Initierad av SDF');
    const history = screen.getByRole('grid', { name: 'Historik över personuppgifter, avslut och gallring' });
    expect(within(history).getByTestId('handling-history-action').textContent).toBe('Hanteringen avslutad');
    expect(within(history).getByTestId('handling-history-at').textContent).toBe('2026-03-01 11:15');
    // Closed: it can be reopened, not closed again.
    expect(within(handling()).getByRole('button', { name: 'Öppna igen' })).toBeTruthy();
    expect(within(handling()).queryByRole('button', { name: 'Avsluta hantering' })).toBeNull();
  });

  it('closes the handling: today by default, reason Avlidit, a confirmation, then the card shows Avslutad and the computed purge date', async () => {
    let person: PersonCardPerson = open;
    const { client, calls } = mockClient({
      PersonCard: () => ({ data: { person } }),
      ClosePersonHandling: (v) => {
        const input = (v as { input: { closedOn: string } }).input;
        const changed: PersonHandling = { ...open, closedOn: input.closedOn, closureReason: 'AVLIDIT', closureReasonLabel: 'Avlidit', closedBy: 'samordnare', purgeOn: '2099-01-01', purgeOnSetManually: false };
        person = { ...person, ...changed, handlingHistory: [{ id: 'h1', at: '2026-03-01T10:15:00Z', username: 'samordnare', action: 'CLOSED', actionLabel: 'Hanteringen avslutad', note: null }] };
        return { data: { closePersonHandling: changed } };
      },
    });
    renderCard(client, ['COORDINATOR']);
    expect(screen.getByTestId('handling-state').textContent).toBe('Pågår');
    expect(screen.getByText('Personen har inga pågående ärenden.')).toBeTruthy();

    await press('Avsluta hantering', handling());
    expect(within(dialog()).getByRole('heading', { name: 'Avsluta hantering' })).toBeTruthy();
    expect((within(dialog()).getByLabelText(/^Datum för avslut/) as HTMLInputElement).value).toBe(today);
    await chooseReason('Avlidit');
    await press('Avsluta hantering', dialog());
    // Nothing is sent before the user confirms.
    expect(calls('ClosePersonHandling')).toEqual([]);
    expect(screen.getByTestId('close-handling-confirm').textContent).toBe(`Avsluta hanteringen av statsbidrag för Amina Hassan ${today} med orsaken Avlidit?`);
    await press('Ja, avsluta hanteringen', dialog());

    expect(calls('ClosePersonHandling')).toEqual([{ input: { personId: 'p1', closedOn: today, reason: 'AVLIDIT', note: null } }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('handling-saved').textContent).toContain(`Hanteringen är avslutad ${today}.`);
    expect(calls('PersonCard')).toHaveLength(2);
    expect(screen.getByTestId('handling-state').textContent).toBe(`Avslutad ${today} – Avlidit`);
    expect(screen.getByTestId('purge-date').textContent).toBe('2099-01-01 (beräknat)');
    expect(within(screen.getByRole('grid', { name: 'Historik över personuppgifter, avslut och gallring' })).getByTestId('handling-history-action').textContent).toBe('Hanteringen avslutad');
  });

  it('shows the refusal and the open claims and appeals in the dialog when open cases stop the closure', async () => {
    const message =
      'Hanteringen kan inte avslutas: personen har 1 pågående återsökning och 1 pågående överklagan: Återsökning GSKA 2026-01-01–2026-03-31 (Initierad av SDF); Överklagan AMN 2026/101 (Överklagat).';
    const { client, calls } = mockClient({
      PersonCard: () => ({ data: { person: open } }),
      ClosePersonHandling: () => conflict(message, { reason: 'OPEN_CASES', openCases: [gska, appeal] }),
    });
    renderCard(client, ['ADMINISTRATOR']);
    await press('Avsluta hantering', handling());
    await chooseReason('Flyttat till annan kommun');
    await press('Avsluta hantering', dialog());
    await press('Ja, avsluta hanteringen', dialog());

    expect(calls('ClosePersonHandling')).toHaveLength(1);
    const refusal = within(dialog()).getByTestId('handling-refusal');
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(refusal.textContent).toContain('Hanteringen kan inte avslutas');
    expect(refusal.textContent).toContain(message);
    expect(within(refusal).getAllByTestId('refusing-case').map((li) => li.textContent)).toEqual([
      'Återsökning GSKA 2026-01-01–2026-03-31 – Initierad av SDF (Återsökning)',
      'Överklagan AMN 2026/101 – Överklagat (Överklagan)',
    ]);
    // The dialog stays open with the form, and the card still says Pågår.
    expect(within(dialog()).getByLabelText(/^Datum för avslut/)).toBeTruthy();
    expect(screen.getByTestId('handling-state').textContent).toBe('Pågår');
    expect(calls('PersonCard')).toHaveLength(1);
  });

  it('wants a note when the reason is Övrigt, and shows the server’s field errors next to the fields', async () => {
    const { client, calls } = mockClient({
      PersonCard: () => ({ data: { person: open } }),
      ClosePersonHandling: () => ({
        error: new CombinedError({ graphQLErrors: [{ message: 'Datum för avslut kan inte ligga i framtiden.', extensions: { code: 'BAD_USER_INPUT', field: 'closedOn', reason: 'IN_FUTURE' } }] }),
      }),
    });
    renderCard(client, ['COORDINATOR']);
    await press('Avsluta hantering', handling());
    await press('Avsluta hantering', dialog());
    const reasonError = within(dialog()).getByText('Välj en avslutsorsak.');
    const reasonButton = within(screen.getByTestId('closure-reason')).getByRole('button');
    expect(reasonButton.getAttribute('aria-describedby')?.split(' ')).toContain(reasonError.id);
    await chooseReason('Övrigt');
    expect(within(dialog()).queryByText('Välj en avslutsorsak.')).toBeNull();
    await press('Avsluta hantering', dialog());
    const note = within(dialog()).getByLabelText(/^Kommentar/);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog()).getByText('Beskriv orsaken när avslutsorsaken är Övrigt.')).toBeTruthy();
    expect(screen.queryByTestId('close-handling-confirm')).toBeNull();
    expect(calls('ClosePersonHandling')).toEqual([]);

    fireEvent.change(note, { target: { value: 'Dubbelregistrerad' } });
    await press('Avsluta hantering', dialog());
    await press('Ja, avsluta hanteringen', dialog());
    expect(calls('ClosePersonHandling')).toEqual([{ input: { personId: 'p1', closedOn: today, reason: 'OVRIGT', note: 'Dubbelregistrerad' } }]);
    const date = within(dialog()).getByLabelText(/^Datum för avslut/);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog()).getByText('Datum för avslut kan inte ligga i framtiden.')).toBeTruthy();
  });

  it('offers no actions and no history to an analyst or a district user', () => {
    for (const roles of [['ANALYST'], ['DISTRICT_OFFICER'], ['DISTRICT_CONTACT']]) {
      const { client, calls } = mockClient({ PersonCard: () => ({ data: { person: { ...open, handlingHistory: undefined } } }) });
      const { unmount } = renderCard(client, roles);
      expect(calls('PersonCard')).toEqual([{ id: 'p1', withHistory: false }]);
      expect(screen.getByTestId('handling-state').textContent).toBe('Pågår');
      expect(within(handling()).queryAllByRole('button')).toEqual([]);
      expect(screen.queryByRole('grid', { name: 'Historik över personuppgifter, avslut och gallring' })).toBeNull();
      unmount();
    }
  });

  it('offers the system administrator only the purge date, and sets it back to the computed date', async () => {
    let person: PersonCardPerson = { ...open, closedOn: '2026-03-01', closureReason: 'AVLIDIT', closureReasonLabel: 'Avlidit', purgeOn: '2099-12-31', purgeOnSetManually: true };
    const { client, calls } = mockClient({
      PersonCard: () => ({ data: { person } }),
      SetPurgeDate: () => {
        person = { ...person, purgeOn: '2026-03-22', purgeOnSetManually: false };
        return { data: { setPurgeDate: person } };
      },
    });
    renderCard(client, ['SYSTEM_ADMIN']);
    expect(calls('PersonCard')).toEqual([{ id: 'p1', withHistory: true }]);
    expect(within(handling()).getAllByRole('button').map((b) => b.textContent)).toEqual(['Ändra gallringsdatum']);
    await press('Ändra gallringsdatum', handling());
    expect((within(dialog()).getByLabelText(/^Nytt gallringsdatum/) as HTMLInputElement).value).toBe('2099-12-31');
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'Använd beräknat datum' }));
    await press('Spara gallringsdatum', dialog());
    expect(calls('SetPurgeDate')).toEqual([{ input: { personId: 'p1', purgeOn: null } }]);
    expect(screen.getByTestId('purge-date').textContent).toBe('2026-03-22 (beräknat)');
  });

  it('refuses a purge date before today without asking the server', async () => {
    const { client, calls } = mockClient({ PersonCard: () => ({ data: { person: open } }), SetPurgeDate: () => ({ data: { setPurgeDate: open } }) });
    renderCard(client, ['COORDINATOR']);
    await press('Ändra gallringsdatum', handling());
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'Sätt datum för hand' }));
    fireEvent.change(within(dialog()).getByLabelText(/^Nytt gallringsdatum/), { target: { value: '2000-01-01' } });
    await press('Spara gallringsdatum', dialog());
    expect(within(dialog()).getByText('Gallringsdatum kan inte ligga före dagens datum.')).toBeTruthy();
    expect(calls('SetPurgeDate')).toEqual([]);
  });

  it('asks before deactivating the personal data, and shows the open cases when refused', async () => {
    const { client, calls } = mockClient({
      PersonCard: () => ({ data: { person: open } }),
      DeactivatePersonalData: () => conflict('Personuppgiftshanteringen kan inte avaktualiseras: personen har 1 pågående återsökning: Återsökning GSKA 2026-01-01–2026-03-31 (Initierad av SDF).', { reason: 'OPEN_CASES', openCases: [gska] }),
    });
    renderCard(client, ['COORDINATOR']);
    await press('Avaktualisera personuppgiftshantering', handling());
    await press('Avaktualisera', dialog());
    expect(screen.getByTestId('deactivate-confirm').textContent).toBe(`Avaktualisera personuppgiftshanteringen för Amina Hassan från och med ${today}?`);
    expect(calls('DeactivatePersonalData')).toEqual([]);
    await press('Ja, avaktualisera', dialog());
    expect(calls('DeactivatePersonalData')).toEqual([{ input: { personId: 'p1', deactivatedOn: today } }]);
    expect(within(within(dialog()).getByTestId('handling-refusal')).getAllByTestId('refusing-case').map((li) => li.textContent)).toEqual([
      'Återsökning GSKA 2026-01-01–2026-03-31 – Initierad av SDF (Återsökning)',
    ]);
  });

  it('registers a move-out date and reopens a closed handling with a reason', async () => {
    let person: PersonCardPerson = { ...open, closedOn: '2026-03-01', closureReason: 'AVLIDIT', closureReasonLabel: 'Avlidit' };
    const { client, calls } = mockClient({
      PersonCard: () => ({ data: { person } }),
      RegisterMoveOut: (v) => {
        person = { ...person, movedOutOn: (v as { input: { movedOutOn: string } }).input.movedOutOn };
        return { data: { registerMoveOut: person } };
      },
      ReopenPersonHandling: () => {
        person = { ...person, closedOn: null, closureReason: null, closureReasonLabel: null };
        return { data: { reopenPersonHandling: person } };
      },
    });
    renderCard(client, ['ADMINISTRATOR']);
    await press('Registrera utflyttning', handling());
    fireEvent.change(within(dialog()).getByLabelText(/^Utflyttningsdatum/), { target: { value: '2999-01-01' } });
    await press('Spara utflyttning', dialog());
    expect(within(dialog()).getByText('Utflyttningsdatum kan inte vara ett datum i framtiden.')).toBeTruthy();
    expect(calls('RegisterMoveOut')).toEqual([]);
    fireEvent.change(within(dialog()).getByLabelText(/^Utflyttningsdatum/), { target: { value: '20260215' } });
    await press('Spara utflyttning', dialog());
    expect(calls('RegisterMoveOut')).toEqual([{ input: { personId: 'p1', movedOutOn: '2026-02-15' } }]);
    expect(screen.getByTestId('moved-out-on').textContent).toBe('2026-02-15');

    await press('Öppna igen', handling());
    await press('Öppna igen', dialog());
    expect(within(dialog()).getByText('Ange varför hanteringen öppnas igen.')).toBeTruthy();
    fireEvent.change(within(dialog()).getByLabelText(/^Orsak/), { target: { value: 'Avslutad av misstag' } });
    await press('Öppna igen', dialog());
    expect(calls('ReopenPersonHandling')).toEqual([{ input: { personId: 'p1', reason: 'Avslutad av misstag' } }]);
    expect(screen.getByTestId('handling-state').textContent).toBe('Pågår');
  });

  it('shows a purged person with a banner and without any action, even for a coordinator', () => {
    const purged: PersonCardPerson = {
      ...open,
      fullName: 'Gallrad person',
      personalIdentityNumber: null,
      migIndividualNumber: null,
      birthDate: null,
      closedOn: '2026-01-01',
      closureReason: 'AVLIDIT',
      closureReasonLabel: 'Avlidit',
      purgeOn: '2026-01-22',
      purgedAt: '2026-01-23T01:00:00Z',
    };
    const { client } = mockClient({ PersonCard: () => ({ data: { person: purged } }) });
    renderCard(client, ['COORDINATOR']);
    expect(screen.getByRole('heading', { level: 1, name: 'Gallrad person' })).toBeTruthy();
    expect(screen.getByTestId('person-purged').textContent).toContain('Gallrad 2026-01-23 02:00');
    expect(screen.getByTestId('personal-data-state').textContent).toBe('Gallrad');
    expect(within(handling()).queryAllByRole('button')).toEqual([]);
  });
});
