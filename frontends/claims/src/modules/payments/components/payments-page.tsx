import {
  Button,
  DataTable,
  ErrorMessage,
  LoadMoreButton,
  Select,
  Spinner,
  formatCount,
  formatKronor,
  formatPeriod,
  graphqlErrorText,
  usePagedRows,
  usePaging,
  type DataTableColumn,
} from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { decisionPath, isDistrictUser } from '../../decisions/decision-labels.js';
import { PaymentAmount } from '../../decisions/components/payment-amount.js';
import { Link } from '../../decisions/components/link.js';
import { fetchAllPages } from '../../decisions/fetch-all.js';
import { PAYMENT_DISTRICTS_QUERY, PAYMENT_LINES_QUERY, PAYMENT_MONTHS_QUERY, type PaymentLineFilter, type PaymentLineNode, type PaymentMonth, type PaymentTotal } from '../graphql/payments.graphql.js';
import { downloadPaymentLinesWorkbook } from '../payments.export.js';

export interface PaymentsPageProps {
  navigate: (url: string) => void;
  roles: readonly string[];
  /** The year shown first; this year when absent. */
  year?: number;
}

const PAGE_SIZE = 50;
const ALL = 'ALLA';
const YEARS_BACK = 6;
const SERVICE_DOWN = 'Tjänsten för utbetalningar svarar inte just nu. Försök igen om en stund.';
const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2025-03" → "mars 2025". */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}

const monthKey = (m: Pick<PaymentMonth, 'month' | 'account'>) => `${m.month}|${m.account ?? ''}`;
const monthTitle = (m: Pick<PaymentMonth, 'month' | 'account'>) => `${formatMonth(m.month)}${m.account ? `, konto ${m.account}` : ''}`;

function errorText(error: CombinedError): string {
  if (error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN')) return 'Du har inte behörighet att se utbetalningar.';
  return graphqlErrorText(error, SERVICE_DOWN);
}

const totalColumns: DataTableColumn<PaymentTotal>[] = [
  { id: 'compensation', label: 'Ersättning', text: (t) => t.compensationCode, isRowHeader: true, allowsSorting: true, cellTestId: 'payment-total-code' },
  { id: 'paid', label: 'Utbetalt', text: (t) => formatKronor(t.paid), sortValue: (t) => t.paid, align: 'end', allowsSorting: true, cellTestId: 'payment-total-paid' },
  { id: 'recovered', label: 'Återkrav', text: (t) => formatKronor(t.recovered), sortValue: (t) => t.recovered, align: 'end', allowsSorting: true, cellTestId: 'payment-total-recovered' },
  { id: 'total', label: 'Netto', text: (t) => formatKronor(t.total), sortValue: (t) => t.total, align: 'end', allowsSorting: true, cellTestId: 'payment-total-net' },
  { id: 'lines', label: 'Rader', text: (t) => formatCount(t.lineCount), sortValue: (t) => t.lineCount, align: 'end', allowsSorting: true },
];

function lineColumns(navigate: (url: string) => void): DataTableColumn<PaymentLineNode>[] {
  return [
    { id: 'migCaseNumber', label: 'Diarienummer', text: (l) => l.migCaseNumber, isRowHeader: true, allowsSorting: true, cellTestId: 'payment-line-case-number' },
    { id: 'individual', label: 'Individnummer', text: (l) => l.migIndividualNumber ?? '–', allowsSorting: true },
    { id: 'period', label: 'Period', text: (l) => (l.periodFrom || l.periodTo ? formatPeriod(l.periodFrom, l.periodTo) : '–'), allowsSorting: true },
    { id: 'compensation', label: 'Ersättning', text: (l) => l.compensationCode, allowsSorting: true, cellTestId: 'payment-line-code' },
    {
      id: 'amount',
      label: 'Belopp',
      text: (l) => `${formatKronor(l.amount)}${l.isRecovery ? ' Återkrav' : ''}`,
      sortValue: (l) => l.amount,
      render: (l) => <PaymentAmount amount={l.amount} isRecovery={l.isRecovery} />,
      align: 'end',
      allowsSorting: true,
      cellTestId: 'payment-line-amount',
    },
    {
      id: 'decision',
      label: 'Beslut',
      text: (l) => (l.decisionId ? 'Visa beslut' : 'Inget beslut kopplat'),
      render: (l) =>
        l.decisionId ? (
          <Link href={decisionPath(l.decisionId)} navigate={navigate} data-testid="payment-line-decision">
            Visa beslut
          </Link>
        ) : (
          'Inget beslut kopplat'
        ),
    },
    { id: 'district', label: 'Stadsdel', text: (l) => l.district?.name ?? l.districtCode ?? '–', allowsSorting: true, cellTestId: 'payment-line-district' },
  ];
}

function LinesTable({ filter, columns }: { filter: PaymentLineFilter; columns: DataTableColumn<PaymentLineNode>[] }) {
  const paging = usePaging<PaymentLineNode>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PAYMENT_LINES_QUERY, variables: { filter, first: PAGE_SIZE, after: paging.after } });
  const pages = usePagedRows(paging, data?.paymentLines, (l) => l.id);
  if (error && !data)
    return (
      <ErrorMessage title="Raderna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{errorText(error)}</p>
      </ErrorMessage>
    );
  if (!data) return <Spinner label="Laddar raderna…" />;
  return (
    <>
      <p className="sb-muted" aria-live="polite" data-testid="payment-lines-count">
        Visar {formatCount(pages.rows.length)} av {formatCount(data.paymentLines.totalCount)} rader.
      </p>
      <DataTable label="Utbetalningsrader" columns={columns} rows={pages.rows} getRowId={(l) => l.id} emptyText="Inga rader matchar urvalet." rowTestId="payment-line-row" data-testid="payment-lines" />
      <LoadMoreButton pages={pages} fetching={fetching} />
    </>
  );
}

