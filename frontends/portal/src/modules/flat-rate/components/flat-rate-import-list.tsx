import {
  AppLink,
  Badge,
  Button,
  DataTable,
  ErrorMessage,
  LoadMoreButton,
  Select,
  downloadWorkbook,
  formatCount,
  formatDateTime,
  formatKronor,
  graphqlErrorText,
  todayForFilename,
  usePagedRows,
  usePaging,
  type BadgeTone,
  type DataTableColumn,
  type ExcelColumn,
} from '@statsbidrag/ui';
import { useEffect, useMemo, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { fetchAllPages } from '../../mig-import/fetch-all.js';
import { SERVICE_DOWN } from '../../mig-import/import-file-checks.js';
import { FLAT_RATE_IMPORT_STATUSES, FLAT_RATE_KINDS, flatRateImportPath } from '../flat-rate-roles.js';
import { ImportListFrame } from '../../import-shared/components/import-list-frame.js';
import { ACTIVE_STATUSES, FLAT_RATE_IMPORTS_QUERY, RETRY_FLAT_RATE_IMPORT_MUTATION, type FlatRateImport } from '../graphql/flat-rate-imports.graphql.js';

export const FLAT_RATE_IMPORT_PAGE_SIZE = 50;
/** How often the list is fetched again while an import in it is queued or running. */
export const LIST_POLL_MS = 2000;
const ALL = 'ALLA';

export function statusTone(status: string): BadgeTone {
  if (status === 'APPLIED') return 'success';
  if (status === 'FAILED') return 'error';
  return 'neutral';
}

export const progressText = (f: Pick<FlatRateImport, 'rowsRead' | 'rowsApplied' | 'deviationCount'>): string =>
  `${formatCount(f.rowsRead)} lästa, ${formatCount(f.rowsApplied)} genomförda, ${formatCount(f.deviationCount)} avvikelser`;

export const FLAT_RATE_IMPORT_EXCEL_COLUMNS: ExcelColumn<FlatRateImport>[] = [
  { header: 'Fil', value: (f) => f.fileName },
  { header: 'Typ', value: (f) => f.kindLabel },
  { header: 'Profil', value: (f) => f.profileName },
  { header: 'Krypterad', value: (f) => (f.encrypted ? 'Ja' : 'Nej') },
  { header: 'Status', value: (f) => f.statusLabel },
  { header: 'Månader', value: (f) => f.months.join(', ') },
  { header: 'Lästa rader', value: (f) => f.rowsRead, format: 'number' },
  { header: 'Genomförda rader', value: (f) => f.rowsApplied, format: 'number' },
  { header: 'Avvikelser', value: (f) => f.deviationCount, format: 'number' },
  { header: 'Öppna avvikelser', value: (f) => f.openDeviationCount, format: 'number' },
  { header: 'Belopp (kr)', value: (f) => f.totalAmount, format: 'kronorFromOre' },
  { header: 'Fel', value: (f) => f.failure },
  { header: 'Mottagen av', value: (f) => f.receivedBy },
  { header: 'Mottagen', value: (f) => formatDateTime(f.receivedAt) },
];

/** "Importer": every flat-rate import, newest first; filter by kind and status (server), progress polled while one runs, "Försök igen" on a failed one. */
export function FlatRateImportList({ navigate, mayRun, pollMs = LIST_POLL_MS }: { navigate: (url: string) => void; mayRun: boolean; pollMs?: number }) {
  const [kind, setKind] = useState<string>(ALL);
  const [status, setStatus] = useState<string>(ALL);
  return (
    <section className="mig-import__list" aria-labelledby="flat-rate-list-heading">
      <h2 id="flat-rate-list-heading">Importer</h2>
      <div className="sb-toolbar">
        <Select label="Visa typ" options={[{ id: ALL, label: 'Alla typer' }, ...FLAT_RATE_KINDS]} selectedKey={kind} onSelectionChange={(k) => setKind(k ?? ALL)} data-testid="flat-rate-kind-filter" />
        <Select label="Visa status" options={[{ id: ALL, label: 'Alla statusar' }, ...FLAT_RATE_IMPORT_STATUSES]} selectedKey={status} onSelectionChange={(s) => setStatus(s ?? ALL)} data-testid="flat-rate-status-filter" />
      </div>
      <ImportRows key={`${kind}-${status}`} kind={kind === ALL ? null : kind} status={status === ALL ? null : status} navigate={navigate} mayRun={mayRun} pollMs={pollMs} />
    </section>
  );
}

function ImportRows({ kind, status, navigate, mayRun, pollMs }: { kind: string | null; status: string | null; navigate: (url: string) => void; mayRun: boolean; pollMs: number }) {
  const paging = usePaging<FlatRateImport>();
  const variables = useMemo(() => ({ kind, status, first: FLAT_RATE_IMPORT_PAGE_SIZE, after: paging.after }), [kind, status, paging.after]);
  const context = useMemo(() => ({ additionalTypenames: ['FlatRateImport'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: FLAT_RATE_IMPORTS_QUERY, variables, context });
  const pages = usePagedRows(paging, data?.flatRateImports, (f) => f.id);
  const rows = pages.rows;
  const [retryError, setRetryError] = useState<string | null>(null);
  const [, retryImport] = useMutation(RETRY_FLAT_RATE_IMPORT_MUTATION);
  const client = useClient();

  const active = (data?.flatRateImports.edges ?? []).some((e) => ACTIVE_STATUSES.includes(e.node.status));
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), pollMs);
    return () => clearInterval(timer);
  }, [active, pollMs, reexecute]);

  const columns = useMemo<DataTableColumn<FlatRateImport>[]>(() => {
    const retry = async (f: FlatRateImport) => {
      setRetryError(null);
      const result = await retryImport({ id: f.id }, { additionalTypenames: ['FlatRateImport'] });
      if (result.error) setRetryError(graphqlErrorText(result.error, SERVICE_DOWN));
      else reexecute({ requestPolicy: 'network-only' });
    };
    return [
      {
        id: 'fileName',
        label: 'Fil',
        text: (f) => f.fileName + (f.encrypted ? ' (krypterad)' : ''),
        render: (f) => (
          <>
            <AppLink href={flatRateImportPath(f.id)} onNavigate={navigate}>
              {f.fileName}
            </AppLink>
            {f.encrypted && (
              <>
                {' '}
                <Badge data-testid="flat-rate-encrypted">Krypterad</Badge>
              </>
            )}
          </>
        ),
        sortValue: (f) => f.fileName,
        isRowHeader: true,
        allowsSorting: true,
        cellTestId: 'flat-rate-import-file-name',
      },
      { id: 'kind', label: 'Typ', text: (f) => f.kindLabel, allowsSorting: true },
      {
        id: 'status',
        label: 'Status',
        text: (f) => [f.statusLabel, f.failure].filter(Boolean).join(': '),
        render: (f) => (
          <>
            <Badge tone={statusTone(f.status)}>{f.statusLabel}</Badge>
            {f.failure && <p className="sb-muted" data-testid="flat-rate-import-failure">{f.failure}</p>}
            {f.status === 'FAILED' && mayRun && (
              <Button variant="secondary" aria-label={`Försök igen med ${f.fileName}`} onPress={() => void retry(f)}>
                Försök igen
              </Button>
            )}
          </>
        ),
        sortValue: (f) => f.statusLabel,
        allowsSorting: true,
        cellTestId: 'flat-rate-import-status',
      },
      { id: 'progress', label: 'Rader', text: progressText, sortValue: (f) => f.rowsRead, allowsSorting: true, cellTestId: 'flat-rate-import-progress' },
      { id: 'open', label: 'Öppna avvikelser', text: (f) => formatCount(f.openDeviationCount), sortValue: (f) => f.openDeviationCount, allowsSorting: true, align: 'end' },
      { id: 'amount', label: 'Belopp', text: (f) => formatKronor(f.totalAmount), sortValue: (f) => f.totalAmount, allowsSorting: true, align: 'end' },
      { id: 'months', label: 'Månader', text: (f) => f.months.join(', ') },
      { id: 'receivedAt', label: 'Mottagen', text: (f) => `${formatDateTime(f.receivedAt)} av ${f.receivedBy}`, sortValue: (f) => f.receivedAt, allowsSorting: true },
    ];
  }, [navigate, mayRun, retryImport, reexecute]);

  const exportWorkbook = async () => {
    const all = await fetchAllPages(client, FLAT_RATE_IMPORTS_QUERY, { kind, status }, (d) => d.flatRateImports);
    await downloadWorkbook(`schablonimporter-${todayForFilename()}.xlsx`, [{ name: 'Importer', columns: FLAT_RATE_IMPORT_EXCEL_COLUMNS, rows: all }]);
  };

  return (
    <ImportListFrame
      error={error}
      totalCount={data?.flatRateImports.totalCount}
      shownCount={rows.length}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      exportWorkbook={exportWorkbook}
    >
      {retryError && (
        <ErrorMessage title="Importen kunde inte startas om">
          <p>{retryError}</p>
        </ErrorMessage>
      )}
      <DataTable label="Importer av schabloner" columns={columns} rows={rows} getRowId={(f) => f.id} filterable emptyText="Inga importer att visa." rowTestId="flat-rate-import-row" />
      <LoadMoreButton pages={pages} fetching={fetching} />
    </ImportListFrame>
  );
}
