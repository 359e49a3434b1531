import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { ClaimsList } from './components/claims-list.js';
import type { ClaimListNode, ClaimsListData, ClaimsListVariables } from './graphql/claims-list.query.js';

function claim(id: string, fullName: string, district: string, amount: number): ClaimListNode {
  return {
    id,
    status: 'BESLUTAD',
    statusLabel: 'Beslutad',
    amount,
    periodFrom: '2025-01-01',
    periodTo: '2025-03-31',
    claimType: { code: 'EKB', name: 'Ensamkommande barn' },
    district: { code: district.slice(0, 2).toUpperCase(), name: district },
    person: { id: `p-${id}`, fullName },
  };
}

function page(nodes: ClaimListNode[], endCursor: string | null, totalCount = 320): ClaimsListData {
  return { claims: { totalCount, edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { hasNextPage: endCursor !== null, endCursor } } };
}

const firstPage = page([claim('1', 'Amina Hassan', 'Rinkeby-Kista', 123456), claim('2', 'Omar Ali', 'Spånga-Tensta', 5000)], 'cursor-2');
const secondPage = page([claim('3', 'Sara Yousef', 'Skärholmen', 99900)], null);

function mockClient(answer: (variables: ClaimsListVariables) => object = (v) => ({ data: v.after ? secondPage : firstPage })) {
  // Like a real client, the result stream stays open after the first result.
  const executeQuery = jest.fn((request: { variables: ClaimsListVariables }) => concat([fromValue(answer(request.variables)), never]));
  return { client: { executeQuery, suspense: false } as unknown as Client, executeQuery };
}

function lastVariables(executeQuery: ReturnType<typeof mockClient>['executeQuery']): ClaimsListVariables {
  return executeQuery.mock.calls.at(-1)![0].variables;
}

function renderList(client: Client, title?: string) {
  return render(
    <Provider value={client}>
      <ClaimsList title={title} />
    </Provider>,
  );
}

describe('ClaimsList', () => {
  it('shows the first 50 claims with person, district, type, status, amount and period', () => {
    const { client, executeQuery } = mockClient();
    renderList(client);
    expect(screen.getByRole('heading', { name: 'Återsökningar' })).toBeTruthy();
    expect(lastVariables(executeQuery)).toEqual({ first: 50, after: null, filter: null, orderBy: null });
    expect(screen.getByTestId('claims-count').textContent).toBe('Visar 2 av 320');
    const rows = screen.getAllByTestId('claim-row');
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByTestId('claim-person').textContent).toBe('Amina Hassan');
    expect(first.getByTestId('claim-district').textContent).toBe('Rinkeby-Kista');
    expect(first.getByTestId('claim-type').textContent).toBe('Ensamkommande barn (EKB)');
    expect(first.getByTestId('claim-status').textContent).toBe('Beslutad');
    expect(first.getByTestId('claim-amount').textContent).toBe('1\u00a0234,56\u00a0kr');
    expect(first.getByTestId('claim-period').textContent).toBe('2025-01-01 – 2025-03-31');
  });

  it('links each row to the claim’s page, navigating in the host', () => {
    const { client } = mockClient();
    const navigate = jest.fn();
    render(
      <Provider value={client}>
        <ClaimsList navigate={navigate} />
      </Provider>,
    );
    const link = screen.getByRole('link', { name: 'Amina Hassan' });
    expect(link.getAttribute('href')).toBe('/atersokningar/1');
    fireEvent.click(link);
    expect(navigate).toHaveBeenCalledWith('/atersokningar/1');
  });

  it('uses the title given by the host', () => {
    const { client } = mockClient();
    renderList(client, 'Vår stadsdels återsökningar (Rinkeby-Kista)');
    expect(screen.getByRole('heading', { name: 'Vår stadsdels återsökningar (Rinkeby-Kista)' })).toBeTruthy();
  });

  it('asks the server for a new order when a sortable column header is clicked', () => {
    const { client, executeQuery } = mockClient();
    renderList(client);
    fireEvent.click(screen.getByRole('columnheader', { name: /Belopp/ }));
    expect(lastVariables(executeQuery).orderBy).toEqual({ field: 'AMOUNT', direction: 'ASC' });
    fireEvent.click(screen.getByRole('columnheader', { name: /Belopp/ }));
    expect(lastVariables(executeQuery).orderBy).toEqual({ field: 'AMOUNT', direction: 'DESC' });
    fireEvent.click(screen.getByRole('columnheader', { name: /Period/ }));
    expect(lastVariables(executeQuery).orderBy).toEqual({ field: 'PERIOD_FROM', direction: 'ASC' });
    const calls = executeQuery.mock.calls.length;
    fireEvent.click(screen.getByRole('columnheader', { name: /Person/ }));
    expect(executeQuery.mock.calls.length).toBe(calls);
  });

  it('filters by status on the server', async () => {
    const { client, executeQuery } = mockClient();
    renderList(client);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Status/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: 'Utbetald' }));
    });
    expect(lastVariables(executeQuery).filter).toEqual({ statuses: ['UTBETALD'] });
  });

  it('loads the next page with "Visa fler" and keeps the rows already shown', () => {
    const { client, executeQuery } = mockClient();
    renderList(client);
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(lastVariables(executeQuery).after).toBe('cursor-2');
    expect(screen.getAllByTestId('claim-person').map((c) => c.textContent)).toEqual(['Amina Hassan', 'Omar Ali', 'Sara Yousef']);
    expect(screen.getByTestId('claims-count').textContent).toBe('Visar 3 av 320');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('exports the rows shown as CSV for Excel', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:claims');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { client } = mockClient();
    renderList(client);
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Excel (CSV)' }));
    expect(click).toHaveBeenCalled();
    const blob = createObjectURL.mock.calls[0]![0];
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob, 'utf-8');
    });
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Person;Stadsdel;Ersättningstyp;Ersättningskod;Status;Belopp (kr);Period från;Period till');
    expect(lines[1]).toBe('Amina Hassan;Rinkeby-Kista;Ensamkommande barn;EKB;Beslutad;1234,56;2025-01-01;2025-03-31');
    expect(lines).toHaveLength(4);
    click.mockRestore();
  });

  it('says in Swedish when the claims cannot be fetched, and retries', () => {
    let fail = true;
    const { client, executeQuery } = mockClient(() => (fail ? { error: new CombinedError({ networkError: new Error('Failed to fetch') }) } : { data: firstPage }));
    renderList(client);
    expect(screen.getByRole('alert').textContent).toContain('Återsökningarna kunde inte hämtas');
    expect(screen.getByRole('alert').textContent).toContain('svarar inte just nu');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(executeQuery.mock.calls.length).toBeGreaterThan(1);
    expect(screen.getAllByTestId('claim-row')).toHaveLength(2);
  });
});
