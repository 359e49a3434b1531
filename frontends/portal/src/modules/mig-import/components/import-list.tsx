import {
  AppLink,
  Badge,
  DataTable,
  LoadMoreButton,
  Select,
  downloadWorkbook,
  formatCount,
  formatDateTime,
  todayForFilename,
  usePagedRows,
  usePaging,
  type BadgeTone,
  type DataTableColumn,
  type ExcelColumn,
} from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { fetchAllPages } from '../fetch-all.js';
import { IMPORT_FILES_QUERY, type ImportFileSummary } from '../graphql/import-files.graphql.js';
import { IMPORT_KINDS, IMPORT_STATUSES, importFilePath } from '../mig-import-roles.js';
import { ImportListFrame } from '../../import-shared/components/import-list-frame.js';

export const IMPORT_LIST_PAGE_SIZE = 50;
const ALL = 'ALLA';

export function statusTone(status: string): BadgeTone {
  if (status === 'APPLIED') return 'success';
  if (status === 'FAILED') return 'error';
  return 'neutral';
}

export const deviationsText = (f: Pick<ImportFileSummary, 'deviationCount' | 'openDeviationCount'>): string =>
  f.deviationCount === 0 ? '0' : `${formatCount(f.deviationCount)} (${formatCount(f.openDeviationCount)} öppna)`;

export const IMPORT_EXCEL_COLUMNS: ExcelColumn<ImportFileSummary>[] = [
  { header: 'Fil', value: (f) => f.fileName },
  { header: 'Typ', value: (f) => f.kindLabel },
  { header: 'Profil', value: (f) => f.profileName },
  { header: 'Utbetalningsmånad', value: (f) => f.paymentMonth },
  { header: 'Konto', value: (f) => f.account },
  { header: 'Status', value: (f) => f.statusLabel },
  { header: 'Lästa rader', value: (f) => f.rowsRead, format: 'number' },
  { header: 'Genomförda rader', value: (f) => f.rowsApplied, format: 'number' },
  { header: 'Avvikelser', value: (f) => f.deviationCount, format: 'number' },
  { header: 'Öppna avvikelser', value: (f) => f.openDeviationCount, format: 'number' },
  { header: 'Mottagen av', value: (f) => f.receivedBy },
  { header: 'Mottagen', value: (f) => formatDateTime(f.receivedAt) },
];

/** "Importer": every import from MiG, newest first; filter by kind (server) and status (here); Excel export of the rows shown. */
export function ImportList({ navigate }: { navigate: (url: string) => void }) {
  const [kind, setKind] = useState<string>(ALL);
  const [status, setStatus] = useState<string>(ALL);
  return (
    <section className="mig-import__list" aria-labelledby="mig-import-list-heading">
      <h2 id="mig-import-list-heading">Importer</h2>
      <div className="sb-toolbar">
        <Select label="Visa typ" options={[{ id: ALL, label: 'Alla typer' }, ...IMPORT_KINDS]} selectedKey={kind} onSelectionChange={(k) => setKind(k ?? ALL)} data-testid="import-kind-filter" />
        <Select label="Visa status" options={[{ id: ALL, label: 'Alla statusar' }, ...IMPORT_STATUSES]} selectedKey={status} onSelectionChange={(s) => setStatus(s ?? ALL)} data-testid="import-status-filter" />
      </div>
      <ImportRows key={kind} kind={kind === ALL ? null : kind} status={status === ALL ? null : status} navigate={navigate} />
    </section>
  );
}

function ImportRows({ kind, status, navigate }: { kind: string | null; status: string | null; navigate: (url: string) => void }) {
  const paging = usePaging<ImportFileSummary>();
  const variables = useMemo(() => ({ kind, first: IMPORT_LIST_PAGE_SIZE, after: paging.after }), [kind, paging.after]);
  const context = useMemo(() => ({ additionalTypenames: ['ImportFile'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: IMPORT_FILES_QUERY, variables, context });
  const pages = usePagedRows(paging, data?.importFiles, (f) => f.id);
  const rows = useMemo(() => (status ? pages.rows.filter((f) => f.status === status) : pages.rows), [pages.rows, status]);
  const client = useClient();

  const columns = useMemo<DataTableColumn<ImportFileSummary>[]>(
    () => [
      {
        id: 'fileName',
        label: 'Fil',
        text: (f) => f.fileName,
        render: (f) => (
          <AppLink href={importFilePath(f.id)} onNavigate={navigate}>
            {f.fileName}
          </AppLink>
        ),
        isRowHeader: true,
        allowsSorting: true,
        cellTestId: 'import-file-name',
      },
      { id: 'kind', label: 'Typ', text: (f) => f.kindLabel + (f.paymentMonth ? ` ${f.paymentMonth}` : ''), allowsSorting: true },
      { id: 'status', label: 'Status', text: (f) => f.statusLabel, render: (f) => <Badge tone={statusTone(f.status)}>{f.statusLabel}</Badge>, allowsSorting: true, cellTestId: 'import-status' },
      { id: 'rowsRead', label: 'Lästa rader', text: (f) => formatCount(f.rowsRead), sortValue: (f) => f.rowsRead, allowsSorting: true, align: 'end' },
      { id: 'rowsApplied', label: 'Genomförda', text: (f) => formatCount(f.rowsApplied), sortValue: (f) => f.rowsApplied, allowsSorting: true, align: 'end' },
      { id: 'deviations', label: 'Avvikelser', text: deviationsText, sortValue: (f) => f.openDeviationCount, allowsSorting: true, align: 'end', cellTestId: 'import-deviations' },
      { id: 'receivedBy', label: 'Mottagen av', text: (f) => f.receivedBy, allowsSorting: true },
      { id: 'receivedAt', label: 'Mottagen', text: (f) => formatDateTime(f.receivedAt), sortValue: (f) => f.receivedAt, allowsSorting: true },
    ],
    [navigate],
  );

  const exportWorkbook = async () => {
    // Every import of the kind chosen (not only the pages loaded), with the status filter.
    const all = await fetchAllPages(client, IMPORT_FILES_QUERY, { kind }, (d) => d.importFiles);
    const shown = status ? all.filter((f) => f.status === status) : all;
    await downloadWorkbook(`importer-fran-mig-${todayForFilename()}.xlsx`, [{ name: 'Importer', columns: IMPORT_EXCEL_COLUMNS, rows: shown }]);
  };

  return (
    <ImportListFrame
      error={error}
      totalCount={data?.importFiles.totalCount}
      shownCount={rows.length}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      exportWorkbook={exportWorkbook}
    >
      <DataTable label="Importer från MiG" columns={columns} rows={rows} getRowId={(f) => f.id} filterable emptyText="Inga importer att visa." rowTestId="import-row" />
      <LoadMoreButton pages={pages} fetching={fetching} />
    </ImportListFrame>
  );
}
