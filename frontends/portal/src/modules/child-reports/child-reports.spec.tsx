import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { mockClient } from '@statsbidrag/ui/testing';
import type { ChildReportDetail as Detail, ChildReportSummary } from './child-reports.graphql.js';
import { ChildReportDetail } from './components/child-report-detail.js';
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
    { id: 'h1', at: '2025-02-01T09:00:00Z', username: 'olle', fromStatus: null, toStatus: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN' },
    { id: 'h2', at: '2025-02-02T09:00:00Z', username: 'sara', fromStatus: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN', toStatus: 'HANDLAGGS' },
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
    renderWith(client, <ChildReportDetail id="c1" navigate={() => {}} />);
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
    renderWith(client, <ChildReportDetail id="c1" navigate={() => {}} />);
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Börja handlägga' }));
    });
    expect((await screen.findByTestId('child-report-error')).textContent).toContain('Anmälan har redan ändrats av någon annan');
  });
});
