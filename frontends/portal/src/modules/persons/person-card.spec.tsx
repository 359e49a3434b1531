import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { mockClient } from '@statsbidrag/ui/testing';
import { PersonCard } from './components/person-card.js';
import type { PersonCardPerson } from './graphql/person-card.query.js';
import type { PersonFlatRateSchedule } from './graphql/person-flat-rate-schedule.fragment.js';

const rinkebyKista = { code: 'RK', name: 'Rinkeby-Kista', validFrom: '1997-01-01', validTo: '2023-06-30', successor: { code: 'JA', name: 'Järva', validFrom: '2023-07-01' } };
const jarva = { code: 'JA', name: 'Järva', validFrom: '2023-07-01', validTo: null, successor: null };

/** Nine instalments of 2 500 kr per 10 % (25 000 kr in all), the first two paid, plus an extra 10 % on a move. */
const schedule: PersonFlatRateSchedule = {
  personId: 'p1',
  receptionDate: '2024-01-15',
  registeredOn: '2024-02-28',
  district: { code: 'JA', name: 'Järva' },
  status: 'OPEN',
  statusLabel: 'Pågående',
  closedOn: null,
  closureReasonLabel: null,
  purgeOn: '2036-12-31',
  problem: null,
  instalments: [10, 10, 10, 10, 10, 10, 20, 10, 10].map((sharePercent, i) => ({
    number: i + 1,
    sharePercent,
    periodFrom: `2024-${String(i + 1).padStart(2, '0')}-01`,
    periodTo: `2024-${String(i + 1).padStart(2, '0')}-28`,
    dueMonth: `2024-${String(i + 2).padStart(2, '0')}`,
    ageBand: '20–64',
    expectedAmount: sharePercent * 25000,
    paidAmount: i < 2 ? sharePercent * 25000 : 0,
    paidOn: i < 2 ? `2024-${String(i + 2).padStart(2, '0')}-25` : null,
    status: i < 2 ? 'PAID' : 'UNPAID',
    statusLabel: i < 2 ? 'Betald' : 'Ej betald',
  })),
  extras: [{ amount: 250000, paymentDate: '2024-05-25', reason: 'EXTRA_MOVE', reasonLabel: 'Extra 10 % vid flytt' }],
  expectedTotal: 2500000,
  paidTotal: 750000,
  remaining: 2000000,
};

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
  district: jarva,
  addressStatus: 'OK',
  addressStatusLabel: 'Adress finns',
  registrations: [
    { id: 'r1', registeredAt: '2021-03-01', address: 'Rinkebystråket 1', postalCode: '163 71', district: { code: 'RK', name: 'Rinkeby-Kista' }, source: 'SEED' },
    { id: 'r2', registeredAt: '2024-02-15', address: 'Kista allé 5', postalCode: '164 40', district: { code: 'JA', name: 'Järva' }, source: 'EPS' },
  ],
  claims: [
    {
      id: 'c1',
      status: 'BESLUTAD',
      statusLabel: 'Beslutad',
      amount: 123456,
      periodFrom: '2024-01-01',
      periodTo: '2024-03-31',
      claimType: { code: 'EKB', name: 'Ensamkommande barn' },
      district: { code: 'JA', name: 'Järva' },
    },
  ],
  flatRates: [{ id: 'f1', kind: 'INITIAL_COST', kindLabel: 'Schablon för initiala kostnader', compensationCode: 'NSCH', amount: 1500000, paymentDate: '2024-02-28' }],
  flatRateSchedule: schedule,
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

const hidden: PersonCardPerson = {
  ...amina,
  id: 'p2',
  fullName: 'Skyddad Person',
  personalIdentityNumber: null,
  birthDate: null,
  protectedIdentity: true,
  district: null,
  addressStatus: 'MISSING_ADDRESS',
  addressStatusLabel: 'Adress saknas',
  registrations: [],
  claims: [],
  flatRates: [],
  flatRateSchedule: null,
};

const navigate = jest.fn();

/** Text with non-breaking spaces (Swedish number grouping) as plain spaces. */
const plain = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

function renderCard(client: Client, id = 'p1', roles: readonly string[] = ['COORDINATOR']) {
  return render(
    <Provider value={client}>
      <PersonCard id={id} navigate={navigate} roles={roles} />
    </Provider>,
  );
}

beforeEach(() => {
  navigate.mockClear();
  window.history.replaceState(null, '', '/personer/p1');
});

