import { jest } from '@jest/globals';
import { mockClient } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { RetentionPage } from './components/retention-page.js';
import type { PurgeCandidate, PurgeRecord } from './graphql/retention.graphql.js';

const today = '2026-11-24';
const navigate = jest.fn();

const person = (id: string, fullName: string, purgeOn: string, manual = false) => ({
  id,
  fullName,
  district: { code: 'JA', name: 'Järva' },
  closedOn: '2026-10-01',
  closureReasonLabel: 'Avlidit',
  personalDataDeactivatedOn: null,
  purgeOn,
  purgeOnSetManually: manual,
});

const candidates: PurgeCandidate[] = [
  { person: person('p1', 'Amina Hassan', '2026-10-22'), openCases: [] },
  { person: person('p2', 'Omar Ali', '2026-11-01', true), openCases: [{ context: 'claims', caseId: 'c9', label: 'Återsökning GSKA 2026-01-01–2026-03-31', statusLabel: 'Initierad av SDF' }] },
  { person: person('p3', 'Sara Berg', '2026-11-20'), openCases: [] },
];

const record = (id: string, purgedAt: string, districtCode: string): PurgeRecord => ({
  id,
  personId: `person-${id}`,
  purgedAt,
  purgedBy: 'gallringsjobb',
  purgeOn: '2026-10-22',
  districtCode,
  fields: ['firstName', 'lastName', 'personalIdentityNumber', 'registrations.address'],
  registrationsAnonymised: 2,
});

function renderPage(client: Client, roles: string[]) {
  return render(
    <Provider value={client}>
      <RetentionPage roles={roles} navigate={navigate} today={today} />
    </Provider>,
  );
}

async function press(name: string | RegExp, scope: HTMLElement = document.body) {
  await act(async () => {
    fireEvent.click(within(scope).getByRole('button', { name }));
  });
}

beforeEach(() => navigate.mockClear());

