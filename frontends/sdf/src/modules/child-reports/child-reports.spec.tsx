import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { mockClient } from '@statsbidrag/ui/testing';
import { ChildReportsPage } from './child-reports-page.js';
import type { SdfChildReport } from './child-reports.graphql.js';

const viewer = { districts: [{ code: 'RK', name: 'Rinkeby-Kista' }] };
const existing: SdfChildReport = {
  id: 'c1',
  fullName: 'Amir Ali',
  birthDate: '2012-03-04',
  statusLabel: 'Inkommen uppgift om ansvar för asylbarn',
  createdAt: '2025-02-01T09:00:00Z',
  officerUsername: 'olle',
  handledBy: null,
};

function setup(reportAnswer: () => object = () => ({ data: { reportChildResponsibility: { ...existing, id: 'c2', fullName: 'Sara Noor' } } })) {
  const mock = mockClient({
    SdfChildResponsibilityReports: () => ({ data: { childResponsibilityReports: { totalCount: 1, edges: [{ node: existing }] } } }),
    SdfDistrictUnits: () => ({ data: { districts: [{ code: 'RK', name: 'Rinkeby-Kista', units: [{ code: 'RK1', name: 'Socialtjänst barn' }] }] } }),
    ReportChildResponsibility: reportAnswer,
  });
  render(
    <Provider value={mock.client as Client}>
      <ChildReportsPage viewer={viewer} />
    </Provider>,
  );
  return mock;
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Skicka anmälan' }));
  });
}

describe('SDF barnanmälningar', () => {
  it("lists the district's reports", async () => {
    const { calls } = setup();
    expect((await screen.findAllByTestId('child-report-name')).map((c) => c.textContent)).toEqual(['Amir Ali']);
    expect(calls('SdfChildResponsibilityReports')[0]).toEqual({ filter: { districtCode: 'RK' }, first: 200 });
  });

  it("sends the typed values with the user's district, confirms and refreshes the list", async () => {
    const { calls } = setup();
    type('Barnets förnamn', ' Sara ');
    type('Barnets efternamn', 'Noor');
    type('Födelsedatum', '20150607');
    type('MiG individnummer', '1234567');
    type('Fråga till Statsbidragsgruppen', 'Gäller ersättning från start?');
    await submit();
    expect(calls('ReportChildResponsibility')).toEqual([
      { input: { districtCode: 'RK', firstName: 'Sara', lastName: 'Noor', birthDate: '2015-06-07', migIndividualNumber: '1234567', question: 'Gäller ersättning från start?' } },
    ]);
    expect((await screen.findByTestId('child-report-success')).textContent).toContain('Anmälan är skickad till Statsbidragsgruppen.');
    await waitFor(() => expect(calls('SdfChildResponsibilityReports').length).toBeGreaterThan(1));
  });

  it('checks the birth date in the browser', async () => {
    const { calls } = setup();
    type('Barnets förnamn', 'Sara');
    type('Barnets efternamn', 'Noor');
    type('Födelsedatum', '2015-13-40');
    await submit();
    expect(screen.getByText('2015-13-40 är inget giltigt datum. Skriv födelsedatum som ÅÅÅÅ-MM-DD.')).toBeTruthy();
    type('Födelsedatum', '7 juni');
    await submit();
    expect(screen.getByText('Skriv födelsedatum som ÅÅÅÅ-MM-DD, till exempel 1990-05-17.')).toBeTruthy();
    expect(calls('ReportChildResponsibility')).toEqual([]);
  });

  it("shows the server's field error on the field", async () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Individnumret finns redan i en annan anmälan.', extensions: { code: 'BAD_USER_INPUT', field: 'migIndividualNumber' } }] });
    setup(() => ({ error }));
    type('Barnets förnamn', 'Sara');
    type('Barnets efternamn', 'Noor');
    type('Födelsedatum', '2015-06-07');
    type('MiG individnummer', '12345678');
    await submit();
    const field = screen.getByLabelText('MiG individnummer', { exact: false });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Individnumret finns redan i en annan anmälan.')).toBeTruthy();
    expect(screen.queryByTestId('child-report-success')).toBeNull();
  });
});
