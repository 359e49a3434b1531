import {
  Alert,
  AppLink,
  Button,
  DataTable,
  ErrorMessage,
  LoadMoreButton,
  Select,
  Spinner,
  downloadWorkbook,
  formatCount,
  formatDate,
  formatKronor,
  formatPeriod,
  graphqlErrorText,
  todayForFilename,
  usePagedRows,
  usePaging,
  type DataTableColumn,
} from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import { useClient, useQuery, type OperationResult } from 'urql';
import { recoverySheets, summaryRows, type SummaryRow } from '../excel/recoveries-excel.js';
import { queryOnce } from '../graphql/query-once.js';
import {
  RECOVERIES_QUERY,
  RECOVERY_OPTIONS_QUERY,
  RECOVERY_SUMMARY_QUERY,
  type RecoveriesData,
  type RecoveryDistrictSummary,
  type RecoveryFilterInput,
  type RecoveryListNode,
  type RecoveryStatus,
} from '../graphql/recoveries.graphql.js';
import { NEW_RECOVERY_PATH, RECOVERIES_PATH, STATUS_OPTIONS, districtText, isCentral, mayManageRecoveries, personPath, recoveryPath, sourceLabel, type RecoveryViewer } from '../recovery-rules.js';
import { Link } from './link.js';

export interface RecoveriesPageProps {
  navigate: (url: string) => void;
  viewer: RecoveryViewer;
  /** The URL's query string: `?stadsdel=<kod>` starts with that district's recoveries. */
  search?: string;
}

export const PAGE_SIZE = 50;
/** Rows per request when exporting. */
export const EXPORT_PAGE_SIZE = 500;
const ALL = 'ALL';
const SERVICE_DOWN = 'Tjänsten för beslut och återkrav svarar inte just nu. Försök igen om en stund.';

interface Filter {
  districtCode: string | null;
  status: RecoveryStatus | null;
  compensationCode: string | null;
  openOnly: boolean;
}

/** The filter as the API takes it (only what is chosen). */
export function filterInput(f: Filter): RecoveryFilterInput {
  return {
    ...(f.districtCode ? { districtCode: f.districtCode } : {}),
    ...(f.status ? { statuses: [f.status] } : {}),
    ...(f.compensationCode ? { compensationCode: f.compensationCode } : {}),
    ...(f.openOnly ? { openOnly: true } : {}),
  };
}

/**
 * "Återkrav" (5.1–5.7): the sums per district (a district sees only its own) and the recoveries,
 * filterable by district, status and compensation, sortable, paged and exportable to Excel.
 * Clicking a district in the summary filters the list.
 */
