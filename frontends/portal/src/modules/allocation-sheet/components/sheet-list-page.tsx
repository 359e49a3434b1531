import {
  AppLink,
  Badge,
  Button,
  DataTable,
  ErrorMessage,
  LoadMoreButton,
  Spinner,
  TextField,
  formatCount,
  formatDateTime,
  formatKronor,
  graphqlErrorText,
  usePagedRows,
  usePaging,
  type DataTableColumn,
} from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { MONTH_PATTERN, SERVICE_DOWN, previousMonth, sheetPath } from '../allocation-sheet-roles.js';
import { ALLOCATION_SHEETS_QUERY, type AllocationSheetSummary } from '../graphql/allocation-sheet.graphql.js';
import { statusTone } from '../sheet-format.js';

export const SHEET_LIST_PAGE_SIZE = 24;

/** "Fördelning" (`/fordelning`): the months with a saved allocation sheet (latest version each), and any month to open. */
export function SheetListPage({ navigate }: { navigate: (url: string) => void }) {
  return (
    <section className="allocation" aria-labelledby="allocation-heading">
      <h1 id="allocation-heading">Fördelning</h1>
      <p className="sb-muted">Fördelningsark per månad: hur utbetalda schabloner och beviljade medel fördelas på stadsdelarna.</p>
      <MonthPicker navigate={navigate} />
      <SheetMonths navigate={navigate} />
    </section>
  );
}

function MonthPicker({ navigate }: { navigate: (url: string) => void }) {
  const [month, setMonth] = useState(previousMonth());
  const [problem, setProblem] = useState<string | null>(null);
  const open = (event?: FormEvent) => {
    event?.preventDefault();
    const value = month.trim();
    if (!MONTH_PATTERN.test(value)) {
      setProblem('Skriv månaden som ÅÅÅÅ-MM, till exempel 2025-03.');
      return;
    }
    navigate(sheetPath(value));
  };
  return (
    <form className="sb-toolbar allocation__picker" onSubmit={open} aria-label="Öppna en månad">
      <TextField label="Månad (ÅÅÅÅ-MM)" value={month} onChange={(v) => (setMonth(v), setProblem(null))} errorMessage={problem ?? undefined} />
      <Button type="submit">Öppna månaden</Button>
    </form>
  );
}

function SheetMonths({ navigate }: { navigate: (url: string) => void }) {
  const paging = usePaging<AllocationSheetSummary>();
  const variables = useMemo(() => ({ first: SHEET_LIST_PAGE_SIZE, after: paging.after }), [paging.after]);
  const context = useMemo(() => ({ additionalTypenames: ['AllocationSheet'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ALLOCATION_SHEETS_QUERY, variables, context, requestPolicy: 'cache-and-network' });
  const pages = usePagedRows(paging, data?.allocationSheets, (s) => s.month);

  const columns = useMemo<DataTableColumn<AllocationSheetSummary>[]>(
    () => [
      {
        id: 'month',
        label: 'Månad',
        text: (s) => s.month,
        render: (s) => (
          <AppLink href={sheetPath(s.month)} onNavigate={navigate}>
            {s.month}
          </AppLink>
        ),
        isRowHeader: true,
        allowsSorting: true,
        cellTestId: 'sheet-month',
      },
      { id: 'version', label: 'Version', text: (s) => (s.version == null ? '–' : String(s.version)), sortValue: (s) => s.version ?? 0, allowsSorting: true, align: 'end' },
      { id: 'status', label: 'Status', text: (s) => s.statusLabel, render: (s) => <Badge tone={statusTone(s.status)}>{s.statusLabel}</Badge>, allowsSorting: true, cellTestId: 'sheet-status' },
      { id: 'total', label: 'Totalt', text: (s) => formatKronor(s.total), sortValue: (s) => s.total, allowsSorting: true, align: 'end', cellTestId: 'sheet-total' },
      {
        id: 'reconciled',
        label: 'Avstämd',
        text: (s) => (s.reconciliation.ok ? 'Ja' : 'Nej'),
        render: (s) => (s.reconciliation.ok ? 'Ja' : <Badge tone="error">Nej</Badge>),
        allowsSorting: true,
        cellTestId: 'sheet-reconciled',
      },
      { id: 'changed', label: 'Senast ändrad', text: (s) => formatDateTime(s.approvedAt ?? s.reviewedAt ?? s.createdAt), allowsSorting: true },
    ],
    [navigate],
  );

  if (error && !data) {
    return (
      <ErrorMessage title="Fördelningsarken kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
      </ErrorMessage>
    );
  }
  if (!data) return <Spinner label="Laddar fördelningsark…" />;
  return (
    <div className="allocation__months">
      <h2>Sparade fördelningsark</h2>
      <p className="sb-muted" aria-live="polite">
        {formatCount(pages.rows.length)} av {formatCount(data.allocationSheets.totalCount)} månader visas.
      </p>
      <DataTable label="Fördelningsark per månad" columns={columns} rows={pages.rows} getRowId={(s) => s.month} filterable emptyText="Inga fördelningsark är sparade ännu. Öppna en månad för att se förslaget." rowTestId="sheet-row" />
      <LoadMoreButton pages={pages} fetching={fetching} />
    </div>
  );
}
