import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { CombinedError, Provider, type Client } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { ClaimsList } from './components/claims-list.js';
import type { ClaimListNode, ClaimsListData, ClaimsListVariables } from './graphql/claims-list.query.js';

function claim(id: string, fullName: string, district: string, amount: number, extra: Partial<ClaimListNode> = {}): ClaimListNode {
  return {
    id,
    status: 'BESLUTAD',
    statusLabel: 'Beslutad',
    amount,
    periodFrom: '2025-01-01',
    periodTo: '2025-03-31',
    migCaseNumber: null,
    unitCode: `${district.slice(0, 2).toUpperCase()}_IFO`,
    responsibleLabel: 'Statsbidragsgruppen',
    createdAt: '2026-01-15T08:00:00.000Z',
    hasOverdueSupplement: false,
    claimType: { code: 'EKB', name: 'Ensamkommande barn' },
    district: { code: district.slice(0, 2).toUpperCase(), name: district },
    person: { id: `p-${id}`, fullName },
    ...extra,
  };
}

function page(nodes: ClaimListNode[], totalCount = 320): ClaimsListData {
  return { claims: { totalCount, edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { hasNextPage: false, endCursor: null } } };
}

const firstPage = page([
  claim('1', 'Amina Hassan', 'Rinkeby-Kista', 123456, { migCaseNumber: '4321-2026-000123', responsibleLabel: 'anna.amf' }),
  claim('2', 'Omar Ali', 'Spånga-Tensta', 5000, { hasOverdueSupplement: true, statusLabel: 'Komplettering från SDF begärd' }),
]);

interface Answers {
  list?: (variables: ClaimsListVariables) => object;
  persons?: (search: string) => string[];
  roles?: string[];
}

const operationName = (query: DocumentNode) => (query.definitions[0] as OperationDefinitionNode).name?.value;

function mockClient({ list = () => ({ data: firstPage }), persons = () => [], roles = ['COORDINATOR'] }: Answers = {}) {
  const answer = (request: { query: DocumentNode; variables: Record<string, unknown> }): object => {
    switch (operationName(request.query)) {
      case 'ClaimsListOptions':
        return {
          data: {
            me: { roles },
            claimTypes: [{ code: 'EKB', name: 'Ensamkommande barn' }, { code: 'GSKA', name: 'Grundskola – asyl' }],
            districts: [{ code: 'JARVA', name: 'Järva' }, { code: 'FARSTA', name: 'Farsta' }],
          },
        };
      case 'ClaimsListPersonMatch': {
        const ids = persons(String(request.variables.search));
        return { data: { persons: { totalCount: ids.length, edges: ids.map((id) => ({ node: { id } })) } } };
      }
      default:
        return list(request.variables as unknown as ClaimsListVariables);
    }
  };
  // Like a real client, the result stream stays open after the first result.
  const executeQuery = jest.fn((request: { query: DocumentNode; variables: Record<string, unknown> }) => concat([fromValue(answer(request)), never]));
  const query = jest.fn((q: DocumentNode, variables: Record<string, unknown>) => ({ toPromise: () => Promise.resolve(answer({ query: q, variables })) }));
  return { client: { executeQuery, query, suspense: false } as unknown as Client, executeQuery, query };
}

type Mock = ReturnType<typeof mockClient>;
function listCalls(executeQuery: Mock['executeQuery']): ClaimsListVariables[] {
  return executeQuery.mock.calls.filter(([r]) => operationName(r.query) === 'ClaimsList').map(([r]) => r.variables as unknown as ClaimsListVariables);
}
const lastVariables = (executeQuery: Mock['executeQuery']) => listCalls(executeQuery).at(-1)!;

function renderList(client: Client, title?: string, navigate?: (url: string) => void) {
  return render(
    <Provider value={client}>
      <ClaimsList title={title} navigate={navigate} />
    </Provider>,
  );
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
async function choose(button: RegExp, option: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: button }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('option', { name: option }));
  });
}

beforeEach(() => window.history.replaceState(null, '', '/atersokningar'));

