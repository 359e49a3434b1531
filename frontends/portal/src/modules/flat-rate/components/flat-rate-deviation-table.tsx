import {
  Alert,
  Badge,
  Button,
  DataTable,
  ErrorMessage,
  LoadMoreButton,
  Spinner,
  downloadWorkbook,
  formatCount,
  formatDateTime,
  formatKronor,
  graphqlErrorText,
  todayForFilename,
  usePagedRows,
  usePaging,
  type DataTableColumn,
  type ExcelColumn,
} from '@statsbidrag/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { fetchAllPages } from '../../mig-import/fetch-all.js';
import { SERVICE_DOWN } from '../../mig-import/import-file-checks.js';
import { FLAT_RATE_DEVIATIONS_QUERY, type FlatRateDeviation } from '../graphql/flat-rate-deviations.graphql.js';
import { AmfRevenueDialog, CloseFlatRateDeviationDialog, CorrectDeviationDialog, LinkPersonDialog, RegisterPersonDialog, rowName } from './flat-rate-deviation-dialogs.js';

export const FLAT_RATE_DEVIATION_PAGE_SIZE = 100;

export const DEVIATION_STATUSES: readonly { id: string; label: string }[] = [
  { id: 'OPEN', label: 'Öppna' },
  { id: 'RESOLVED', label: 'Åtgärdade' },
  { id: 'CLOSED', label: 'Stängda' },
];
const STATUS_LABEL: Record<string, string> = { OPEN: 'Öppen', RESOLVED: 'Åtgärdad', CLOSED: 'Stängd' };
const statusLabel = (status: string): string => STATUS_LABEL[status] ?? status;

export const originalText = (d: Pick<FlatRateDeviation, 'original'>): string => d.original.join(' | ');

export const FLAT_RATE_DEVIATION_EXCEL_COLUMNS: ExcelColumn<FlatRateDeviation>[] = [
  { header: 'Fil', value: (d) => d.fileName },
  { header: 'Rad', value: (d) => d.rowNumber, format: 'number' },
  { header: 'Orsak', value: (d) => d.reasonLabel },
  { header: 'Fält', value: (d) => d.fieldLabel },
  { header: 'Meddelande', value: (d) => d.message },
  { header: 'Värden i filen', value: originalText },
  { header: 'Ersättningskod', value: (d) => d.compensationCode },
  { header: 'Belopp (kr)', value: (d) => d.amount, format: 'kronorFromOre' },
  { header: 'Föreslagen person', value: (d) => d.suggestedPersonId },
  { header: 'Status', value: (d) => statusLabel(d.status) },
  { header: 'Åtgärd', value: (d) => d.resolution },
  { header: 'Åtgärdad av', value: (d) => d.resolvedBy },
  { header: 'Åtgärdad', value: (d) => (d.resolvedAt ? formatDateTime(d.resolvedAt) : '') },
];

type Action = 'correct' | 'link' | 'register' | 'amf' | 'close';

export interface FlatRateDeviationTableProps {
  /** One import's deviations; every import's when omitted. */
  importId?: string | null;
  reason?: string | null;
  status: string;
  /** Coordinator or administrator: may act on open deviations. */
  mayAct: boolean;
  /** Show the file name column (the list over every import). */
  showFile?: boolean;
  /** File name of the Excel export, without the date and extension. */
  exportName: string;
  /** Changes while an import runs: the list is fetched again. */
  progressKey?: string;
  /** After a deviation was acted on. */
  onChanged?: () => void;
  /** The reason codes and Swedish labels seen in the rows (for a filter). */
  onReasonsSeen?: (reasons: { id: string; label: string }[]) => void;
}

