import {
  Alert,
  AppLink,
  Badge,
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
  graphqlErrorText,
  todayForFilename,
  usePagedRows,
  usePaging,
  type BadgeTone,
  type DataTableColumn,
  type ExcelColumn,
} from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { fetchAllPages } from '../../mig-import/fetch-all.js';
import { SERVICE_DOWN } from '../../mig-import/import-file-checks.js';
import { PERSONS_PATH } from '../../persons/person-format.js';
import { FLAT_RATE_RUN_ROLES, FLAT_RATE_SCHEDULES_PATH, SCHEDULE_STATUSES, hasAnyRole } from '../flat-rate-roles.js';
import { FLAT_RATE_DISTRICTS_QUERY, FLAT_RATE_SCHEDULES_QUERY, type FlatRateExtraPayment, type FlatRateInstalment, type FlatRateSchedule } from '../graphql/flat-rate-schedules.graphql.js';
import type { FlatRatePageProps } from './flat-rate-import-page.js';
import { FlatRateNav } from './flat-rate-nav.js';
import { CloseCaseDialog, PurgeDateDialog } from './flat-rate-schedule-dialogs.js';

export const SCHEDULE_PAGE_SIZE = 50;
const ALL = 'ALLA';

const districtText = (s: FlatRateSchedule): string => s.district?.name ?? 'AmF:s intäkt';
const scheduleStatus = (s: FlatRateSchedule): string => SCHEDULE_STATUSES.find((x) => x.id === s.status)?.label ?? s.status;

export function instalmentTone(status: string): BadgeTone {
  if (status === 'PAID') return 'success';
  if (status === 'SHORT' || status === 'OVERPAID') return 'warning';
  return 'neutral';
}

export const SCHEDULE_EXCEL_COLUMNS: ExcelColumn<FlatRateSchedule>[] = [
  { header: 'Person', value: (s) => s.personId },
  { header: 'Stadsdel', value: districtText },
  { header: 'Mottagningsdatum', value: (s) => s.receptionDate, format: 'date' },
  { header: 'Status', value: scheduleStatus },
  { header: 'Avslutat', value: (s) => s.closedOn, format: 'date' },
  { header: 'Avslutsorsak', value: (s) => s.closureReasonLabel },
  { header: 'Förväntat (kr)', value: (s) => s.expectedTotal, format: 'kronorFromOre' },
  { header: 'Betalt (kr)', value: (s) => s.paidTotal, format: 'kronorFromOre' },
  { header: 'Återstår (kr)', value: (s) => s.remaining, format: 'kronorFromOre' },
  { header: 'Gallras', value: (s) => s.purgeOn, format: 'date' },
];

/** "Personer med schablon" (`/schabloner/personer`): every person's generalschablon plan, filtered by district and status, with the 9 instalments, closure and purge date. */
export function FlatRateSchedulesPage({ roles, navigate }: FlatRatePageProps) {
  const [district, setDistrict] = useState(ALL);
  const [status, setStatus] = useState('OPEN');
  const [{ data: districts }] = useQuery({ query: FLAT_RATE_DISTRICTS_QUERY, variables: {} });
  const districtOptions = useMemo(
    () => [{ id: ALL, label: 'Alla stadsdelar' }, ...(districts?.districts ?? []).map((d) => ({ id: d.code, label: d.name }))],
    [districts],
  );
  return (
    <section className="mig-import" aria-labelledby="flat-rate-schedules-heading">
      <h1 id="flat-rate-schedules-heading">Personer med schablon</h1>
      <FlatRateNav current={FLAT_RATE_SCHEDULES_PATH} roles={roles} navigate={navigate} />
      <p>Generalschablonen betalas i nio delar under 24 månader från mottagningsdatum. Här syns vad som förväntas, vad som betalats och vad som återstår per person.</p>
      <div className="sb-toolbar">
        <Select label="Stadsdel" options={districtOptions} selectedKey={district} onSelectionChange={(d) => setDistrict(d ?? ALL)} data-testid="flat-rate-schedule-district-filter" />
        <Select label="Status" options={[{ id: ALL, label: 'Alla' }, ...SCHEDULE_STATUSES]} selectedKey={status} onSelectionChange={(s) => setStatus(s ?? ALL)} data-testid="flat-rate-schedule-status-filter" />
      </div>
      <ScheduleRows key={`${district}-${status}`} districtCode={district === ALL ? null : district} status={status === ALL ? null : status} mayAct={hasAnyRole(roles, FLAT_RATE_RUN_ROLES)} navigate={navigate} />
    </section>
  );
}