describe('Gallring', () => {
  it('says when the list shows only the first of more persons due (the purge itself takes them all)', async () => {
    const { client } = mockClient({ PurgeCandidates: () => ({ data: { purgeCandidates: candidates, purgeCandidateCount: 812 } }) });
    renderPage(client, ['SYSTEM_ADMIN']);
    expect(screen.getByTestId('candidates-count').textContent).toBe(
      '3 personer per 2026-11-24: 2 kan gallras, 1 hindras av pågående ärenden. Listan visar de 3 första av 812; gallringen omfattar alla.',
    );
  });

  it('lists the persons due for purging per today, with purge date and the open cases that block them; an administrator cannot run the purge or read the log', async () => {
    const { client, calls } = mockClient({ PurgeCandidates: () => ({ data: { purgeCandidates: candidates } }) });
    renderPage(client, ['ADMINISTRATOR']);
    expect(calls('PurgeCandidates')).toEqual([{ on: today }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Gallring' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Att gallra']);
    expect(screen.getByTestId('candidates-count').textContent).toBe('3 personer per 2026-11-24: 2 kan gallras, 1 hindras av pågående ärenden.');
    const table = screen.getByRole('grid', { name: 'Personer att gallra' });
    expect(within(table).getAllByTestId('candidate-person').map((c) => c.textContent)).toEqual(['Amina Hassan', 'Omar Ali', 'Sara Berg']);
    expect(within(table).getAllByTestId('candidate-purge-on').map((c) => c.textContent)).toEqual(['2026-10-22', '2026-11-01 (satt för hand)', '2026-11-20']);
    expect(within(table).getAllByTestId('candidate-blocking').map((c) => c.textContent)).toEqual([
      'Inga – kan gallras',
      'Återsökning GSKA 2026-01-01–2026-03-31 – Initierad av SDF',
      'Inga – kan gallras',
    ]);
    expect(screen.queryByRole('button', { name: 'Kör gallring nu' })).toBeNull();

    const link = within(table).getByRole('link', { name: 'Omar Ali' });
    expect(link.getAttribute('href')).toBe('/personer/p2');
    fireEvent.click(link);
    expect(navigate).toHaveBeenCalledWith('/personer/p2');

    fireEvent.change(screen.getByLabelText(/^Per datum/), { target: { value: '2027-01-31' } });
    await press('Visa');
    expect(calls('PurgeCandidates')).toEqual([{ on: today }, { on: '2027-01-31' }]);
  });

  it('asks how many will be purged today, then runs the purge and shows who was purged and who was skipped', async () => {
    let purged = false;
    const { client, calls } = mockClient({
      PurgeCandidates: () => ({ data: { purgeCandidates: purged ? [candidates[1]] : candidates } }),
      RunPurge: () => {
        purged = true;
        return { data: { runPurge: { purged: [record('r1', '2026-11-24T06:00:00Z', 'JA'), record('r2', '2026-11-24T06:00:00Z', 'JA')], skipped: [candidates[1]] } } };
      },
    });
    renderPage(client, ['SYSTEM_ADMIN']);
    await press('Kör gallring nu');
    // The count comes from a fresh question for today, whatever date the list shows.
    expect(calls('PurgeCandidates')).toEqual([{ on: today }, { on: null }]);
    const confirm = screen.getByRole('alertdialog', { name: 'Kör gallring nu?' });
    expect(within(confirm).getByTestId('purge-run-plan').textContent).toBe('2 personer gallras i dag. 1 person hoppas över eftersom de har pågående ärenden.');
    expect(calls('RunPurge')).toEqual([]);

    await press('Gallra 2 personer', confirm);
    expect(calls('RunPurge')).toEqual([{}]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const result = screen.getByTestId('purge-run-result');
    expect(result.textContent).toContain('Gallringen är klar: 2 personer gallrades.');
    expect(within(result).getByTestId('purge-run-skipped').textContent).toBe('Omar Ali: pågående ärenden – Återsökning GSKA 2026-01-01–2026-03-31 (Initierad av SDF)');
    expect(within(screen.getByRole('grid', { name: 'Personer att gallra' })).getAllByTestId('candidate-person').map((c) => c.textContent)).toEqual(['Omar Ali']);
  });

  it('does nothing when the purge is not confirmed', async () => {
    const { client, calls } = mockClient({ PurgeCandidates: () => ({ data: { purgeCandidates: candidates } }), RunPurge: () => ({ data: null }) });
    renderPage(client, ['SYSTEM_ADMIN']);
    await press('Kör gallring nu');
    await press('Avbryt', screen.getByRole('alertdialog'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls('RunPurge')).toEqual([]);
  });

  it('filters the purge log on dates and district, and pages with Visa fler', async () => {
    const { client, calls } = mockClient({
      PurgeCandidates: () => ({ data: { purgeCandidates: [] } }),
      RetentionDistricts: () => ({
        data: {
          districts: [
            { code: 'JA', name: 'Järva' },
            { code: 'FA', name: 'Farsta' },
          ],
        },
      }),
      PurgeRecords: (v) => {
        const after = (v as { after: string | null }).after;
        return {
          data: {
            purgeRecords: after
              ? { totalCount: 2, edges: [{ cursor: '2', node: record('r2', '2026-10-01T01:00:00Z', 'FA') }], pageInfo: { hasNextPage: false, endCursor: '2' } }
              : { totalCount: 2, edges: [{ cursor: '1', node: record('r1', '2026-11-02T01:00:00Z', 'FA') }], pageInfo: { hasNextPage: true, endCursor: '1' } },
          },
        };
      },
    });
    renderPage(client, ['SYSTEM_ADMIN']);
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: 'Gallringslogg' }));
    });
    expect(calls('PurgeRecords')).toEqual([{ filter: { from: null, to: null, districtCode: null }, first: 50, after: null }]);

    fireEvent.change(screen.getByLabelText(/^Från/), { target: { value: '2026-11-30' } });
    fireEvent.change(screen.getByLabelText(/^Till/), { target: { value: '2026-11-01' } });
    await press('Visa');
    expect(screen.getByText('Till-datum kan inte ligga före från-datum.')).toBeTruthy();
    expect(calls('PurgeRecords')).toHaveLength(1);

    fireEvent.change(screen.getByLabelText(/^Från/), { target: { value: '20260101' } });
    fireEvent.change(screen.getByLabelText(/^Till/), { target: { value: '2026-11-30' } });
    await act(async () => {
      fireEvent.click(within(screen.getByTestId('purge-log-district')).getByRole('button'));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: 'Farsta' }));
    });
    await press('Visa');
    expect(calls('PurgeRecords').at(-1)).toEqual({ filter: { from: '2026-01-01', to: '2026-11-30', districtCode: 'FA' }, first: 50, after: null });
    expect(screen.getByTestId('purge-log-count').textContent).toBe('Visar 1 av 2');
    const log = screen.getByRole('grid', { name: 'Gallringslogg' });
    expect(within(log).getByTestId('purge-log-district-name').textContent).toBe('Farsta');
    expect(within(log).getByTestId('purge-log-by').textContent).toBe('gallringsjobb');
    expect(screen.getByRole('button', { name: 'Exportera till Excel (CSV)' })).toBeTruthy();

    await press('Visa fler');
    expect(calls('PurgeRecords').at(-1)).toEqual({ filter: { from: '2026-01-01', to: '2026-11-30', districtCode: 'FA' }, first: 50, after: '1' });
    expect(within(screen.getByRole('grid', { name: 'Gallringslogg' })).getAllByTestId('purge-log-at').map((c) => c.textContent)).toEqual(['2026-11-02 02:00', '2026-10-01 03:00']);
    expect(screen.getByTestId('purge-log-count').textContent).toBe('Visar 2 av 2');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });
});
