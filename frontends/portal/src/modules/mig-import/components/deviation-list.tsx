import {
  Alert,
  Badge,
  Button,
  DataTable,
  ErrorMessage,
  LoadMoreButton,
  Select,
  Spinner,
  downloadWorkbook,
  formatCount,
  formatDateTime,
  graphqlErrorText,
  todayForFilename,
  usePagedRows,
  usePaging,
  type DataTableColumn,
  type ExcelColumn,
} from '@statsbidrag/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { fetchAllPages } from '../fetch-all.js';
import { IMPORT_DEVIATIONS_QUERY, type DeviationStatus, type ImportDeviation } from '../graphql/deviations.graphql.js';
import { SERVICE_DOWN } from '../import-file-checks.js';
import { CloseDeviationDialog, ResolveDeviationDialog } from './deviation-dialogs.js';

export const DEVIATION_PAGE_SIZE = 100;
const ALL = 'ALLA';

export const DEVIATION_STATUSES: readonly { id: DeviationStatus; label: string }[] = [
  { id: 'OPEN', label: 'Öppna' },
  { id: 'RESOLVED', label: 'Åtgärdade' },
  { id: 'CLOSED', label: 'Stängda' },
];
const STATUS_LABEL: Record<DeviationStatus, string> = { OPEN: 'Öppen', RESOLVED: 'Åtgärdad', CLOSED: 'Stängd' };

export const originalText = (d: Pick<ImportDeviation, 'original'>): string => d.original.join(' | ');

export const DEVIATION_EXCEL_COLUMNS: ExcelColumn<ImportDeviation>[] = [
  { header: 'Rad', value: (d) => d.rowNumber, format: 'number' },
  { header: 'Fält', value: (d) => d.fieldLabel },
  { header: 'Orsak', value: (d) => d.reason },
  { header: 'Meddelande', value: (d) => d.message },
  { header: 'Värden i filen', value: originalText },
  { header: 'Förslag', value: (d) => d.suggestion?.label },
  { header: 'Status', value: (d) => STATUS_LABEL[d.status] },
  { header: 'Åtgärd', value: (d) => d.resolution },
  { header: 'Åtgärdad av', value: (d) => d.resolvedBy },
  { header: 'Åtgärdad', value: (d) => (d.resolvedAt ? formatDateTime(d.resolvedAt) : '') },
];

export interface DeviationListProps {
  importId: string;
  fileName: string;
  /** Coordinator or administrator: may resolve and close. */
  mayAct: boolean;
  /** Changes while the import runs (status, count): the list is fetched again. */
  progressKey: string;
  /** After a deviation was resolved or closed (the import's counts change). */
  onChanged: () => void;
}

/** "Avvikelser": the rows the import could not apply, filtered by status, with "Åtgärda" and "Stäng". */
export function DeviationList(props: DeviationListProps) {
  const [status, setStatus] = useState<string>('OPEN');
  return (
    <section className="mig-import__deviations" aria-labelledby="mig-deviations-heading">
      <h2 id="mig-deviations-heading">Avvikelser</h2>
      <div className="sb-toolbar">
        <Select label="Visa avvikelser" options={[...DEVIATION_STATUSES, { id: ALL, label: 'Alla' }]} selectedKey={status} onSelectionChange={(s) => setStatus(s ?? 'OPEN')} data-testid="deviation-status-filter" />
      </div>
      <DeviationRows key={status} status={status === ALL ? null : (status as DeviationStatus)} {...props} />
    </section>
  );
}