function ScheduleRows({ districtCode, status, mayAct, navigate }: { districtCode: string | null; status: string | null; mayAct: boolean; navigate: (url: string) => void }) {
  const paging = usePaging<FlatRateSchedule>();
  const variables = useMemo(() => ({ districtCode, status, first: SCHEDULE_PAGE_SIZE, after: paging.after }), [districtCode, status, paging.after]);
  const context = useMemo(() => ({ additionalTypenames: ['FlatRateSchedule'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: FLAT_RATE_SCHEDULES_QUERY, variables, context });
  const pages = usePagedRows(paging, data?.flatRateSchedules, (s) => s.personId);
  const [openId, setOpenId] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const client = useClient();
  const shown = pages.rows.find((s) => s.personId === openId) ?? null;

  const columns = useMemo<DataTableColumn<FlatRateSchedule>[]>(
    () => [
      {
        id: 'person',
        label: 'Person',
        text: (s) => s.personId,
        render: (s) => (
          <AppLink href={`${PERSONS_PATH}/${encodeURIComponent(s.personId)}`} onNavigate={navigate}>
            {s.personId}
          </AppLink>
        ),
        isRowHeader: true,
        allowsSorting: true,
        cellTestId: 'flat-rate-schedule-person',
      },
      { id: 'district', label: 'Stadsdel', text: districtText, allowsSorting: true, cellTestId: 'flat-rate-schedule-district' },
      { id: 'receptionDate', label: 'Mottagningsdatum', text: (s) => formatDate(s.receptionDate), allowsSorting: true },
      {
        id: 'status',
        label: 'Status',
        text: (s) => [scheduleStatus(s), s.closedOn ? formatDate(s.closedOn) : '', s.closureReasonLabel ?? ''].filter(Boolean).join(' '),
        render: (s) => (
          <>
            <Badge tone={s.status === 'OPEN' ? 'success' : 'neutral'}>{scheduleStatus(s)}</Badge>
            {s.closedOn && (
              <span className="sb-muted">
                {' '}
                {formatDate(s.closedOn)} {s.closureReasonLabel}
              </span>
            )}
          </>
        ),
        allowsSorting: true,
        cellTestId: 'flat-rate-schedule-status',
      },
      { id: 'expected', label: 'Förväntat', text: (s) => formatKronor(s.expectedTotal), sortValue: (s) => s.expectedTotal, allowsSorting: true, align: 'end' },
      { id: 'paid', label: 'Betalt', text: (s) => formatKronor(s.paidTotal), sortValue: (s) => s.paidTotal, allowsSorting: true, align: 'end' },
      { id: 'remaining', label: 'Återstår', text: (s) => formatKronor(s.remaining), sortValue: (s) => s.remaining, allowsSorting: true, align: 'end', cellTestId: 'flat-rate-schedule-remaining' },
      {
        id: 'show',
        label: 'Plan',
        text: () => '',
        render: (s) => (
          <Button variant="secondary" aria-label={`Visa plan för ${s.personId}`} aria-expanded={openId === s.personId} onPress={() => setOpenId((o) => (o === s.personId ? null : s.personId))}>
            {openId === s.personId ? 'Dölj plan' : 'Visa plan'}
          </Button>
        ),
      },
    ],
    [navigate, openId],
  );

  const exportRows = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const all = await fetchAllPages(client, FLAT_RATE_SCHEDULES_QUERY, { districtCode, status }, (d) => d.flatRateSchedules);
      await downloadWorkbook(`personer-med-schablon-${todayForFilename()}.xlsx`, [{ name: 'Personer', columns: SCHEDULE_EXCEL_COLUMNS, rows: all }]);
    } catch {
      setExportError('Exporten misslyckades. Försök igen.');
    } finally {
      setExporting(false);
    }
  };

  if (error && !data) {
    return (
      <ErrorMessage title="Planerna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
      </ErrorMessage>
    );
  }
  if (!data) return <Spinner label="Laddar personer…" />;
  return (
    <>
      <div className="sb-toolbar">
        <p className="sb-muted" aria-live="polite">
          {formatCount(pages.rows.length)} av {formatCount(data.flatRateSchedules.totalCount)} personer visas.
        </p>
        <span className="sb-toolbar__spacer" />
        <Button variant="secondary" isDisabled={pages.rows.length === 0 || exporting} onPress={() => void exportRows()}>
          Exportera till Excel
        </Button>
      </div>
      {exportError && <ErrorMessage title={exportError} />}
      <DataTable label="Personer med schablon" columns={columns} rows={pages.rows} getRowId={(s) => s.personId} filterable emptyText="Inga personer att visa." rowTestId="flat-rate-schedule-row" />
      <LoadMoreButton pages={pages} fetching={fetching} />
      {shown && <ScheduleDetail key={shown.personId} schedule={shown} mayAct={mayAct} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />}
    </>
  );
}

