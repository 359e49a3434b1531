import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, Provider } from 'urql';
import { DecisionsPage } from './components/decisions-page.js';
import { OPTIONS, captureDownloads, decision, mockClientWithQuery } from './decisions-test-data.js';
import type { DecisionListNode, DecisionsVariables } from './graphql/decisions.graphql.js';

const ROWS = [
  decision('1'),
  decision('2', {
    outcome: 'AVSLAG',
    outcomeLabel: 'Avslag',
    grantedAmount: 0,
    paidAmount: 0,
    isFinal: false,
    appealed: true,
    claimTypeCode: 'GSKA',
    district: { code: 'FARSTA', name: 'Farsta' },
    sourceLabel: 'Registrerat för hand',
  }),
  decision('3', { grantedAmount: 50_000, paidAmount: 25_000, isFinal: false, finalAt: '2026-12-01', decidedAt: '2026-11-10' }),
];

const page = (nodes: DecisionListNode[], totalCount = nodes.length, endCursor: string | null = null) => ({
  data: { decisions: { totalCount, edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { hasNextPage: endCursor !== null, endCursor } } },
});

function setup(roles: string[] = ['COORDINATOR'], list: (v: DecisionsVariables) => object = () => page(ROWS)) {
  const mock = mockClientWithQuery({
    DecisionOptions: () => ({ data: OPTIONS }),
    Decisions: (v) => list(v as unknown as DecisionsVariables),
  });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <DecisionsPage navigate={navigate} roles={roles} />
    </Provider>,
  );
  return { ...mock, navigate, lastVariables: () => mock.calls('Decisions').at(-1) };
}

const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim());
/** Text without the badges' icons (hidden from screen readers). */
const text = (element: HTMLElement) => element.textContent?.replace(/[✓⚠✕]/g, '');
const column = (testId: string) => screen.getAllByTestId(testId).map((c) => c.textContent);
async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}
async function choose(button: RegExp, option: string) {
  await click(screen.getByRole('button', { name: button }));
  await click(screen.getByRole('option', { name: option }));
}
const type = (label: string, value: string) => act(async () => void fireEvent.change(screen.getByLabelText(label), { target: { value } }));

