import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import type { ChildReportDetail as Detail, ChildReportSummary } from './child-reports.graphql.js';
import { ChildReportDetail, historyText } from './components/child-report-detail.js';
import { ChildReportInbox } from './components/child-report-inbox.js';

const summary: ChildReportSummary = {
  id: 'c1',
  districtCode: 'RK',
  district: { code: 'RK', name: 'Rinkeby-Kista' },
  fullName: 'Amir Ali',
  birthDate: '2012-03-04',
  status: 'HANDLAGGS',
  statusLabel: 'Handläggs av Arbetsmarknadsförvaltningen',
  question: 'Gäller ersättning från start?',
  createdAt: '2025-02-01T09:00:00Z',
};
const detail: Detail = {
  ...summary,
  unitCode: 'RK1',
  officerUsername: 'olle',
  firstName: 'Amir',
  lastName: 'Ali',
  migIndividualNumber: '1234567',
  handledBy: 'sara',
  reportedToMigAt: null,
  note: null,
  updatedAt: '2025-02-02T09:00:00Z',
  history: [
    { id: 'h1', at: '2025-02-01T09:00:00Z', username: 'olle', fromStatus: null, toStatus: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN', changedFields: null },
    { id: 'h2', at: '2025-02-02T09:00:00Z', username: 'sara', fromStatus: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN', toStatus: 'HANDLAGGS', changedFields: null },
  ],
};

function renderWith(client: Client, ui: React.ReactElement) {
  return render(<Provider value={client}>{ui}</Provider>);
}

describe('Barnanmälningar (AmF)', () => {
  it('shows the reports not yet reported to MiG by default', async () => {
    const { client, calls } = mockClient({ ChildResponsibilityReports: () => ({ data: { childResponsibilityReports: { totalCount: 1, edges: [{ node: summary }] } } }) });
    renderWith(client, <ChildReportInbox navigate={() => {}} />);
    const table = await screen.findByRole('grid', { name: 'Barnanmälningar' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[↕▲▼]/g, ''))).toEqual(['Stadsdel', 'Barnets namn', 'Födelsedatum', 'Status', 'Inkommen', 'Fråga']);
    expect(within(table).getByTestId('child-report-name').textContent).toBe('Amir Ali');
    expect(within(table).getByText('Rinkeby-Kista')).toBeTruthy();
    expect(within(table).getByText('Ja')).toBeTruthy();
    expect(calls('ChildResponsibilityReports')[0]).toEqual({ filter: { statuses: ['INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN', 'HANDLAGGS'] }, first: 200 });
  });

  it('asks before marking a report as reported to MiG, then sends the date and note', async () => {
    const { client, calls } = mockClient({
      ChildResponsibilityReport: () => ({ data: { childResponsibilityReport: detail } }),
      MarkChildReportReportedToMig: () => ({ data: { markChildReportReportedToMig: { ...detail, status: 'RAPPORTERAD_TILL_MIG', reportedToMigAt: '2025-02-03' } } }),
    });
    renderWith(client, <ChildReportDetail id="c1" navigate={() => {}} roles={['ADMINISTRATOR']} />);
    expect(await screen.findByRole('heading', { name: 'Barnanmälan: Amir Ali' })).toBeTruthy();
    expect(screen.getByTestId('child-report-history').textContent).toContain('Inkommen → Handläggs');
    fireEvent.change(screen.getByLabelText('Datum då ansvaret rapporterades till MiG', { exact: false }), { target: { value: '2025-02-03' } });
    fireEvent.change(screen.getByLabelText('Anteckning (valfri)'), { target: { value: 'Skickat via e-post' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Markera som rapporterad till MiG' }));
    });
    const dialog = screen.getByRole('alertdialog', { name: 'Markera anmälan för Amir Ali som rapporterad till MiG?' });
    expect(calls('MarkChildReportReportedToMig')).toEqual([]);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Markera som rapporterad' }));
    });
    await waitFor(() => expect(calls('MarkChildReportReportedToMig')).toEqual([{ input: { id: 'c1', reportedAt: '2025-02-03', note: 'Skickat via e-post' } }]));
    expect((await screen.findByTestId('child-report-done')).textContent).toContain('Anmälan är markerad som rapporterad till MiG.');
  });

  it('explains a CONFLICT in Swedish', async () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Conflict', extensions: { code: 'CONFLICT' } }] });
    const { client } = mockClient({
      ChildResponsibilityReport: () => ({ data: { childResponsibilityReport: { ...detail, status: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN' } } }),
      StartHandlingChildReport: () => ({ error }),
    });
    renderWith(client, <ChildReportDetail id="c1" navigate={() => {}} roles={['ADMINISTRATOR']} />);
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Börja handlägga' }));
    });
    expect((await screen.findByTestId('child-report-error')).textContent).toContain('Anmälan har redan ändrats av någon annan');
  });
});

describe('Barnanmälan: ändra uppgifter och historik (AmF)', () => {
  const units = () => ({
    data: { childResponsibilityReport: { id: 'c1', district: { code: 'RK', units: [{ code: 'RK1', name: 'Socialtjänst barn' }, { code: 'RK2', name: 'Familjehem' }] } } },
  });

  /** `roles: null` renders the page as the app does today, without the viewer's roles. */
  function setup(more: Handlers = {}, roles: readonly string[] | null = ['COORDINATOR']) {
    const mock = mockClient({ ChildResponsibilityReport: () => ({ data: { childResponsibilityReport: detail } }), ChildReportUnits: units, ...more });
    renderWith(mock.client, <ChildReportDetail id="c1" navigate={() => {}} {...(roles === null ? {} : { roles })} />);
    return mock;
  }

  async function openEdit() {
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Ändra uppgifter' }));
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

  it('shows a correction in the history with the Swedish field names', async () => {
    const edited: Detail = {
      ...detail,
      history: [...detail.history, { id: 'h3', at: '2025-02-03T10:00:00Z', username: 'olle', fromStatus: 'HANDLAGGS', toStatus: 'HANDLAGGS', changedFields: ['birthDate', 'firstName'] }],
    };
    setup({ ChildResponsibilityReport: () => ({ data: { childResponsibilityReport: edited } }) });
    const items = within(await screen.findByTestId('child-report-history')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[1]!.textContent).toContain('sara: Inkommen → Handläggs');
    expect(items[2]!.textContent).toContain('olle: Uppgifter ändrade: födelsedatum, förnamn');
    expect(items[2]!.textContent).not.toContain('→');
  });

  it('names every editable field in Swedish', () => {
    const all = ['unitCode', 'officerUsername', 'firstName', 'lastName', 'birthDate', 'migIndividualNumber', 'question'];
    expect(historyText({ fromStatus: 'HANDLAGGS', toStatus: 'HANDLAGGS', changedFields: all })).toBe(
      'Uppgifter ändrade: enhet, handläggare, förnamn, efternamn, födelsedatum, MiG:s individnummer, fråga',
    );
  });

  it('sends every editable field of the corrected report, confirms and reloads it', async () => {
    const { calls } = setup({ UpdateChildReport: () => ({ data: { updateChildReport: { ...detail, lastName: 'Alizadeh', fullName: 'Amir Alizadeh' } } }) });
    const dialog = await openEdit();
    expect((within(dialog).getByLabelText('Barnets efternamn', { exact: false }) as HTMLInputElement).value).toBe('Ali');
    expect((within(dialog).getByLabelText('Fråga till Statsbidragsgruppen', { exact: false }) as HTMLInputElement).value).toBe('Gäller ersättning från start?');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: /Enhet/ }).textContent).toContain('Socialtjänst barn'));
    change(dialog, 'Barnets efternamn', 'Alizadeh');
    await save(dialog);
    expect(calls('UpdateChildReport')).toEqual([
      {
        input: {
          id: 'c1',
          unitCode: 'RK1',
          officerUsername: 'olle',
          firstName: 'Amir',
          lastName: 'Alizadeh',
          birthDate: '2012-03-04',
          migIndividualNumber: '1234567',
          question: 'Gäller ersättning från start?',
        },
      },
    ]);
    expect((await screen.findByTestId('child-report-done')).textContent).toBe('Uppgifterna är sparade. Kontaktpersonen har aviserats.');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(calls('ChildResponsibilityReport').length).toBeGreaterThan(1));
  });

  it("shows the server's problem next to its field", async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'Enheten RK9 hör inte till stadsdelen.', extensions: { code: 'BAD_USER_INPUT', field: 'unitCode', reason: 'UNKNOWN_UNIT' } }],
    });
    setup({ UpdateChildReport: () => ({ error }) });
    const dialog = await openEdit();
    change(dialog, 'MiG individnummer', '7654321');
    await save(dialog);
    expect(within(dialog).getByText('Enheten RK9 hör inte till stadsdelen.')).toBeTruthy();
    expect(screen.queryByTestId('child-report-done')).toBeNull();
  });

  it('shows a MiG number refused by the server on the field', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'MiG:s individnummer (dossiernummer) ska ha 7 eller 8 siffror.', extensions: { code: 'BAD_USER_INPUT', field: 'migIndividualNumber', reason: 'FORMAT' } }],
    });
    setup({ UpdateChildReport: () => ({ error }) });
    const dialog = await openEdit();
    change(dialog, 'MiG individnummer', '7654321');
    await save(dialog);
    const field = within(dialog).getByLabelText('MiG individnummer', { exact: false });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toContain('MiG:s individnummer (dossiernummer) ska ha 7 eller 8 siffror.');
  });

  it('sends nothing when nothing changed', async () => {
    const { calls } = setup({ UpdateChildReport: () => ({ data: { updateChildReport: detail } }) });
    const dialog = await openEdit();
    change(dialog, 'Födelsedatum', '20120304');
    await save(dialog);
    expect(within(dialog).getByTestId('child-report-edit-unchanged').textContent).toBe('Inget har ändrats.');
    expect(calls('UpdateChildReport')).toEqual([]);
  });

  it('offers no edit to a role that may not correct reports', async () => {
    setup({}, ['FINANCE_MANAGER']);
    expect(await screen.findByRole('heading', { name: 'Barnanmälan: Amir Ali' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ändra uppgifter' })).toBeNull();
  });

  it("reads the viewer's roles from the host's me query when not given", async () => {
    const me = (roles: string[]) => () => ({ data: { me: { name: 'Test', roles, roleLabels: [], districts: [] } } });
    setup({ Me: me(['ANALYST']) }, null);
    expect(await screen.findByRole('heading', { name: 'Barnanmälan: Amir Ali' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ändra uppgifter' })).toBeNull();
    cleanup();
    setup({ Me: me(['ADMINISTRATOR']) }, null);
    expect(await screen.findByRole('button', { name: 'Ändra uppgifter' })).toBeTruthy();
  });
});