function MonthDetails({ month, navigate, central }: { month: PaymentMonth; navigate: (url: string) => void; central: boolean }) {
  const columns = useMemo(() => lineColumns(navigate), [navigate]);
  const [compensationCode, setCompensationCode] = useState('');
  const [districtCode, setDistrictCode] = useState('');
  const [recoveriesOnly, setRecoveriesOnly] = useState(false);
  const [districts] = useQuery({ query: PAYMENT_DISTRICTS_QUERY, variables: {}, pause: !central });
  const filter = useMemo<PaymentLineFilter>(() => {
    const f: PaymentLineFilter = { month: month.month };
    if (month.account) f.account = month.account;
    if (compensationCode) f.compensationCode = compensationCode;
    if (central && districtCode) f.districtCode = districtCode;
    if (recoveriesOnly) f.recoveriesOnly = true;
    return f;
  }, [month, compensationCode, districtCode, recoveriesOnly, central]);

  const client = useClient();
  const [exporting, setExporting] = useState<{ fetched: number; total: number } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const exportToExcel = async () => {
    setExportError(null);
    setExporting({ fetched: 0, total: month.lineCount });
    try {
      const rows = await fetchAllPages(client, PAYMENT_LINES_QUERY, { filter }, (d) => d.paymentLines, (fetched, total) => setExporting({ fetched, total }));
      const described: [string, string][] = [['Månad', month.month]];
      if (month.account) described.push(['Konto', month.account]);
      if (compensationCode) described.push(['Ersättning', compensationCode]);
      if (central && districtCode) described.push(['Stadsdel', districts.data?.districts.find((d) => d.code === districtCode)?.name ?? districtCode]);
      if (recoveriesOnly) described.push(['Endast återkrav', 'Ja']);
      await downloadPaymentLinesWorkbook(month.month, rows, described);
    } catch (e) {
      setExportError((e as CombinedError).graphQLErrors ? errorText(e as CombinedError) : 'Excel-filen kunde inte skapas.');
    } finally {
      setExporting(null);
    }
  };

  return (
    <section aria-labelledby="payment-month-heading" data-testid="payment-month">
      <h2 id="payment-month-heading">Utbetalningar {monthTitle(month)}</h2>
      <h3>Per ersättning</h3>
      <DataTable label={`Per ersättning ${monthTitle(month)}`} columns={totalColumns} rows={month.byCompensation} getRowId={(t) => t.compensationCode} rowTestId="payment-total-row" data-testid="payment-totals" />
      <h3>Rader</h3>
      <div className="sb-toolbar" role="group" aria-label="Filter för raderna">
        <Select
          label="Ersättning"
          options={[{ id: ALL, label: 'Alla ersättningar' }, ...month.byCompensation.map((t) => ({ id: t.compensationCode, label: t.compensationCode }))]}
          selectedKey={compensationCode || ALL}
          onSelectionChange={(key) => setCompensationCode(!key || key === ALL ? '' : key)}
          data-testid="payment-lines-compensation-filter"
        />
        {central && (
          <Select
            label="Stadsdel"
            options={[{ id: ALL, label: 'Alla stadsdelar' }, ...(districts.data?.districts ?? []).map((d) => ({ id: d.code, label: d.name }))]}
            selectedKey={districtCode || ALL}
            onSelectionChange={(key) => setDistrictCode(!key || key === ALL ? '' : key)}
            data-testid="payment-lines-district-filter"
          />
        )}
        <label className="sb-checkbox">
          <input type="checkbox" checked={recoveriesOnly} onChange={(e) => setRecoveriesOnly(e.target.checked)} /> Endast återkrav
        </label>
        <span className="sb-toolbar__spacer" />
        <Button variant="secondary" isDisabled={Boolean(exporting)} onPress={() => void exportToExcel()}>
          Exportera rader till Excel
        </Button>
      </div>
      <div aria-live="polite" data-testid="payment-lines-export-status">
        {exporting && <p className="sb-muted">{`Hämtar ${formatCount(exporting.fetched)} av ${formatCount(exporting.total)} …`}</p>}
      </div>
      {exportError && <ErrorMessage title="Exporten misslyckades">{exportError}</ErrorMessage>}
      <LinesTable key={JSON.stringify(filter)} filter={filter} columns={columns} />
    </section>
  );
}