function DeviationRows({ importId, fileName, mayAct, progressKey, onChanged, status }: DeviationListProps & { status: DeviationStatus | null }) {
  const paging = usePaging<ImportDeviation>();
  const variables = useMemo(() => ({ id: importId, status, first: DEVIATION_PAGE_SIZE, after: paging.after }), [importId, status, paging.after]);
  const context = useMemo(() => ({ additionalTypenames: ['ImportDeviation'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: IMPORT_DEVIATIONS_QUERY, variables, context });
  const pages = usePagedRows(paging, data?.importFile?.deviations, (d) => d.id);
  const [resolving, setResolving] = useState<ImportDeviation | null>(null);
  const [closing, setClosing] = useState<ImportDeviation | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const client = useClient();

  // A running import adds deviations: fetch again when its status or count changes (not on the first render).
  const seenKey = useRef(progressKey);
  useEffect(() => {
    if (seenKey.current === progressKey) return;
    seenKey.current = progressKey;
    reexecute({ requestPolicy: 'network-only' });
  }, [progressKey, reexecute]);

  const changed = (message: string) => {
    setDone(message);
    setResolving(null);
    setClosing(null);
    reexecute({ requestPolicy: 'network-only' });
    onChanged();
  };

  const columns = useMemo<DataTableColumn<ImportDeviation>[]>(() => {
    const base: DataTableColumn<ImportDeviation>[] = [
      { id: 'rowNumber', label: 'Rad', text: (d) => String(d.rowNumber), sortValue: (d) => d.rowNumber, allowsSorting: true, isRowHeader: true, cellTestId: 'deviation-row-number' },
      { id: 'field', label: 'Fält', text: (d) => d.fieldLabel, allowsSorting: true, cellTestId: 'deviation-field' },
      { id: 'message', label: 'Meddelande', text: (d) => d.message, cellTestId: 'deviation-message' },
      { id: 'original', label: 'Värden i filen', text: originalText, cellTestId: 'deviation-original' },
      { id: 'suggestion', label: 'Förslag', text: (d) => d.suggestion?.label ?? '', cellTestId: 'deviation-suggestion' },
      {
        id: 'status',
        label: 'Status',
        text: (d) => [STATUS_LABEL[d.status], d.resolution].filter(Boolean).join(': '),
        render: (d) => (
          <>
            <Badge tone={d.status === 'OPEN' ? 'warning' : d.status === 'RESOLVED' ? 'success' : 'neutral'}>{STATUS_LABEL[d.status]}</Badge>
            {d.resolution && <span className="sb-muted"> {d.resolution}</span>}
            {d.resolvedBy && (
              <span className="sb-muted">
                {' '}
                ({d.resolvedBy}
                {d.resolvedAt ? `, ${formatDateTime(d.resolvedAt)}` : ''})
              </span>
            )}
          </>
        ),
        allowsSorting: true,
        cellTestId: 'deviation-status',
      },
    ];
    if (!mayAct) return base;
    return [
      ...base,
      {
        id: 'action',
        label: 'Åtgärd',
        text: () => '',
        render: (d) =>
          d.status === 'OPEN' ? (
            <div className="sb-toolbar mig-import__row-actions">
              <Button variant="secondary" aria-label={`Åtgärda rad ${d.rowNumber}`} onPress={() => (setDone(null), setResolving(d))}>
                Åtgärda
              </Button>
              <Button variant="secondary" aria-label={`Stäng rad ${d.rowNumber}`} onPress={() => (setDone(null), setClosing(d))}>
                Stäng
              </Button>
            </div>
          ) : null,
      },
    ];
  }, [mayAct]);

  const exportRows = async () => {
    setExportError(null);
    setExporting(true);
    try {
      // Every deviation with the status chosen, not only the pages loaded on screen.
      const all = await fetchAllPages(client, IMPORT_DEVIATIONS_QUERY, { id: importId, status }, (d) => d.importFile?.deviations);
      const base = fileName.replace(/\.[^.]+$/, '');
      await downloadWorkbook(`avvikelser-${base}-${todayForFilename()}.xlsx`, [{ name: 'Avvikelser', columns: DEVIATION_EXCEL_COLUMNS, rows: all }]);
    } catch {
      setExportError('Exporten misslyckades. Försök igen.');
    } finally {
      setExporting(false);
    }
  };

  if (error && !data) {
    return (
      <ErrorMessage title="Avvikelserna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
      </ErrorMessage>
    );
  }
  if (!data) return <Spinner label="Laddar avvikelser…" />;
  const total = data.importFile?.deviations.totalCount ?? 0;
  return (
    <>
      {done && (
        <Alert tone="success" data-testid="deviation-done">
          {done}
        </Alert>
      )}
      <div className="sb-toolbar">
        <p className="sb-muted" aria-live="polite">
          {formatCount(pages.rows.length)} av {formatCount(total)} avvikelser visas.
        </p>
        <span className="sb-toolbar__spacer" />
        <Button variant="secondary" isDisabled={pages.rows.length === 0 || exporting} onPress={() => void exportRows()}>
          Exportera till Excel
        </Button>
      </div>
      {exportError && <ErrorMessage title={exportError} />}
      <DataTable label="Avvikelser" columns={columns} rows={pages.rows} getRowId={(d) => d.id} filterable emptyText="Inga avvikelser att visa." rowTestId="deviation-row" />
      <LoadMoreButton pages={pages} fetching={fetching} />
      {resolving && <ResolveDeviationDialog deviation={resolving} onClose={() => setResolving(null)} onDone={changed} />}
      {closing && <CloseDeviationDialog deviation={closing} onClose={() => setClosing(null)} onDone={changed} />}
    </>
  );
}