describe('Personkort', () => {
  it('shows identifiers, district, population-registration history newest first, claims and flat rates', () => {
    const { client, calls } = mockClient({ PersonCard: () => ({ data: { person: amina } }) });
    renderCard(client);
    expect(calls('PersonCard')).toEqual([{ id: 'p1', withHistory: true }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Amina Hassan' })).toBeTruthy();
    expect(screen.getByTestId('person-identity').textContent).toBe('19900517-2383');
    expect(screen.getByText('Personnummer')).toBeTruthy();
    expect(screen.getByTestId('person-mig').textContent).toBe('1234567');
    expect(screen.getByTestId('person-district').textContent).toBe('Järva');
    expect(screen.queryByTestId('protected-identity')).toBeNull();

    const history = screen.getByRole('grid', { name: 'Folkbokföringshistorik' });
    expect(within(history).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[↕▲▼]/g, ''))).toEqual(['Datum', 'Adress', 'Postnummer', 'Stadsdel', 'Källa']);
    expect(screen.getAllByTestId('registration-date').map((c) => c.textContent)).toEqual(['2024-02-15', '2021-03-01']);
    expect(screen.getAllByTestId('registration-address').map((c) => c.textContent)).toEqual(['Kista allé 5', 'Rinkebystråket 1']);
    expect(screen.getAllByTestId('registration-postal-code').map((c) => c.textContent)).toEqual(['164 40', '163 71']);
    expect(screen.getAllByTestId('registration-district').map((c) => c.textContent)).toEqual(['Järva', 'Rinkeby-Kista']);
    expect(screen.getAllByTestId('registration-source').map((c) => c.textContent)).toEqual(['EPS', 'Grunddata']);

    const claims = screen.getByRole('grid', { name: 'Personens återsökningar' });
    expect(within(claims).getByTestId('person-claim-type').textContent).toBe('Ensamkommande barn (EKB)');
    expect(within(claims).getByTestId('person-claim-amount').textContent).toBe('1\u00a0234,56\u00a0kr');
    const flatRates = screen.getByRole('grid', { name: 'Personens schablonersättningar' });
    expect(within(flatRates).getByTestId('flat-rate-kind').textContent).toBe('Schablon för initiala kostnader');
    expect(within(flatRates).getByTestId('flat-rate-amount').textContent).toBe('15\u00a0000,00\u00a0kr');
  });

  it('shows the generalschablon plan: facts, the nine instalments with a sum row, extra payments and what remains', () => {
    const { client } = mockClient({ PersonCard: () => ({ data: { person: amina } }) });
    renderCard(client);
    const section = within(screen.getByTestId('flat-rate-schedule'));
    expect(section.getByRole('heading', { level: 2, name: 'Generalschablon' })).toBeTruthy();
    expect(section.getByTestId('flat-rate-schedule-reception').textContent).toBe('2024-01-15');
    expect(section.getByTestId('flat-rate-schedule-district').textContent).toBe('Järva');
    expect(section.getByTestId('flat-rate-schedule-status').textContent).toContain('Pågående');
    expect(section.getByTestId('flat-rate-schedule-closed').textContent).toBe('Nej, ärendet pågår');
    expect(section.getByTestId('flat-rate-schedule-purge').textContent).toBe('2036-12-31');

    const table = within(section.getByRole('grid', { name: 'Generalschablonens delbetalningar' }));
    expect(table.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Nr', 'Andel', 'Period', 'Utbetalningsmånad', 'Åldersgrupp', 'Förväntat', 'Utbetalt', 'Status']);
    const rows = table.getAllByTestId('schedule-instalment-row').map((r) => [...r.querySelectorAll('th, td')].map((c) => plain(c).replace('✓', '')));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual(['1', '10 %', '2024-01-01 – 2024-01-28', '2024-02', '20–64', '2 500,00 kr', '2 500,00 kr (2024-02-25)', 'Betald']);
    expect(rows[6]).toEqual(['7', '20 %', '2024-07-01 – 2024-07-28', '2024-08', '20–64', '5 000,00 kr', '0,00 kr', 'Ej betald']);
    expect(rows.map((r) => r[7])).toEqual(['Betald', 'Betald', ...Array(7).fill('Ej betald'), '']);
    expect(rows[9]).toEqual(['Summa', '100 %', '', '', '', '25 000,00 kr', '5 000,00 kr', '']);

    expect(plain(section.getByTestId('flat-rate-schedule-extras'))).toBe('2024-05-25 Extra 10 % vid flytt: 2 500,00 kr');
    expect(plain(section.getByTestId('flat-rate-schedule-expected'))).toBe('25 000,00 kr');
    expect(plain(section.getByTestId('flat-rate-schedule-paid'))).toBe('7 500,00 kr');
    expect(plain(section.getByTestId('flat-rate-schedule-remaining'))).toBe('20 000,00 kr');

    const link = section.getByRole('link', { name: 'Personer med schablon' });
    expect(link.getAttribute('href')).toBe('/schabloner/personer');
    fireEvent.click(link);
    expect(navigate).toHaveBeenCalledWith('/schabloner/personer');
  });

  it('shows a closed plan with its reason, and no link to closing for a role that cannot close it', () => {
    const closed: PersonFlatRateSchedule = {
      ...schedule,
      status: 'CLOSED',
      statusLabel: 'Avslutad',
      closedOn: '2024-06-30',
      closureReasonLabel: 'Flyttat',
      district: null,
      instalments: schedule.instalments.map((i) => (i.number > 6 ? { ...i, status: 'CLEARED', statusLabel: 'Avräknad' } : i)),
    };
    const { client } = mockClient({ PersonCard: () => ({ data: { person: { ...amina, flatRateSchedule: closed } } }) });
    renderCard(client, 'p1', ['FINANCE_MANAGER']);
    const section = within(screen.getByTestId('flat-rate-schedule'));
    expect(section.getByTestId('flat-rate-schedule-status').textContent).toContain('Avslutad');
    expect(section.getByTestId('flat-rate-schedule-closed').textContent).toBe('2024-06-30 (Flyttat)');
    expect(section.getByTestId('flat-rate-schedule-district').textContent).toBe('AmF:s intäkt (ingen adress vid registreringen)');
    expect(section.getAllByTestId('schedule-instalment-status').map((c) => c.textContent?.replace('✓', ''))).toEqual(['Betald', 'Betald', 'Ej betald', 'Ej betald', 'Ej betald', 'Ej betald', 'Avräknad', 'Avräknad', 'Avräknad', '']);
    expect(section.queryByRole('link', { name: 'Personer med schablon' })).toBeNull();
  });

  it('says when the plan cannot be computed', () => {
    const { client } = mockClient({ PersonCard: () => ({ data: { person: { ...amina, flatRateSchedule: { ...schedule, instalments: [], problem: 'Födelsedatum saknas.' } } } }) });
    renderCard(client);
    expect(screen.getByTestId('flat-rate-schedule-problem').textContent).toContain('Födelsedatum saknas.');
    expect(screen.getByText('Delbetalningarna kan inte beräknas.')).toBeTruthy();
    expect(screen.queryAllByTestId('schedule-instalment-row')).toEqual([]);
  });

  it('shows a protected person with a banner and without personnummer', () => {
    const { client } = mockClient({ PersonCard: () => ({ data: { person: hidden } }) });
    renderCard(client, 'p2');
    expect(screen.getByTestId('protected-identity').textContent).toContain('Skyddad identitet');
    expect(screen.getByTestId('person-identity').textContent).toBe('Skyddad identitet');
    expect(screen.getByTestId('person-mig').textContent).toBe('1234567');
    expect(document.body.textContent).not.toMatch(/\d{8}-\d{4}/);
    expect(screen.getByText('Adress saknas')).toBeTruthy();
    expect(screen.getByText('Det finns ingen folkbokföringsadress registrerad för personen.')).toBeTruthy();
    expect(screen.getByText('Personen har inga återsökningar som du får se.')).toBeTruthy();
    expect(screen.getByTestId('flat-rate-schedule-none').textContent).toBe('Ingen generalschablon registrerad.');
    expect(screen.queryByRole('grid', { name: 'Generalschablonens delbetalningar' })).toBeNull();
  });

  it('asks for the district on the chosen date', async () => {
    const { client, calls } = mockClient({
      PersonCard: () => ({ data: { person: amina } }),
      PersonDistrictOn: (v) => ({ data: { person: { id: 'p1', districtOn: v.date === '2023-01-15' ? rinkebyKista : jarva } } }),
    });
    renderCard(client);
    const field = screen.getByLabelText(/^Datum/);
    fireEvent.change(field, { target: { value: '2023-02-30' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Visa stadsdel' }));
    });
    expect(screen.getByText('2023-02-30 är inget giltigt datum. Skriv datum som ÅÅÅÅ-MM-DD.')).toBeTruthy();
    expect(calls('PersonDistrictOn')).toEqual([]);

    fireEvent.change(field, { target: { value: '2023-01-15' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Visa stadsdel' }));
    });
    expect(calls('PersonDistrictOn')).toEqual([{ id: 'p1', date: '2023-01-15' }]);
    expect(screen.getByTestId('district-on-result').textContent).toBe('Stadsdel 2023-01-15: Rinkeby-Kista (sedan 2023-07-01: Järva)');
  });

  it('says when the person does not exist or is outside the viewer’s districts', () => {
    const { client } = mockClient({ PersonCard: () => ({ data: { person: null } }) });
    renderCard(client, 'okand');
    expect(screen.getByTestId('person-not-found').textContent).toContain('Personen finns inte eller hör inte till dina stadsdelar');
  });

  it('links back to the search it came from', () => {
    window.history.replaceState(null, '', '/personer/p1?q=hassan');
    const { client } = mockClient({ PersonCard: () => ({ data: { person: amina } }) });
    renderCard(client);
    const back = screen.getByRole('link', { name: /Tillbaka till sökresultatet/ });
    expect(back.getAttribute('href')).toBe('/personer?q=hassan');
    fireEvent.click(back);
    expect(navigate).toHaveBeenCalledWith('/personer?q=hassan');
  });
});
