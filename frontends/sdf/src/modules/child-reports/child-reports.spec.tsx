import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { never } from 'wonka';
import { ChildReportsPage } from './child-reports-page.js';
import type { SdfChildReport } from './child-reports.graphql.js';

const viewer = { districts: [{ code: 'RK', name: 'Rinkeby-Kista' }], roles: ['DISTRICT_OFFICER'] };
const existing: SdfChildReport = {
  id: 'c1',
  unitCode: 'RK1',
  firstName: 'Amir',
  lastName: 'Ali',
  fullName: 'Amir Ali',
  birthDate: '2012-03-04',
  migIndividualNumber: '1234567',
  question: null,
  statusLabel: 'Inkommen uppgift om ansvar för asylbarn',
  createdAt: '2025-02-01T09:00:00Z',
  officerUsername: 'olle',
  handledBy: null,
};

function setup(reportAnswer: () => object = () => ({ data: { reportChildResponsibility: { ...existing, id: 'c2', fullName: 'Sara Noor' } } }), more: Handlers = {}, who = viewer) {
  const mock = mockClient({
    SdfChildResponsibilityReports: () => ({ data: { childResponsibilityReports: { totalCount: 1, edges: [{ node: existing }] } } }),
    SdfDistrictUnits: () => ({ data: { districts: [{ code: 'RK', name: 'Rinkeby-Kista', units: [{ code: 'RK1', name: 'Socialtjänst barn' }, { code: 'RK2', name: 'Familjehem' }] }] } }),
    ReportChildResponsibility: reportAnswer,
    ...more,
  });
  render(
    <Provider value={mock.client as Client}>
      <ChildReportsPage viewer={who} />
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

describe('SDF barnanmälningar: ändra uppgifter', () => {
  const updated = (input: Record<string, unknown>) => ({ data: { updateChildReport: { ...existing, ...input, fullName: `${String(input.firstName)} ${String(input.lastName)}` } } });

  async function openEdit() {
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Ändra uppgifter för Amir Ali' }));
    });
    return screen.getByRole('dialog', { name: 'Ändra uppgifter: Amir Ali' });
  }

  function change(dialog: HTMLElement, label: string, value: string) {
    fireEvent.change(within(dialog).getByLabelText(label, { exact: false }), { target: { value } });
  }

  async function save(dialog: HTMLElement) {
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    });
  }

  it('pre-fills the dialog, sends every editable field, confirms and refreshes the list', async () => {
    const { calls } = setup(undefined, { UpdateChildReport: ({ input }) => updated(input as Record<string, unknown>) });
    const dialog = await openEdit();
    expect((within(dialog).getByLabelText('Barnets förnamn', { exact: false }) as HTMLInputElement).value).toBe('Amir');
    expect((within(dialog).getByLabelText('Födelsedatum', { exact: false }) as HTMLInputElement).value).toBe('2012-03-04');
    expect((within(dialog).getByLabelText('MiG individnummer', { exact: false }) as HTMLInputElement).value).toBe('1234567');
    expect(within(dialog).getByRole('button', { name: /Enhet/ }).textContent).toContain('Socialtjänst barn');
    change(dialog, 'Barnets förnamn', ' Amira ');
    change(dialog, 'Födelsedatum', '20120403');
    change(dialog, 'Fråga till Statsbidragsgruppen', 'Stämmer datumet nu?');
    await save(dialog);
    expect(calls('UpdateChildReport')).toEqual([
      {
        input: {
          id: 'c1',
          unitCode: 'RK1',
          officerUsername: 'olle',
          firstName: 'Amira',
          lastName: 'Ali',
          birthDate: '2012-04-03',
          migIndividualNumber: '1234567',
          question: 'Stämmer datumet nu?',
        },
      },
    ]);
    expect((await screen.findByTestId('child-report-edit-success')).textContent).toBe('Uppgifterna är sparade. Kontaktpersonen har aviserats.');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(calls('SdfChildResponsibilityReports').length).toBeGreaterThan(1));
  });

  it('sends an emptied optional field as empty', async () => {
    const { calls } = setup(undefined, { UpdateChildReport: ({ input }) => updated(input as Record<string, unknown>) });
    const dialog = await openEdit();
    change(dialog, 'MiG individnummer', '  ');
    await save(dialog);
    expect(calls('UpdateChildReport')).toEqual([
      { input: { id: 'c1', unitCode: 'RK1', officerUsername: 'olle', firstName: 'Amir', lastName: 'Ali', birthDate: '2012-03-04', migIndividualNumber: null, question: null } },
    ]);
  });

  it('moves the report to another unit of the district', async () => {
    const { calls } = setup(undefined, { UpdateChildReport: ({ input }) => updated(input as Record<string, unknown>) });
    const dialog = await openEdit();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: /Enhet/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: 'Familjehem' }));
    });
    await save(dialog);
    expect(calls('UpdateChildReport')).toEqual([
      { input: { id: 'c1', unitCode: 'RK2', officerUsername: 'olle', firstName: 'Amir', lastName: 'Ali', birthDate: '2012-03-04', migIndividualNumber: '1234567', question: null } },
    ]);
  });

  it('says so and sends nothing when nothing changed', async () => {
    const { calls } = setup(undefined, { UpdateChildReport: () => ({ error: new CombinedError({ networkError: new Error('should not be sent') }) }) });
    const dialog = await openEdit();
    change(dialog, 'Barnets efternamn', ' Ali ');
    await save(dialog);
    expect(within(dialog).getByTestId('child-report-edit-unchanged').textContent).toBe('Inget har ändrats.');
    expect(calls('UpdateChildReport')).toEqual([]);
    expect(screen.queryByTestId('child-report-edit-success')).toBeNull();
  });

  it("shows the server's problem next to its field and keeps the dialog open", async () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Barnet måste vara under 18 år.', extensions: { code: 'BAD_USER_INPUT', field: 'birthDate', reason: 'NOT_A_CHILD' } }] });
    setup(undefined, { UpdateChildReport: () => ({ error }) });
    const dialog = await openEdit();
    change(dialog, 'Födelsedatum', '2005-01-01');
    await save(dialog);
    const field = within(dialog).getByLabelText('Födelsedatum', { exact: false });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toContain('Barnet måste vara under 18 år.');
    expect(screen.getByRole('dialog', { name: 'Ändra uppgifter: Amir Ali' })).toBeTruthy();
    expect(screen.queryByTestId('child-report-edit-success')).toBeNull();
  });

  it('checks the fields in the browser before sending', async () => {
    const { calls } = setup(undefined, { UpdateChildReport: ({ input }) => updated(input as Record<string, unknown>) });
    const dialog = await openEdit();
    change(dialog, 'Barnets förnamn', '');
    change(dialog, 'Födelsedatum', '2012-02-30');
    await save(dialog);
    expect(within(dialog).getByText('Ange barnets förnamn.')).toBeTruthy();
    expect(within(dialog).getByText('2012-02-30 är inget giltigt datum. Skriv födelsedatum som ÅÅÅÅ-MM-DD.')).toBeTruthy();
    expect(calls('UpdateChildReport')).toEqual([]);
  });

  it('disables Spara while saving', async () => {
    setup(undefined, { UpdateChildReport: () => never });
    const dialog = await openEdit();
    change(dialog, 'Barnets förnamn', 'Amira');
    await save(dialog);
    expect(within(dialog).getByRole('button', { name: 'Spara' }).hasAttribute('disabled')).toBe(true);
  });

  it('offers no edit to a user without a district role', async () => {
    setup(undefined, {}, { ...viewer, roles: ['ANALYST'] });
    expect(await screen.findAllByTestId('child-report-name')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Ändra uppgifter/ })).toBeNull();
  });
});