export function RecoveriesPage({ navigate, viewer, search = '' }: RecoveriesPageProps) {
  const central = isCentral(viewer);
  const [filter, setFilter] = useState<Filter>(() => ({ districtCode: new URLSearchParams(search).get('stadsdel'), status: null, compensationCode: null, openOnly: false }));
  const [summaryResult, reloadSummary] = useQuery({ query: RECOVERY_SUMMARY_QUERY, variables: {} });
  const [{ data: options }] = useQuery({ query: RECOVERY_OPTIONS_QUERY, variables: {} });
  const summary = summaryResult.data?.recoverySummary;
  const rows = useMemo(() => (summary?.length ? summaryRows(summary) : []), [summary]);

  const districtOptions = useMemo(() => {
    const known = new Map<string, string>();
    for (const d of options?.districts ?? []) known.set(d.code, d.name);
    for (const s of summary ?? []) if (s.districtCode) known.set(s.districtCode, districtText(s));
    return [{ id: ALL, label: 'Alla stadsdelar' }, ...[...known].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, 'sv-SE'))];
  }, [options, summary]);
  const typeOptions = [{ id: ALL, label: 'Alla ersättningar' }, ...(options?.claimTypes ?? []).map((t) => ({ id: t.code, label: `${t.name} (${t.code})` }))];
  const set = (change: Partial<Filter>) => setFilter((f) => ({ ...f, ...change }));

  const summaryColumns: DataTableColumn<SummaryRow>[] = [
    {
      id: 'district',
      label: 'Stadsdel',
      text: (r) => r.name,
      render: (r) =>
        r.isTotal ? (
          <strong>{r.name}</strong>
        ) : r.districtCode ? (
          <AppLink
            href={`${RECOVERIES_PATH}?stadsdel=${encodeURIComponent(r.districtCode)}`}
            onNavigate={() => set({ districtCode: r.districtCode })}
            title={`Visa återkraven i ${r.name}`}
            data-testid="recovery-summary-district"
          >
            {r.name}
          </AppLink>
        ) : (
          r.name
        ),
      isRowHeader: true,
    },
    { id: 'count', label: 'Antal', text: (r) => formatCount(r.count), align: 'end', cellTestId: 'recovery-summary-count' },
    { id: 'open', label: 'Öppna', text: (r) => formatCount(r.openCount), align: 'end', cellTestId: 'recovery-summary-open' },
    { id: 'amount', label: 'Återkrävt', text: (r) => formatKronor(r.amount), align: 'end', cellTestId: 'recovery-summary-amount' },
    { id: 'offset', label: 'Kvittat', text: (r) => formatKronor(r.offsetAmount), align: 'end', cellTestId: 'recovery-summary-offset' },
    { id: 'remaining', label: 'Kvar', text: (r) => formatKronor(r.remainingAmount), align: 'end', cellTestId: 'recovery-summary-remaining' },
  ];

  const districtName = filter.districtCode ? (districtOptions.find((o) => o.id === filter.districtCode)?.label ?? filter.districtCode) : null;

  return (
    <section aria-labelledby="recoveries-heading">
      <h1 id="recoveries-heading">Återkrav</h1>
      {mayManageRecoveries(viewer) && (
        <p>
          <Button onPress={() => navigate(NEW_RECOVERY_PATH)} data-testid="recovery-new">
            Nytt återkrav
          </Button>
        </p>
      )}

      <section aria-labelledby="recovery-summary-heading">
        <h2 id="recovery-summary-heading">Per stadsdel</h2>
        {summaryResult.error && (
          <ErrorMessage title="Sammanställningen kunde inte hämtas" onRetry={() => reloadSummary({ requestPolicy: 'network-only' })}>
            <p>{graphqlErrorText(summaryResult.error, SERVICE_DOWN)}</p>
          </ErrorMessage>
        )}
        {!summary && !summaryResult.error && <Spinner label="Laddar sammanställningen…" />}
        {summary && <DataTable label="Återkrav per stadsdel" columns={summaryColumns} rows={rows} getRowId={(r) => r.key} emptyText="Inga återkrav." rowTestId="recovery-summary-row" data-testid="recovery-summary" />}
      </section>

      <section aria-labelledby="recovery-list-heading">
        <h2 id="recovery-list-heading">{districtName ? `Återkrav i ${districtName}` : 'Alla återkrav'}</h2>
        <div className="sb-toolbar" role="group" aria-label="Filter">
          {central && (
            <Select label="Stadsdel" options={districtOptions} selectedKey={filter.districtCode ?? ALL} onSelectionChange={(k) => set({ districtCode: k && k !== ALL ? k : null })} data-testid="recovery-filter-district" />
          )}
          <Select
            label="Status"
            options={[{ id: ALL, label: 'Alla statusar' }, ...STATUS_OPTIONS]}
            selectedKey={filter.status ?? ALL}
            onSelectionChange={(k) => set({ status: k && k !== ALL ? (k as RecoveryStatus) : null })}
            data-testid="recovery-filter-status"
          />
          <Select
            label="Ersättning"
            options={typeOptions}
            selectedKey={filter.compensationCode ?? ALL}
            onSelectionChange={(k) => set({ compensationCode: k && k !== ALL ? k : null })}
            data-testid="recovery-filter-type"
          />
          <label className="sb-checkbox">
            <input type="checkbox" checked={filter.openOnly} onChange={(e) => set({ openOnly: e.target.checked })} data-testid="recovery-filter-open" /> Endast ej reglerade
          </label>
          {filter.districtCode && !central && (
            <Button variant="secondary" onPress={() => set({ districtCode: null })}>
              Visa alla
            </Button>
          )}
        </div>
        <RecoveryList key={JSON.stringify(filterInput(filter))} filter={filterInput(filter)} summary={summary ?? []} navigate={navigate} />
      </section>
    </section>
  );
}