/** The deviations of flat-rate imports with "Rätta", "Koppla till person", "Registrera ny person", "Bokför som AmF:s intäkt" and "Stäng"; Excel export of every page. */
export function FlatRateDeviationTable({ importId = null, reason = null, status, mayAct, showFile = false, exportName, progressKey = '', onChanged, onReasonsSeen }: FlatRateDeviationTableProps) {
  const paging = usePaging<FlatRateDeviation>();
  const variables = useMemo(() => ({ status, reason, importId, first: FLAT_RATE_DEVIATION_PAGE_SIZE, after: paging.after }), [status, reason, importId, paging.after]);
  const context = useMemo(() => ({ additionalTypenames: ['FlatRateDeviation'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: FLAT_RATE_DEVIATIONS_QUERY, variables, context });
  const pages = usePagedRows(paging, data?.flatRateDeviations, (d) => d.id);
  const [acting, setActing] = useState<{ action: Action; deviation: FlatRateDeviation } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const client = useClient();

  const seenKey = useRef(progressKey);
  useEffect(() => {
    if (seenKey.current === progressKey) return;
    seenKey.current = progressKey;
    reexecute({ requestPolicy: 'network-only' });
  }, [progressKey, reexecute]);

  useEffect(() => {
    if (!onReasonsSeen) return;
    const seen = new Map(pages.rows.map((d) => [d.reason, d.reasonLabel]));
    onReasonsSeen([...seen].map(([id, label]) => ({ id, label })));
  }, [pages.rows, onReasonsSeen]);

  const changed = (message: string) => {
    setDone(message);
    setActing(null);
    reexecute({ requestPolicy: 'network-only' });
    onChanged?.();
  };

  const columns = useMemo<DataTableColumn<FlatRateDeviation>[]>(() => {
    const act = (action: Action, deviation: FlatRateDeviation) => {
      setDone(null);
      setActing({ action, deviation });
    };
    const base: DataTableColumn<FlatRateDeviation>[] = [
      ...(showFile ? [{ id: 'fileName', label: 'Fil', text: (d: FlatRateDeviation) => d.fileName, allowsSorting: true, cellTestId: 'flat-rate-deviation-file' }] : []),
      { id: 'rowNumber', label: 'Rad', text: (d) => String(d.rowNumber), sortValue: (d) => d.rowNumber, allowsSorting: true, isRowHeader: true, cellTestId: 'flat-rate-deviation-row-number' },
      { id: 'reason', label: 'Orsak', text: (d) => d.reasonLabel, allowsSorting: true, cellTestId: 'flat-rate-deviation-reason' },
      { id: 'message', label: 'Meddelande', text: (d) => d.message, cellTestId: 'flat-rate-deviation-message' },
      { id: 'original', label: 'Värden i filen', text: originalText, cellTestId: 'flat-rate-deviation-original' },
      { id: 'amount', label: 'Belopp', text: (d) => formatKronor(d.amount), sortValue: (d) => d.amount ?? 0, allowsSorting: true, align: 'end', cellTestId: 'flat-rate-deviation-amount' },
      {
        id: 'status',
        label: 'Status',
        text: (d) => [statusLabel(d.status), d.resolution].filter(Boolean).join(': '),
        render: (d) => (
          <>
            <Badge tone={d.status === 'OPEN' ? 'warning' : d.status === 'RESOLVED' ? 'success' : 'neutral'}>{statusLabel(d.status)}</Badge>
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
        cellTestId: 'flat-rate-deviation-status',
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
              <Button variant="secondary" aria-label={`Rätta ${rowName(d)}`} onPress={() => act('correct', d)}>
                Rätta
              </Button>
              <Button variant="secondary" aria-label={`Koppla ${rowName(d)} till person`} onPress={() => act('link', d)}>
                Koppla till person
              </Button>
              <Button variant="secondary" aria-label={`Registrera ny person för ${rowName(d)}`} onPress={() => act('register', d)}>
                Registrera ny person
              </Button>
              {d.reason === 'NO_DISTRICT' && (
                <Button variant="secondary" aria-label={`Bokför ${rowName(d)} som AmF:s intäkt`} onPress={() => act('amf', d)}>
                  Bokför som AmF:s intäkt
                </Button>
              )}
              <Button variant="secondary" aria-label={`Stäng ${rowName(d)}`} onPress={() => act('close', d)}>
                Stäng
              </Button>
            </div>
          ) : null,
      },
    ];
  }, [mayAct, showFile]);

  const exportRows = async () => {
    setExportError(null);
    setExporting(true);
    try {
      const all = await fetchAllPages(client, FLAT_RATE_DEVIATIONS_QUERY, { status, reason, importId }, (d) => d.flatRateDeviations);
      await downloadWorkbook(`${exportName}-${todayForFilename()}.xlsx`, [{ name: 'Avvikelser', columns: FLAT_RATE_DEVIATION_EXCEL_COLUMNS, rows: all }]);
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
  const dialogProps = acting ? { deviation: acting.deviation, onClose: () => setActing(null), onDone: changed } : null;
  return (
    <>
      {done && (
        <Alert tone="success" data-testid="flat-rate-deviation-done">
          {done}
        </Alert>
      )}
      <div className="sb-toolbar">
        <p className="sb-muted" aria-live="polite">
          {formatCount(pages.rows.length)} av {formatCount(data.flatRateDeviations.totalCount)} avvikelser visas.
        </p>
        <span className="sb-toolbar__spacer" />
        <Button variant="secondary" isDisabled={pages.rows.length === 0 || exporting} onPress={() => void exportRows()}>
          Exportera till Excel
        </Button>
      </div>
      {exportError && <ErrorMessage title={exportError} />}
      <DataTable label="Avvikelser" columns={columns} rows={pages.rows} getRowId={(d) => d.id} filterable emptyText="Inga avvikelser att visa." rowTestId="flat-rate-deviation-row" />
      <LoadMoreButton pages={pages} fetching={fetching} />
      {dialogProps && acting?.action === 'correct' && <CorrectDeviationDialog {...dialogProps} />}
      {dialogProps && acting?.action === 'link' && <LinkPersonDialog {...dialogProps} />}
      {dialogProps && acting?.action === 'register' && <RegisterPersonDialog {...dialogProps} />}
      {dialogProps && acting?.action === 'amf' && <AmfRevenueDialog {...dialogProps} />}
      {dialogProps && acting?.action === 'close' && <CloseFlatRateDeviationDialog {...dialogProps} />}
    </>
  );
}