describe('DecisionsPage', () => {
  it('lists the decisions with every column, the laga kraft badges and a link per decision', async () => {
    const { lastVariables, navigate } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Beslut' })).toBeTruthy();
    expect(screen.getByTestId('decisions-intro').textContent).toContain('från alla stadsdelar');
    expect(lastVariables()).toEqual({ filter: null, first: 50, after: null });
    expect(headers()).toEqual(['Diarienummer', 'Ersättning', 'Period', 'Utfall', 'Beslutsdatum', 'Beviljat', 'Utbetalt', 'Laga kraft', 'Stadsdel', 'Källa']);
    expect(screen.getByTestId('decisions-count').textContent).toBe('Visar 3 av 3 beslut.');
    const [first, second] = screen.getAllByTestId('decision-row');
    const one = within(first!);
    expect(one.getByTestId('decision-case-number').textContent).toBe('4.2.1-2026-00001');
    expect(one.getByTestId('decision-period').textContent).toBe('2026-01-01 – 2026-03-31');
    expect(one.getByTestId('decision-granted').textContent).toBe('12\u00a0345,50\u00a0kr');
    expect(text(one.getByTestId('decision-final-at'))).toBe('2026-05-01 Laga kraft');
    expect(one.getByTestId('decision-district').textContent).toBe('Järva');
    expect(one.getByTestId('decision-source').textContent).toBe('Import från MiG');
    expect(text(within(second!).getByTestId('decision-final-at'))).toBe('2026-05-01 Överklagat');
    expect(within(second!).getByTestId('decision-outcome').textContent).toBe('Avslag');
    const link = one.getByRole('link', { name: '4.2.1-2026-00001' });
    expect(link.getAttribute('href')).toBe('/beslut/1');
    await click(link);
    expect(navigate).toHaveBeenCalledWith('/beslut/1');
  });

  it('offers "Registrera beslut" to coordinators and administrators only', async () => {
    const { navigate } = setup(['ADMINISTRATOR']);
    await click(screen.getByRole('button', { name: 'Registrera beslut' }));
    expect(navigate).toHaveBeenCalledWith('/beslut/ny');
  });

  it('shows a district only its own decisions: no district column or filter, no register button, and says so', () => {
    setup(['DISTRICT_CONTACT']);
    expect(screen.getByTestId('decisions-intro').textContent).toContain('Du ser bara beslut som gäller din stadsdel');
    expect(headers()).not.toContain('Stadsdel');
    expect(screen.queryByRole('button', { name: /Stadsdel/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Registrera beslut' })).toBeNull();
  });

  it('hides "Registrera beslut" from the analyst', () => {
    setup(['ANALYST']);
    expect(screen.queryByRole('button', { name: 'Registrera beslut' })).toBeNull();
    expect(headers()).toContain('Stadsdel');
  });

  it('filters on outcome, compensation, case number prefix, decision dates, district and "endast laga kraft"', async () => {
    const { lastVariables } = setup();
    await choose(/^Alla utfall/, 'Avslag');
    await choose(/^Alla ersättningar/, 'Grundskola – asyl (GSKA)');
    await choose(/^Alla stadsdelar/, 'Farsta');
    await type('Diarienummer', ' 4.2.1-2026 ');
    await type('Beslutsdatum från', '20260101');
    await type('Beslutsdatum till', '2026-06-30');
    await click(screen.getByRole('checkbox', { name: 'Endast laga kraft' }));
    await click(screen.getByRole('button', { name: 'Filtrera' }));
    expect(lastVariables()).toEqual({
      filter: { outcomes: ['AVSLAG'], claimTypeCode: 'GSKA', migCaseNumber: '4.2.1-2026', decidedFrom: '2026-01-01', decidedTo: '2026-06-30', districtCode: 'FARSTA', final: true },
      first: 50,
      after: null,
    });
    await click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(lastVariables()).toEqual({ filter: null, first: 50, after: null });
  });

  it('refuses a bad date or a period backwards in Swedish, and does not ask the server', async () => {
    const { calls } = setup();
    const before = calls('Decisions').length;
    await type('Beslutsdatum från', '2026-13-45');
    await click(screen.getByRole('button', { name: 'Filtrera' }));
    expect(screen.getByText('2026-13-45 är inget giltigt datum. Skriv beslutsdatum från som ÅÅÅÅ-MM-DD.')).toBeTruthy();
    await type('Beslutsdatum från', '2026-06-01');
    await type('Beslutsdatum till', '2026-01-01');
    await click(screen.getByRole('button', { name: 'Filtrera' }));
    expect(screen.getByText('Beslutsdatum till kan inte vara före beslutsdatum från.')).toBeTruthy();
    expect(calls('Decisions')).toHaveLength(before);
  });

  it('sorts the loaded rows by a column, both ways', async () => {
    setup();
    await click(screen.getByRole('columnheader', { name: /Beviljat/ }));
    expect(column('decision-granted')).toEqual(['0,00\u00a0kr', '500,00\u00a0kr', '12\u00a0345,50\u00a0kr']);
    await click(screen.getByRole('columnheader', { name: /Beviljat/ }));
    expect(column('decision-granted')).toEqual(['12\u00a0345,50\u00a0kr', '500,00\u00a0kr', '0,00\u00a0kr']);
    await click(screen.getByRole('columnheader', { name: /Beslutsdatum/ }));
    expect(column('decision-decided-at')).toEqual(['2026-04-10', '2026-04-10', '2026-11-10']);
  });

  it('loads the next page with "Visa fler" and keeps the rows already shown', async () => {
    const { lastVariables } = setup(['COORDINATOR'], (v) => (v.after ? page([decision('4')], 4) : page(ROWS, 4, 'c-3')));
    await click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(lastVariables()).toEqual({ filter: null, first: 50, after: 'c-3' });
    expect(screen.getAllByTestId('decision-row')).toHaveLength(4);
    expect(screen.getByTestId('decisions-count').textContent).toBe('Visar 4 av 4 beslut.');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('exports every decision matching the filter to Excel, 500 at a time, with a Filter sheet', async () => {
    const many = Array.from({ length: 500 }, (_, i) => decision(String(i + 10)));
    const downloads = captureDownloads();
    const { queried } = setup(['COORDINATOR'], (v) => (v.first === 500 ? (v.after ? page(ROWS, 503) : page(many, 503, 'c-509')) : page(ROWS, 503, 'c-3')));
    await choose(/^Alla utfall/, 'Avslag');
    await click(screen.getByRole('button', { name: 'Filtrera' }));
    await click(screen.getByRole('button', { name: 'Exportera till Excel' }));
    await waitFor(() => expect(downloads.count()).toBe(1), { timeout: 10_000 });
    downloads.restore();
    expect(queried('Decisions')).toEqual([
      { filter: { outcomes: ['AVSLAG'] }, first: 500, after: null },
      { filter: { outcomes: ['AVSLAG'] }, first: 500, after: 'c-509' },
    ]);
    expect(downloads.names[0]).toMatch(/^beslut-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = await downloads.workbook();
    const sheet = wb.getWorksheet('Beslut')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'Diarienummer', 'Ersättning', 'Period från', 'Period till', 'Utfall', 'Beslutsdatum', 'Beviljat (kr)', 'Utbetalt (kr)', 'Laga kraft', 'Laga kraft-status', 'Stadsdel', 'Källa',
    ]);
    expect(sheet.rowCount).toBe(504);
    expect(sheet.getRow(502).values).toEqual([
      undefined, '4.2.1-2026-00001', 'EKB', '2026-01-01', '2026-03-31', 'Beviljad', '2026-04-10', 12345.5, 12345.5, '2026-05-01', 'Laga kraft', 'Järva', 'Import från MiG',
    ]);
    expect(sheet.getRow(503).getCell(10).value).toBe('Överklagat');
    expect(sheet.getRow(504).getCell(10).value).toBe('Ej laga kraft än');
    const filter = wb.getWorksheet('Filter')!;
    expect(filter.getRow(2).values).toEqual([undefined, 'Utfall', 'Avslag']);
    expect(filter.getRow(3).values).toEqual([undefined, 'Antal rader', '503']);
  });

  it('says in Swedish when the decisions cannot be fetched, and retries', async () => {
    let fail = true;
    setup(['COORDINATOR'], () => (fail ? { error: new CombinedError({ networkError: new Error('Failed to fetch') }) } : page(ROWS)));
    expect(screen.getByRole('alert').textContent).toContain('Besluten kunde inte hämtas');
    expect(screen.getByRole('alert').textContent).toContain('Tjänsten för beslut svarar inte just nu');
    fail = false;
    await click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(screen.getAllByTestId('decision-row')).toHaveLength(3);
  });
});