const INSTALMENT_COLUMNS: DataTableColumn<FlatRateInstalment>[] = [
  { id: 'number', label: 'Del', text: (i) => `${i.number} (${i.sharePercent} %)`, sortValue: (i) => i.number, isRowHeader: true, cellTestId: 'flat-rate-instalment-number' },
  { id: 'period', label: 'Period', text: (i) => `${formatDate(i.periodFrom)} – ${formatDate(i.periodTo)}` },
  { id: 'dueMonth', label: 'Förfaller', text: (i) => i.dueMonth, cellTestId: 'flat-rate-instalment-due' },
  { id: 'ageBand', label: 'Åldersgrupp', text: (i) => i.ageBand },
  { id: 'expected', label: 'Förväntat', text: (i) => formatKronor(i.expectedAmount), align: 'end', cellTestId: 'flat-rate-instalment-expected' },
  { id: 'paid', label: 'Betalt', text: (i) => formatKronor(i.paidAmount) + (i.paidOn ? ` (${formatDate(i.paidOn)})` : ''), align: 'end', cellTestId: 'flat-rate-instalment-paid' },
  { id: 'status', label: 'Status', text: (i) => i.statusLabel, render: (i) => <Badge tone={instalmentTone(i.status)}>{i.statusLabel}</Badge>, cellTestId: 'flat-rate-instalment-status' },
];

const EXTRA_COLUMNS: DataTableColumn<FlatRateExtraPayment>[] = [
  { id: 'date', label: 'Betalningsdag', text: (e) => formatDate(e.paymentDate), isRowHeader: true },
  { id: 'reason', label: 'Orsak', text: (e) => e.reasonLabel },
  { id: 'amount', label: 'Belopp', text: (e) => formatKronor(e.amount), align: 'end' },
];

function ScheduleDetail({ schedule, mayAct, onChanged }: { schedule: FlatRateSchedule; mayAct: boolean; onChanged: () => void }) {
  const [dialog, setDialog] = useState<'close' | 'purge' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const finished = (message: string) => {
    setDialog(null);
    setDone(message);
    onChanged();
  };
  return (
    <section className="organisation__panel" aria-labelledby="flat-rate-schedule-detail-heading" data-testid="flat-rate-schedule-detail">
      <h2 id="flat-rate-schedule-detail-heading">Plan för {schedule.personId}</h2>
      {done && (
        <Alert tone="success" data-testid="flat-rate-schedule-done">
          {done}
        </Alert>
      )}
      <dl className="sb-facts">
        <dt>Stadsdel</dt>
        <dd>{districtText(schedule)}</dd>
        <dt>Mottagningsdatum</dt>
        <dd>{formatDate(schedule.receptionDate)}</dd>
        <dt>Registrerad</dt>
        <dd>{formatDate(schedule.registeredOn)}</dd>
        <dt>Status</dt>
        <dd data-testid="flat-rate-schedule-detail-status">
          {scheduleStatus(schedule)}
          {schedule.closedOn && ` ${formatDate(schedule.closedOn)}: ${schedule.closureReasonLabel ?? ''}${schedule.closureNote ? ` – ${schedule.closureNote}` : ''}`}
        </dd>
        <dt>Förväntat / betalt / återstår</dt>
        <dd>
          {formatKronor(schedule.expectedTotal)} / {formatKronor(schedule.paidTotal)} / {formatKronor(schedule.remaining)}
        </dd>
        <dt>Gallras</dt>
        <dd data-testid="flat-rate-schedule-purge">
          {schedule.purgeOn ? formatDate(schedule.purgeOn) : '–'}
          {schedule.purgeOnSetManually ? ' (satt för hand)' : ''}
        </dd>
      </dl>
      {mayAct && (
        <div className="sb-toolbar">
          {schedule.status === 'OPEN' && (
            <Button variant="danger" onPress={() => (setDone(null), setDialog('close'))}>
              Avsluta ärendet
            </Button>
          )}
          <Button variant="secondary" onPress={() => (setDone(null), setDialog('purge'))}>
            Ändra gallringsdatum
          </Button>
        </div>
      )}
      <h3>Delbetalningar</h3>
      <DataTable label="Delbetalningar" columns={INSTALMENT_COLUMNS} rows={schedule.instalments} getRowId={(i) => String(i.number)} rowTestId="flat-rate-instalment-row" />
      <h3>Övriga utbetalningar</h3>
      {schedule.extras.length === 0 ? <p className="sb-muted">Inga övriga utbetalningar.</p> : <DataTable label="Övriga utbetalningar" columns={EXTRA_COLUMNS} rows={schedule.extras} getRowId={(e) => `${e.paymentDate}-${e.reason}-${e.amount}`} />}
      {dialog === 'close' && <CloseCaseDialog schedule={schedule} onClose={() => setDialog(null)} onDone={finished} />}
      {dialog === 'purge' && <PurgeDateDialog schedule={schedule} onClose={() => setDialog(null)} onDone={finished} />}
    </section>
  );
}
