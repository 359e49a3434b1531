import { jest } from '@jest/globals';
import { navigateToUrl } from '@statsbidrag/ui/host';
import { mockClient } from '@statsbidrag/ui/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { PersonCardPage } from './components/person-card-page.js';
import type { SdfFlatRateSchedule } from './graphql/flat-rate-schedule.fragment.js';
import type { SdfPerson } from './graphql/person.query.js';

/** Nine instalments of 2 500 kr per 10 % (25 000 kr in all), the first three paid, the third short. */
const schedule: SdfFlatRateSchedule = {
  personId: 'p2',
  receptionDate: '2024-03-01',
  registeredOn: '2024-04-25',
  district: { code: 'JARVA', name: 'Järva' },
  status: 'OPEN',
  statusLabel: 'Pågående',
  closedOn: null,
  closureReasonLabel: null,
  purgeOn: '2036-12-31',
  problem: null,
  instalments: [10, 10, 10, 10, 10, 10, 20, 10, 10].map((sharePercent, i) => ({
    number: i + 1,
    sharePercent,
    periodFrom: `2024-${String(i + 3).padStart(2, '0')}-01`,
    periodTo: `2024-${String(i + 3).padStart(2, '0')}-30`,
    dueMonth: `2024-${String(i + 4).padStart(2, '0')}`,
    ageBand: '20–64',
    expectedAmount: sharePercent * 25000,
    paidAmount: i < 2 ? 250000 : i === 2 ? 200000 : 0,
    paidOn: i < 3 ? `2024-${String(i + 4).padStart(2, '0')}-25` : null,
    status: i < 2 ? 'PAID' : i === 2 ? 'SHORT' : 'UNPAID',
    statusLabel: i < 2 ? 'Betald' : i === 2 ? 'Delvis betald' : 'Ej betald',
  })),
  extras: [],
  expectedTotal: 2500000,
  paidTotal: 700000,
  remaining: 1800000,
};

const yusuf: SdfPerson = {
  id: 'p2',
  fullName: 'Yusuf Ali',
  personalIdentityNumber: '198203611234',
  isCoordinationNumber: true,
  migIndividualNumber: '9000002',
  birthDate: '1982-03-01',
  protectedIdentity: false,
  addressStatus: 'OK',
  addressStatusLabel: 'Adress finns',
  district: { code: 'JARVA', name: 'Järva' },
  registrations: [
    { id: 'r1', registeredAt: '2019-04-01', address: 'Demovägen 2', postalCode: '121 11', district: { code: 'RINKEBY_KISTA', name: 'Rinkeby-Kista' } },
    { id: 'r2', registeredAt: '2024-02-01', address: 'Exempelgatan 12', postalCode: '163 70', district: { code: 'JARVA', name: 'Järva' } },
  ],
  closedOn: null,
  closureReasonLabel: null,
  movedOutOn: null,
  purgeOn: null,
  purgedAt: null,
  openCases: [{ context: 'claims', caseId: 'c1', label: 'Återsökning GSKA 2025-01-01–2025-03-31', statusLabel: 'Inskickad till MiG' }],
  claims: [
    { id: 'c1', status: 'ATERSOKNING_INSKICKAD_MIG', statusLabel: 'Inskickad till MiG', amount: 1234567, periodFrom: '2025-01-01', periodTo: '2025-03-31', claimType: { code: 'GSKA', name: 'Grundskola – asyl' } },
    { id: 'c2', status: 'UTBETALD', statusLabel: 'Utbetald', amount: 50000, periodFrom: '2024-07-01', periodTo: '2024-09-30', claimType: { code: 'BIF', name: 'Barn i familj' } },
  ],
  flatRateSchedule: schedule,
};

const navigate = jest.fn((url: string) => navigateToUrl(url, () => undefined));

function renderCard(answer: () => object, id = 'p2') {
  const mock = mockClient({ SdfPerson: answer });
  render(
    <Provider value={mock.client as Client}>
      <PersonCardPage id={id} navigate={navigate} />
    </Provider>,
  );
  return mock;
}

/** Text with non-breaking spaces (Swedish number grouping) as plain spaces. */
const plain = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

const cells = (testId: string) => screen.getAllByTestId(testId).map((c) => c.textContent);

