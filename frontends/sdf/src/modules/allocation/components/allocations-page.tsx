import {
  AppLink,
  Button,
  DataTable,
  ErrorMessage,
  Select,
  Spinner,
  TextField,
  downloadWorkbook,
  formatCount,
  formatKronor,
  graphqlErrorText,
  type DataTableColumn,
  type ExcelColumn,
} from '@statsbidrag/ui';
import type { Viewer } from '@statsbidrag/ui/host';
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { MONTH_PATTERN, SERVICE_DOWN, addMonths, allocationMonthPath, forecastByMonth, monthByCode, type MonthRow } from '../allocation-format.js';
import { DISTRICT_ALLOCATIONS_QUERY, FLAT_RATE_FORECAST_QUERY } from '../allocation.graphql.js';
import '../allocation.css';

const ALL = 'ALLA';

export interface AllocationsPageProps {
  viewer: Pick<Viewer, 'districts'>;
  navigate: (url: string) => void;
  /** Today (tests fix it). */
  now?: Date;
}

/**
 * "Fördelade medel": the money the approved allocation sheets gave the viewer's districts, per month and
 * compensation code (default the last 12 months), each month leading to the persons behind it, and the
 * forecast of generalschablon instalments still to come. The server shows a district user only their districts.
 */
export function AllocationsPage({ viewer, navigate, now = new Date() }: AllocationsPageProps) {
  const [period, setPeriod] = useState({ from: addMonths(now, -11), to: addMonths(now, 0) });
  const [district, setDistrict] = useState<string>(ALL);
  const districtCode = district === ALL ? null : district;
  const names = viewer.districts.map((d) => d.name).join(', ');
  return (
    <section className="sdf-allocation" aria-labelledby="sdf-allocation-heading">
      <h1 id="sdf-allocation-heading">Fördelade medel</h1>
      <p className="sb-muted">Statlig ersättning som AmF har fördelat till {names ? `din stadsdel (${names})` : 'din stadsdel'} i godkända fördelningsark.</p>
      {viewer.districts.length > 1 && (
        <Select
          label="Stadsdel"
          options={[{ id: ALL, label: 'Alla mina stadsdelar' }, ...viewer.districts.map((d) => ({ id: d.code, label: d.name }))]}
          selectedKey={district}
          onSelectionChange={(k) => setDistrict(k ?? ALL)}
        />
      )}
      <PeriodForm period={period} onChange={setPeriod} />
      <MoneyTable key={`${period.from}-${period.to}-${district}`} from={period.from} to={period.to} districtCode={districtCode} navigate={navigate} />
      <Forecast from={addMonths(now, 1)} to={addMonths(now, 12)} districtCode={districtCode} />
    </section>
  );
}

function PeriodForm({ period, onChange }: { period: { from: string; to: string }; onChange: (p: { from: string; to: string }) => void }) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!MONTH_PATTERN.test(from.trim()) || !MONTH_PATTERN.test(to.trim())) return setProblem('Skriv månaderna som ÅÅÅÅ-MM, till exempel 2025-03.');
    if (from.trim() > to.trim()) return setProblem('Från-månaden kan inte vara efter till-månaden.');
    setProblem(null);
    onChange({ from: from.trim(), to: to.trim() });
  };
  return (
    <form className="sb-toolbar sdf-allocation__period" onSubmit={submit} aria-label="Period">
      <TextField label="Från månad (ÅÅÅÅ-MM)" value={from} onChange={(v) => (setFrom(v), setProblem(null))} errorMessage={problem ?? undefined} />
      <TextField label="Till månad (ÅÅÅÅ-MM)" value={to} onChange={(v) => (setTo(v), setProblem(null))} />
      <Button type="submit">Visa perioden</Button>
    </form>
  );
}

