import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { mockClient } from '@statsbidrag/ui/testing';
import { PersonCard } from './components/person-card.js';
import type { PersonCardPerson } from './graphql/person-card.query.js';

const rinkebyKista = { code: 'RK', name: 'Rinkeby-Kista', validFrom: '1997-01-01', validTo: '2023-06-30', successor: { code: 'JA', name: 'Järva', validFrom: '2023-07-01' } };
const jarva = { code: 'JA', name: 'Järva', validFrom: '2023-07-01', validTo: null, successor: null };

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
};

const navigate = jest.fn();

function renderCard(client: Client, id = 'p1') {
  return render(
    <Provider value={client}>
      <PersonCard id={id} navigate={navigate} roles={['COORDINATOR']} />
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