/**
 * "Utbetalningar": MiG's payments per month and account for a year (what was paid, what was
 * recovered, the net); choosing a month shows its totals per compensation type and its lines,
 * filtered and exportable to Excel. A district's staff see their district's lines only.
 */
export function PaymentsPage({ navigate, roles, year: initialYear }: PaymentsPageProps) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(initialYear ?? thisYear);
  const [selected, setSelected] = useState<string | null>(null);
  const central = !isDistrictUser(roles);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PAYMENT_MONTHS_QUERY, variables: { year } });
  const months = data?.paymentMonths ?? [];
  const chosen = months.find((m) => monthKey(m) === selected) ?? null;
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(Math.max(thisYear, year) - i));

  const monthColumns: DataTableColumn<PaymentMonth>[] = [
    {
      id: 'month',
      label: 'Månad',
      text: (m) => formatMonth(m.month),
      sortValue: (m) => m.month,
      render: (m) => (
        <Button variant="secondary" aria-pressed={monthKey(m) === selected} onPress={() => setSelected(monthKey(m) === selected ? null : monthKey(m))} data-testid="payment-month-select">
          {formatMonth(m.month)}
        </Button>
      ),
      isRowHeader: true,
      allowsSorting: true,
      cellTestId: 'payment-month-name',
    },
    { id: 'account', label: 'Konto', text: (m) => m.account ?? '–', allowsSorting: true, cellTestId: 'payment-month-account' },
    { id: 'paid', label: 'Utbetalt', text: (m) => formatKronor(m.paid), sortValue: (m) => m.paid, align: 'end', allowsSorting: true, cellTestId: 'payment-month-paid' },
    { id: 'recovered', label: 'Återkrav', text: (m) => formatKronor(m.recovered), sortValue: (m) => m.recovered, align: 'end', allowsSorting: true, cellTestId: 'payment-month-recovered' },
    { id: 'total', label: 'Netto', text: (m) => formatKronor(m.total), sortValue: (m) => m.total, align: 'end', allowsSorting: true, cellTestId: 'payment-month-net' },
    { id: 'lines', label: 'Rader', text: (m) => formatCount(m.lineCount), sortValue: (m) => m.lineCount, align: 'end', allowsSorting: true, cellTestId: 'payment-month-lines' },
  ];

  return (
    <section aria-labelledby="payments-heading" aria-busy={fetching}>
      <h1 id="payments-heading">Utbetalningar</h1>
      <p data-testid="payments-intro">
        {central
          ? 'MiG:s utbetalningar per månad och konto, med återkrav som dras av. Välj en månad för att se summor per ersättning och raderna.'
          : 'MiG:s utbetalningar för din stadsdel per månad, med återkrav som dras av. Du ser bara rader som gäller din stadsdel.'}
      </p>
      <div className="sb-toolbar">
        <Select
          label="År"
          options={years.map((y) => ({ id: y, label: y }))}
          selectedKey={String(year)}
          onSelectionChange={(key) => {
            if (!key) return;
            setYear(Number(key));
            setSelected(null);
          }}
          data-testid="payments-year"
        />
      </div>
      {error && !data ? (
        <ErrorMessage title="Utbetalningarna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{errorText(error)}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar utbetalningarna…" />
      ) : (
        <>
          <DataTable
            label={`Utbetalningar per månad ${year}`}
            columns={monthColumns}
            rows={months}
            getRowId={monthKey}
            emptyText={`Inga utbetalningar ${year}.`}
            rowTestId="payment-month-row"
            data-testid="payment-months"
          />
          {chosen && <MonthDetails key={monthKey(chosen)} month={chosen} navigate={navigate} central={central} />}
        </>
      )}
    </section>
  );
}

export default PaymentsPage;