function MoneyTable({ from, to, districtCode, navigate }: { from: string; to: string; districtCode: string | null; navigate: (url: string) => void }) {
  const variables = useMemo(() => ({ fromMonth: from, toMonth: to, districtCode }), [from, to, districtCode]);
  const [{ data, error }, reexecute] = useQuery({ query: DISTRICT_ALLOCATIONS_QUERY, variables });
  const table = useMemo(() => monthByCode(data?.districtAllocations ?? []), [data]);
  const [exportProblem, setExportProblem] = useState<string | null>(null);

  const columns = useMemo<DataTableColumn<MonthRow>[]>(
    () => [
      {
        id: 'month',
        label: 'Månad',
        text: (r) => r.month,
        render: (r) =>
          r.month === 'Totalt' ? (
            'Totalt'
          ) : (
            <AppLink href={allocationMonthPath(r.month)} onNavigate={navigate}>
              {r.month}
            </AppLink>
          ),
        isRowHeader: true,
        allowsSorting: true,
        cellTestId: 'money-month',
      },
      ...table.codes.map<DataTableColumn<MonthRow>>((code) => ({
        id: `code-${code}`,
        label: code,
        text: (r) => formatKronor(r.byCode[code] ?? 0),
        sortValue: (r) => r.byCode[code] ?? 0,
        allowsSorting: true,
        align: 'end',
      })),
      { id: 'total', label: 'Totalt', text: (r) => formatKronor(r.total), sortValue: (r) => r.total, allowsSorting: true, align: 'end', cellTestId: 'money-total' },
    ],
    [table.codes, navigate],
  );

  const exportRows = async () => {
    setExportProblem(null);
    const excel: ExcelColumn<MonthRow>[] = [
      { header: 'Månad', value: (r) => r.month },
      ...table.codes.map<ExcelColumn<MonthRow>>((code) => ({ header: code, value: (r) => r.byCode[code] ?? 0, format: 'kronorFromOre' })),
      { header: 'Totalt', value: (r) => r.total, format: 'kronorFromOre' },
    ];
    try {
      await downloadWorkbook(`fordelade-medel-${from}-${to}.xlsx`, [{ name: 'Fördelade medel', columns: excel, rows: [...table.months, table.totals] }]);
    } catch {
      setExportProblem('Exporten misslyckades. Försök igen.');
    }
  };

  if (error && !data) {
    return (
      <ErrorMessage title="De fördelade medlen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
      </ErrorMessage>
    );
  }
  if (!data) return <Spinner label="Hämtar fördelade medel…" />;
  return (
    <section className="sdf-allocation__section" aria-labelledby="sdf-allocation-money-heading">
      <h2 id="sdf-allocation-money-heading">
        Per månad och ersättning {from} – {to}
      </h2>
      {table.months.length === 0 ? (
        <p className="sb-muted" data-testid="money-empty">
          Inga godkända fördelningar för perioden.
        </p>
      ) : (
        <>
          <div className="sb-toolbar">
            <p className="sb-muted" aria-live="polite">
              {formatCount(table.months.length)} månader, totalt <strong data-testid="money-period-total">{formatKronor(table.totals.total)}</strong>.
            </p>
            <span className="sb-toolbar__spacer" />
            <Button variant="secondary" onPress={() => void exportRows()}>
              Exportera till Excel
            </Button>
          </div>
          {exportProblem && <ErrorMessage title={exportProblem} />}
          <DataTable label="Fördelade medel per månad" columns={columns} rows={table.months} getRowId={(r) => r.month} rowTestId="money-row" />
          <DataTable label="Summa för perioden" columns={columns} rows={[table.totals]} getRowId={() => 'totalt'} rowTestId="money-sum-row" />
        </>
      )}
    </section>
  );
}

function Forecast({ from, to, districtCode }: { from: string; to: string; districtCode: string | null }) {
  const variables = useMemo(() => ({ fromMonth: from, toMonth: to, districtCode }), [from, to, districtCode]);
  const [{ data, error }, reexecute] = useQuery({ query: FLAT_RATE_FORECAST_QUERY, variables });
  const rows = useMemo(() => forecastByMonth(data?.flatRateForecast ?? []), [data]);
  const columns = useMemo<DataTableColumn<(typeof rows)[number]>[]>(
    () => [
      { id: 'month', label: 'Månad', text: (r) => r.month, isRowHeader: true, allowsSorting: true, cellTestId: 'forecast-month' },
      { id: 'amount', label: 'Belopp', text: (r) => formatKronor(r.amount), sortValue: (r) => r.amount, allowsSorting: true, align: 'end', cellTestId: 'forecast-amount' },
      { id: 'persons', label: 'Personer', text: (r) => formatCount(r.persons), sortValue: (r) => r.persons, allowsSorting: true, align: 'end', cellTestId: 'forecast-persons' },
    ],
    [],
  );
  return (
    <section className="sdf-allocation__section" aria-labelledby="sdf-forecast-heading">
      <h2 id="sdf-forecast-heading">Prognos för generalschablonen</h2>
      <p data-testid="forecast-explanation">
        Prognosen visar de delbetalningar av generalschablonen som ännu inte har betalats ut för personer i stadsdelen, de kommande 12 månaderna ({from} – {to}). Generalschablonen
        betalas ut i nio delar under 24 månader efter mottagandet. Det är en prognos: beloppen kan ändras om en person flyttar, avlider eller om Migrationsverket betalar ut
        något annat.
      </p>
      {error && !data ? (
        <ErrorMessage title="Prognosen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Hämtar prognosen…" />
      ) : (
        <DataTable label="Prognos för generalschablonen" columns={columns} rows={rows} getRowId={(r) => r.month} emptyText="Inga delbetalningar väntas de kommande 12 månaderna." rowTestId="forecast-row" />
      )}
    </section>
  );
}