/** The value next to a term in a fact list. */
function fact(term: string): string | null | undefined {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

beforeEach(() => {
  navigate.mockClear();
  window.history.replaceState(null, '', '/personer/p2?q=820361-1234');
});

describe('SDF personkort', () => {
  it('shows identity, district, registration history (newest first), open cases and claims in kronor', () => {
    const { calls } = renderCard(() => ({ data: { person: yusuf } }));
    expect(calls('SdfPerson')).toEqual([{ id: 'p2' }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Yusuf Ali' })).toBeTruthy();
    expect(fact('Samordningsnummer')).toBe('19820361-1234');
    expect(fact('MiG individnummer')).toBe('9000002');
    expect(fact('Födelsedatum')).toBe('1982-03-01');
    expect(fact('Stadsdel')).toBe('Järva');
    expect(fact('Adressläge')).toBe('Adress finns');
    expect(fact('Avslutad')).toBe('Nej, hanteringen pågår');

    const registrations = within(screen.getByRole('grid', { name: 'Folkbokföringshistorik' }));
    expect(registrations.getAllByTestId('registration-date').map((c) => c.textContent)).toEqual(['2024-02-01', '2019-04-01']);
    expect(registrations.getAllByTestId('registration-address').map((c) => c.textContent)).toEqual(['Exempelgatan 12', 'Demovägen 2']);
    expect(registrations.getAllByTestId('registration-district').map((c) => c.textContent)).toEqual(['Järva', 'Rinkeby-Kista']);

    const cases = within(screen.getByRole('grid', { name: 'Pågående ärenden' }));
    expect(cases.getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Återsökning GSKA 2025-01-01–2025-03-31', 'Återsökning', 'Inskickad till MiG'],
    ]);

    const claims = within(screen.getByRole('grid', { name: 'Personens återsökningar' }));
    expect(claims.getAllByTestId('person-claim-type').map((c) => c.textContent)).toEqual(['Grundskola – asyl (GSKA)', 'Barn i familj (BIF)']);
    expect(claims.getAllByTestId('person-claim-amount').map((c) => c.textContent?.replace(/\s/g, ' '))).toEqual(['12 345,67 kr', '500,00 kr']);
    expect(claims.getAllByTestId('person-claim-period').map((c) => c.textContent)).toEqual(['2025-01-01 – 2025-03-31', '2024-07-01 – 2024-09-30']);
    expect(claims.getAllByTestId('person-claim-status').map((c) => c.textContent)).toEqual(['Inskickad till MiG', 'Utbetald']);
    expect(screen.queryByTestId('person-purged')).toBeNull();
  });

  it('shows the generalschablon plan read-only: the nine instalments with a sum row and what remains', () => {
    renderCard(() => ({ data: { person: yusuf } }));
    const section = within(screen.getByTestId('flat-rate-schedule'));
    expect(section.getByRole('heading', { level: 2, name: 'Generalschablon' })).toBeTruthy();
    expect(fact('Mottagningsdatum')).toBe('2024-03-01');
    expect(fact('Stadsdel som bär schablonen')).toBe('Järva');
    expect(fact('Registrerad')).toBe('2024-04-25');
    expect(fact('Schablonen avslutad')).toBe('Nej, ärendet pågår');
    expect(fact('Schablonens gallringsdatum')).toBe('2036-12-31');

    const table = within(section.getByRole('grid', { name: 'Generalschablonens delbetalningar' }));
    expect(table.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Nr', 'Andel', 'Period', 'Utbetalningsmånad', 'Åldersgrupp', 'Förväntat', 'Utbetalt', 'Status']);
    const rows = table.getAllByTestId('schedule-instalment-row').map((r) => [...r.querySelectorAll('th, td')].map((c) => plain(c).replace(/[✓⚠]/, '')));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual(['1', '10 %', '2024-03-01 – 2024-03-30', '2024-04', '20–64', '2 500,00 kr', '2 500,00 kr (2024-04-25)', 'Betald']);
    expect(rows[2]).toEqual(['3', '10 %', '2024-05-01 – 2024-05-30', '2024-06', '20–64', '2 500,00 kr', '2 000,00 kr (2024-06-25)', 'Delvis betald']);
    expect(rows.map((r) => r[7])).toEqual(['Betald', 'Betald', 'Delvis betald', ...Array(6).fill('Ej betald'), '']);
    expect(rows[9]).toEqual(['Summa', '100 %', '', '', '', '25 000,00 kr', '7 000,00 kr', '']);
    expect(section.getByText('Inga övriga utbetalningar.')).toBeTruthy();
    expect(plain(section.getByTestId('flat-rate-schedule-remaining'))).toBe('18 000,00 kr');
    // Read-only: nothing to close or change, and no way to the AmF screens.
    expect(section.queryByRole('button')).toBeNull();
    expect(section.queryByRole('link')).toBeNull();
  });

  it('says when there is no generalschablon for the user’s district', () => {
    renderCard(() => ({ data: { person: { ...yusuf, flatRateSchedule: null } } }));
    expect(screen.getByTestId('flat-rate-schedule-none').textContent).toBe('Ingen generalschablon registrerad för din stadsdel.');
    expect(screen.queryByRole('grid', { name: 'Generalschablonens delbetalningar' })).toBeNull();
  });

  it('leads back to the same search', () => {
    renderCard(() => ({ data: { person: yusuf } }));
    const back = screen.getByRole('link', { name: /Tillbaka till sökningen/ });
    expect(back.getAttribute('href')).toBe('/personer?q=820361-1234');
    fireEvent.click(back);
    expect(navigate).toHaveBeenLastCalledWith('/personer?q=820361-1234');
  });

  it('shows the closure, move-out and purge date, and the "Gallrad" banner for a purged person', () => {
    const purged: SdfPerson = {
      ...yusuf,
      closedOn: '2025-03-31',
      closureReasonLabel: 'Flyttat till annan kommun',
      movedOutOn: '2025-03-15',
      purgeOn: '2025-06-30',
      purgedAt: '2025-07-01T08:30:00Z',
      openCases: [],
      registrations: [],
    };
    renderCard(() => ({ data: { person: purged } }));
    expect(screen.getByTestId('person-purged').textContent).toContain('Gallrad 2025-07-01 10:30');
    expect(fact('Avslutad')).toBe('2025-03-31 (Flyttat till annan kommun)');
    expect(fact('Utflyttning')).toBe('2025-03-15');
    expect(fact('Gallringsdatum')).toBe('2025-06-30');
    expect(screen.getByText('Personen har inga pågående ärenden.')).toBeTruthy();
    expect(screen.getByText('Det finns ingen folkbokföring registrerad för personen.')).toBeTruthy();
  });

  it('shows only the MiG individnummer of a protected person', () => {
    const hidden: SdfPerson = {
      ...yusuf,
      // Even if a name, number, birth date or address came along, the card does not show it.
      fullName: 'Hemlig Person',
      personalIdentityNumber: '196002011234',
      birthDate: '1960-02-01',
      migIndividualNumber: '9000151',
      protectedIdentity: true,
    };
    renderCard(() => ({ data: { person: hidden } }));
    expect(screen.getByRole('heading', { level: 1, name: 'Skyddad identitet' })).toBeTruthy();
    expect(screen.getByTestId('protected-identity').textContent).toContain('Endast MiG individnummer visas.');
    expect(fact('Personnummer/samordningsnummer')).toBe('Skyddad identitet');
    expect(fact('MiG individnummer')).toBe('9000151');
    expect(screen.queryByText('Födelsedatum', { selector: 'dt' })).toBeNull();
    expect(cells('registration-address')).toEqual(['–saknas', '–saknas']);
    expect(screen.queryByText(/Hemlig|1960|Exempelgatan|Demovägen/)).toBeNull();
  });

  it('says that a person outside the district does not exist for the user', () => {
    renderCard(() => ({ data: { person: null } }), 'other');
    expect(screen.getByTestId('person-not-found').textContent).toContain('Personen finns inte eller hör inte till din stadsdel.');
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByRole('link', { name: /Tillbaka till sökningen/ })).toBeTruthy();
  });

  it('shows the error when the person cannot be fetched', () => {
    renderCard(() => ({ error: new CombinedError({ networkError: new Error('fetch failed') }) }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Personen kunde inte hämtas');
    expect(alert.textContent).toContain('Personregistret svarar inte just nu. Försök igen om en stund.');
  });

  it('shows the person and warns when the claims could not be fetched', () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Återsökningarna kunde inte hämtas.', path: ['person', 'claims'] }] });
    renderCard(() => ({ data: { person: { ...yusuf, claims: [] } }, error }));
    expect(screen.getByRole('heading', { level: 1, name: 'Yusuf Ali' })).toBeTruthy();
    expect(screen.getByTestId('person-partial-error').textContent).toContain('Återsökningarna kunde inte hämtas.');
  });
});