function RecoveryList({ filter, summary, navigate }: { filter: RecoveryFilterInput; summary: readonly RecoveryDistrictSummary[]; navigate: (url: string) => void }) {
  const client = useClient();
  const paging = usePaging<RecoveryListNode>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RECOVERIES_QUERY, variables: { filter, first: PAGE_SIZE, after: paging.after } });
  const pages = usePagedRows(paging, data?.recoveries, (r) => r.id);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string>();

  const columns: DataTableColumn<RecoveryListNode>[] = [
    {
      id: 'person',
      label: 'Person',
      text: (r) => r.person?.fullName ?? 'Okänd person',
      render: (r) =>
        r.person ? (
          <Link href={personPath(r.person.id)} navigate={navigate}>
            {r.person.fullName}
          </Link>
        ) : (
          'Okänd person'
        ),
      isRowHeader: true,
      allowsSorting: true,
    },
    { id: 'district', label: 'Stadsdel', text: districtText, allowsSorting: true },
    {
      id: 'compensation',
      label: 'Ersättning',
      text: (r) => r.compensationCode,
      render: (r) => (
        <Link href={recoveryPath(r.id)} navigate={navigate} data-testid="recovery-link">
          {r.compensationCode}
        </Link>
      ),
      allowsSorting: true,
    },
    { id: 'period', label: 'Period', text: (r) => formatPeriod(r.periodFrom, r.periodTo), sortValue: (r) => r.periodFrom ?? '', allowsSorting: true },
    { id: 'amount', label: 'Belopp', text: (r) => formatKronor(r.amount), sortValue: (r) => r.amount, align: 'end', allowsSorting: true, cellTestId: 'recovery-amount' },
    { id: 'offset', label: 'Kvittat', text: (r) => formatKronor(r.offsetAmount), sortValue: (r) => r.offsetAmount, align: 'end', allowsSorting: true },
    { id: 'remaining', label: 'Kvar', text: (r) => formatKronor(r.remainingAmount), sortValue: (r) => r.remainingAmount, align: 'end', allowsSorting: true, cellTestId: 'recovery-remaining' },
    { id: 'status', label: 'Status', text: (r) => r.statusLabel, allowsSorting: true },
    { id: 'deadline', label: 'Överklagandefrist', text: (r) => formatDate(r.appealDeadline), allowsSorting: true },
    { id: 'source', label: 'Källa', text: (r) => sourceLabel(r.source), allowsSorting: true },
  ];

  const exportExcel = async () => {
    setExportError(undefined);
    setExporting(true);
    try {
      const all: RecoveryListNode[] = [];
      let after: string | null = null;
      for (;;) {
        const result: OperationResult<RecoveriesData> = await queryOnce(client, RECOVERIES_QUERY, { filter, first: EXPORT_PAGE_SIZE, after });
        if (!result.data) throw new Error(result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : SERVICE_DOWN);
        all.push(...result.data.recoveries.edges.map((e) => e.node));
        const { hasNextPage, endCursor } = result.data.recoveries.pageInfo;
        if (!hasNextPage || !endCursor) break;
        after = endCursor;
      }
      await downloadWorkbook(`aterkrav-${todayForFilename()}.xlsx`, recoverySheets(summary, all));
    } catch (e) {
      setExportError(e instanceof Error ? e.message : SERVICE_DOWN);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div aria-busy={fetching}>
      {error && (
        <ErrorMessage title="Återkraven kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      )}
      {!data && !error ? (
        <Spinner label="Laddar återkraven…" />
      ) : (
        <>
          {data && (
            <p className="sb-muted" data-testid="recovery-count">
              {formatCount(data.recoveries.totalCount)} återkrav.
            </p>
          )}
          <p>
            <Button variant="secondary" isDisabled={exporting || !data} onPress={() => void exportExcel()} data-testid="recovery-export">
              {exporting ? 'Exporterar…' : 'Exportera till Excel'}
            </Button>
          </p>
          {exportError && (
            <Alert tone="error" title="Exporten misslyckades">
              <p>{exportError}</p>
            </Alert>
          )}
          <DataTable label="Återkrav" columns={columns} rows={pages.rows} getRowId={(r) => r.id} filterable emptyText="Inga återkrav matchar filtret." rowTestId="recovery-row" data-testid="recoveries" />
          <LoadMoreButton pages={pages} fetching={fetching} />
        </>
      )}
    </div>
  );
}

export default RecoveriesPage;