describe('ClaimsList', () => {
  it('shows the first 50 claims with every column, the range shown and the page count', () => {
    const { client, executeQuery } = mockClient();
    renderList(client);
    expect(screen.getByRole('heading', { name: 'Återsökningar', level: 1 })).toBeTruthy();
    expect(lastVariables(executeQuery)).toEqual({ first: 50, offset: 0, filter: null, orderBy: null });
    expect(screen.getByTestId('claims-count').textContent).toBe('Visar 1–2 av 320');
    expect(screen.getByTestId('claims-page').textContent).toBe('Sida 1 av 7');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↑↓↕]/g, '').trim())).toEqual([
      'Person', 'Ersättningstyp', 'Stadsdel', 'Enhet', 'Status', 'Belopp', 'Period', 'Diarienummer', 'Ansvarig', 'Skapad',
    ]);
    const rows = screen.getAllByTestId('claim-row');
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByTestId('claim-person').textContent).toBe('Amina Hassan');
    expect(first.getByTestId('claim-district').textContent).toBe('Rinkeby-Kista');
    expect(first.getByTestId('claim-unit').textContent).toBe('RI_IFO');
    expect(first.getByTestId('claim-type').textContent).toBe('Ensamkommande barn (EKB)');
    expect(first.getByTestId('claim-status').textContent).toBe('Beslutad');
    expect(first.getByTestId('claim-amount').textContent).toBe('1\u00a0234,56\u00a0kr');
    expect(first.getByTestId('claim-period').textContent).toBe('2025-01-01 – 2025-03-31');
    expect(first.getByTestId('claim-mig-case-number').textContent).toBe('4321-2026-000123');
    expect(first.getByTestId('claim-responsible').textContent).toBe('anna.amf');
    expect(first.getByTestId('claim-created').textContent).toBe('2026-01-15');
    expect(first.queryByTestId('claim-overdue')).toBeNull();
    expect(within(rows[1]!).getByTestId('claim-overdue').textContent).toContain('Försenad komplettering');
  });

  it('links each row to the claim’s page, navigating in the host', () => {
    const { client } = mockClient();
    const navigate = jest.fn();
    renderList(client, undefined, navigate);
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

  it('asks the server for a new order when a sortable column header is clicked, and keeps it in the address', () => {
    const { client, executeQuery } = mockClient();
    renderList(client);
    fireEvent.click(screen.getByRole('columnheader', { name: /Belopp/ }));
    expect(lastVariables(executeQuery).orderBy).toEqual({ field: 'AMOUNT', direction: 'ASC' });
    expect(window.location.search).toBe('?sortera=AMOUNT&ordning=stigande');
    fireEvent.click(screen.getByRole('columnheader', { name: /Belopp/ }));
    expect(lastVariables(executeQuery).orderBy).toEqual({ field: 'AMOUNT', direction: 'DESC' });
    for (const [name, field] of [[/Ersättningstyp/, 'CLAIM_TYPE'], [/Stadsdel/, 'DISTRICT'], [/Enhet/, 'UNIT'], [/Diarienummer/, 'MIG_CASE_NUMBER'], [/Ansvarig/, 'RESPONSIBLE'], [/Skapad/, 'CREATED_AT'], [/Period/, 'PERIOD_FROM'], [/Status/, 'STATUS']] as const) {
      fireEvent.click(screen.getByRole('columnheader', { name }));
      expect(lastVariables(executeQuery).orderBy).toEqual({ field, direction: 'ASC' });
    }
    const calls = executeQuery.mock.calls.length;
    fireEvent.click(screen.getByRole('columnheader', { name: /Person/ }));
    expect(executeQuery.mock.calls.length).toBe(calls);
  });

  it('sends every filter to the server (kronor as öre) and puts them in the address', async () => {
    const { client, executeQuery } = mockClient();
    renderList(client);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Utbetald' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Beslutad' }));
    await choose(/Stadsdel/, 'Järva');
    await choose(/Ersättningstyp/, 'Grundskola – asyl (GSKA)');
    await choose(/Initierad av/, 'AmF');
    type('Enhet', 'JARVA_IFO');
    type('Handläggare SDF', 'jarva.handlaggare');
    type('Ansvarig AmF', 'statsbidragsgruppen');
    type('Period från', '2025-01-01');
    type('Period till', '2025-06-30');
    type('Belopp från (kr)', '1 000,50');
    type('Belopp till (kr)', '20000');
    type('Diarienummer', '2026-000');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Endast försenade kompletteringar' }));
    expect(lastVariables(executeQuery).filter).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    expect(lastVariables(executeQuery)).toEqual({
      first: 50,
      offset: 0,
      orderBy: null,
      filter: {
        statuses: ['UTBETALD', 'BESLUTAD'],
        districtCodes: ['JARVA'],
        unitCode: 'JARVA_IFO',
        officerUsername: 'jarva.handlaggare',
        responsibleIsGroup: true,
        claimTypeCodes: ['GSKA'],
        periodFrom: '2025-01-01',
        periodTo: '2025-06-30',
        amountMin: 100_050,
        amountMax: 2_000_000,
        migCaseNumber: '2026-000',
        initiatedBy: 'AMF',
        overdue: true,
      },
    });
    const params = new URLSearchParams(window.location.search);
    expect(params.getAll('status')).toEqual(['UTBETALD', 'BESLUTAD']);
    expect(params.get('beloppFran')).toBe('1 000,50');
    expect(params.get('forsenad')).toBe('ja');

    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(lastVariables(executeQuery).filter).toBeNull();
    expect(window.location.search).toBe('');
    expect((screen.getByRole('checkbox', { name: 'Utbetald' }) as HTMLInputElement).checked).toBe(false);
  });

  it('says what is wrong with a filter next to the field and sends nothing', () => {
    const { client, executeQuery } = mockClient();
    renderList(client);
    const before = listCalls(executeQuery).length;
    type('Belopp från (kr)', '500');
    type('Belopp till (kr)', '100');
    type('Period från', '2025-06-01');
    type('Period till', '2025-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    expect(listCalls(executeQuery)).toHaveLength(before);
    const amount = screen.getByLabelText('Belopp från (kr)');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Belopp från kan inte vara större än belopp till.')).toBeTruthy();
    expect(screen.getByText('Period från kan inte vara senare än period till.')).toBeTruthy();
    type('Belopp till (kr)', 'tio');
    fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    expect(screen.getByText('Ange belopp till i kronor, t.ex. 1 234,50.')).toBeTruthy();
  });

  it('pages with "Nästa" and "Föregående" and the page size, in the address', async () => {
    const { client, executeQuery } = mockClient();
    renderList(client);
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(lastVariables(executeQuery)).toMatchObject({ first: 50, offset: 50 });
    expect(window.location.search).toBe('?sida=2');
    expect(screen.getByTestId('claims-count').textContent).toBe('Visar 51–52 av 320');
    expect(screen.getByTestId('claims-page').textContent).toBe('Sida 2 av 7');
    fireEvent.click(screen.getByRole('button', { name: 'Föregående' }));
    expect(lastVariables(executeQuery)).toMatchObject({ offset: 0 });
    await choose(/Rader per sida/, '10');
    expect(lastVariables(executeQuery)).toMatchObject({ first: 10, offset: 0 });
    expect(window.location.search).toBe('?rader=10');
    expect(screen.getByTestId('claims-page').textContent).toBe('Sida 1 av 32');
    expect((screen.getByRole('button', { name: 'Föregående' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('starts from the filter, order and page in the address (a shared link or the back button)', () => {
    window.history.replaceState(null, '', '/atersokningar?status=UTBETALD&diarienummer=4321&sortera=UNIT&ordning=fallande&sida=3&rader=25');
    const { client, executeQuery } = mockClient();
    renderList(client);
    expect(lastVariables(executeQuery)).toEqual({ first: 25, offset: 50, filter: { statuses: ['UTBETALD'], migCaseNumber: '4321' }, orderBy: { field: 'UNIT', direction: 'DESC' } });
    expect((screen.getByRole('checkbox', { name: 'Utbetald' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Diarienummer') as HTMLInputElement).value).toBe('4321');
    act(() => {
      window.history.replaceState(null, '', '/atersokningar?status=BESLUTAD');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(lastVariables(executeQuery)).toEqual({ first: 50, offset: 0, filter: { statuses: ['BESLUTAD'] }, orderBy: null });
  });

  it('says how many there are when a page in the address lies past the last one', () => {
    window.history.replaceState(null, '', '/atersokningar?sida=99');
    const { client } = mockClient({ list: () => ({ data: page([], 64) }) });
    renderList(client);
    expect(screen.getByTestId('claims-count').textContent).toBe('Visar 0 av 64');
    expect(screen.getByTestId('claims-page').textContent).toBe('Sida 2 av 2');
    expect((screen.getByRole('button', { name: 'Föregående' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('filters on the persons a text matches, and says so when none does', () => {
    const { client, executeQuery } = mockClient({ persons: (s) => (s === 'Hassan' ? ['p-1', 'p-9'] : []) });
    renderList(client);
    type('Person', 'Hassan');
    fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    expect(lastVariables(executeQuery).filter).toEqual({ personIds: ['p-1', 'p-9'] });
    const calls = listCalls(executeQuery).length;
    type('Person', 'Nobody');
    fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    expect(screen.getByTestId('claims-no-person').textContent).toContain('Ingen person matchar');
    expect(listCalls(executeQuery)).toHaveLength(calls);
    expect(screen.queryByTestId('claims-table')).toBeNull();
  });

  it('offers the district filter only to central staff (the server scopes a district’s own staff)', () => {
    const district = mockClient({ roles: ['DISTRICT_OFFICER'] });
    const { unmount } = renderList(district.client);
    expect(screen.queryByRole('button', { name: /Stadsdel/ })).toBeNull();
    unmount();
    renderList(mockClient().client);
    expect(screen.getByRole('button', { name: /Stadsdel/ })).toBeTruthy();
  });

  it('exports every matching claim to Excel, 500 at a time, with the same filter and order and a Filter sheet', async () => {
    window.history.replaceState(null, '', '/atersokningar?status=BESLUTAD&sortera=AMOUNT&ordning=fallande');
    const many = Array.from({ length: 500 }, (_, i) => claim(`x${i}`, `Person ${i}`, 'Järva', 100 * i));
    const list = (v: ClaimsListVariables) => ({ data: v.first === 500 ? page(v.offset === 0 ? many : firstPage.claims.edges.map((e) => e.node), 502) : firstPage });
    const { client, query } = mockClient({ list });
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: jest.fn((b: Blob) => (blobs.push(b), 'blob:x')), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderList(client);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Exportera till Excel' }));
    });
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(query.mock.calls.map(([, v]) => v)).toEqual([
      { first: 500, offset: 0, filter: { statuses: ['BESLUTAD'] }, orderBy: { field: 'AMOUNT', direction: 'DESC' } },
      { first: 500, offset: 500, filter: { statuses: ['BESLUTAD'] }, orderBy: { field: 'AMOUNT', direction: 'DESC' } },
    ]);
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[0]!);
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Återsökningar')!;
    expect(ws.getRow(1).values).toEqual([
      undefined, 'Person', 'Ersättningstyp', 'Ersättningskod', 'Stadsdel', 'Enhet', 'Status', 'Belopp (kr)', 'Period från', 'Period till', 'Diarienummer', 'Ansvarig AmF', 'Skapad', 'Försenad komplettering',
    ]);
    expect(ws.rowCount).toBe(503);
    expect(ws.getRow(502).values).toEqual([
      undefined, 'Amina Hassan', 'Ensamkommande barn', 'EKB', 'Rinkeby-Kista', 'RI_IFO', 'Beslutad', 1234.56, '2025-01-01', '2025-03-31', '4321-2026-000123', 'anna.amf', '2026-01-15', 'Nej',
    ]);
    expect(ws.getCell('G502').numFmt).toBe('#,##0.00');
    const filter = wb.getWorksheet('Filter')!;
    expect(filter.getRow(2).values).toEqual([undefined, 'Status', 'Beslutad']);
    expect(filter.getRow(3).values).toEqual([undefined, 'Antal rader', '502']);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^atersokningar-\d{4}-\d{2}-\d{2}\.xlsx$/);
    click.mockRestore();
  });

  it('shows how far a long export has come, and says so in Swedish when it fails', async () => {
    const many = Array.from({ length: 500 }, (_, i) => claim(`x${i}`, `Person ${i}`, 'Järva', i));
    const { client, query } = mockClient({ list: () => ({ data: page(firstPage.claims.edges.map((e) => e.node), 1234) }) });
    let failSecond: (value: object) => void = () => undefined;
    query.mockImplementationOnce(() => ({ toPromise: () => Promise.resolve({ data: page(many, 1234) }) }));
    query.mockImplementationOnce(() => ({ toPromise: () => new Promise<object>((resolve) => (failSecond = resolve)) }));
    renderList(client);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Exportera till Excel' }));
    });
    await waitFor(() => expect(screen.getByTestId('claims-export-status').textContent).toBe('Hämtar 500 av 1\u00a0234 …'));
    await act(async () => failSecond({ error: new CombinedError({ networkError: new Error('Failed to fetch') }) }));
    await waitFor(() => expect(screen.getByText('Exporten misslyckades')).toBeTruthy());
    expect(screen.getByTestId('claims-export-status').textContent).toBe('');
  });

  it('says in Swedish when the claims cannot be fetched, and retries', () => {
    let fail = true;
    const { client, executeQuery } = mockClient({ list: () => (fail ? { error: new CombinedError({ networkError: new Error('Failed to fetch') }) } : { data: firstPage }) });
    renderList(client);
    expect(screen.getByRole('alert').textContent).toContain('Återsökningarna kunde inte hämtas');
    expect(screen.getByRole('alert').textContent).toContain('svarar inte just nu');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(executeQuery.mock.calls.length).toBeGreaterThan(1);
    expect(screen.getAllByTestId('claim-row')).toHaveLength(2);
  });
});
