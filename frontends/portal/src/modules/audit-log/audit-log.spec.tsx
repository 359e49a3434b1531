import { jest } from '@jest/globals';
import { mockClient } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { GraphQLError } from 'graphql';
import { AuditLogPage } from './components/audit-log-page.js';
import { dayRange, type AuditEntry } from './audit-log.graphql.js';

const navigate = jest.fn();
const PERSON = '3f2c1a9e-1111-4222-8333-444455556666';
const REPORT = '7a7a7a7a-1111-4222-8333-444455556666';

const entry = (id: string, over: Partial<AuditEntry> = {}): AuditEntry => ({
  id, at: '2026-11-24T09:15:00.000Z', username: 'samordnare', personId: PERSON, subjectType: 'PERSON', fields: ['personalIdentityNumber', 'birthDate'], operation: 'PersonCard', ...over,
});
const page = (nodes: AuditEntry[], totalCount = nodes.length, endCursor: string | null = null) => ({
  data: { auditLog: { totalCount, edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: endCursor !== null, endCursor } } },
});

function renderPage(client: Client) {
  return render(
    <Provider value={client}>
      <AuditLogPage navigate={navigate} />
    </Provider>,
  );
}
const cells = (id: string) => screen.getAllByTestId(id).map((c) => c.textContent);
async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

beforeEach(() => {
  navigate.mockClear();
  window.history.replaceState(null, '', '/granskningslogg');
});

describe('Granskningslogg', () => {
  it('lists who read which identifiers, linking to the person card or the child report', () => {
    const { client, calls } = mockClient({ AuditLog: () => page([entry('a1'), entry('a2', { username: 'jarva.kontakt', subjectType: 'CHILD_REPORT', personId: REPORT, fields: ['migIndividualNumber'], operation: 'ReportCard' })]) });
    renderPage(client);
    expect(calls('AuditLog')).toEqual([{ filter: { personId: null, username: null, from: null, to: null }, first: 100, after: null }]);
    expect(screen.getByTestId('audit-count').textContent).toBe('Visar 2 av 2');
    expect(cells('audit-user')).toEqual(['samordnare', 'jarva.kontakt']);
    expect(cells('audit-fields')).toEqual(['Personnummer, Födelsedatum', 'MiG individnummer']);
    const table = screen.getByRole('grid', { name: 'Granskningslogg' });
    expect(within(table).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([`/personer/${PERSON}`, `/barnanmalningar/${REPORT}`]);
    fireEvent.click(within(table).getAllByRole('link')[1]!);
    expect(navigate).toHaveBeenCalledWith(`/barnanmalningar/${REPORT}`);
  });

  it('filters on person, user and whole Swedish days, and checks the input first', async () => {
    const { client, calls } = mockClient({ AuditLog: () => page([entry('a1')]) });
    renderPage(client);
    fireEvent.change(screen.getByLabelText(/^Person-id/), { target: { value: '12345' } });
    fireEvent.change(screen.getByLabelText(/^Från/), { target: { value: '2026-11-24' } });
    fireEvent.change(screen.getByLabelText(/^Till/), { target: { value: '2026-11-01' } });
    await press('Sök');
    expect(screen.getByText(/Ange personens id som det står i personkortets adress/)).toBeTruthy();
    expect(screen.getByText('Till-datum kan inte ligga före från-datum.')).toBeTruthy();
    expect(calls('AuditLog')).toHaveLength(1);

    fireEvent.change(screen.getByLabelText(/^Person-id/), { target: { value: ` ${PERSON} ` } });
    fireEvent.change(screen.getByLabelText(/^Användare/), { target: { value: 'samordnare' } });
    fireEvent.change(screen.getByLabelText(/^Från/), { target: { value: '20261101' } });
    fireEvent.change(screen.getByLabelText(/^Till/), { target: { value: '2026-11-24' } });
    await press('Sök');
    expect(calls('AuditLog').at(-1)).toEqual({
      filter: { personId: PERSON, username: 'samordnare', from: '2026-10-31T23:00:00.000Z', to: '2026-11-24T22:59:59.999Z' },
      first: 100,
      after: null,
    });
  });

  it('opens with the person of the address (?person=…), pages with "Visa fler" and says when nothing matches', async () => {
    window.history.replaceState(null, '', `/granskningslogg?person=${PERSON}`);
    const { client, calls } = mockClient({ AuditLog: (v) => (v.after ? page([entry('a2')], 2) : page([entry('a1')], 2, 'c1')) });
    renderPage(client);
    expect((calls('AuditLog')[0] as { filter: { personId: string } }).filter.personId).toBe(PERSON);
    await press('Visa fler');
    expect(screen.getByTestId('audit-count').textContent).toBe('Visar 2 av 2');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('says so when the log cannot be read', () => {
    const { client } = mockClient({ AuditLog: () => ({ error: new CombinedError({ graphQLErrors: [new GraphQLError('Du saknar behörighet för detta.', { extensions: { code: 'FORBIDDEN' } })] }) }) });
    renderPage(client);
    expect(screen.getByText('Granskningsloggen kunde inte hämtas')).toBeTruthy();
    expect(screen.getByText(/Du saknar behörighet/)).toBeTruthy();
  });
});

describe('dayRange', () => {
  it('covers whole days in Swedish time, summer and winter', () => {
    expect(dayRange('2026-07-01', '2026-07-01')).toEqual({ from: '2026-06-30T22:00:00.000Z', to: '2026-07-01T21:59:59.999Z' });
    expect(dayRange(null, '2026-01-10')).toEqual({ from: null, to: '2026-01-10T22:59:59.999Z' });
  });
});
