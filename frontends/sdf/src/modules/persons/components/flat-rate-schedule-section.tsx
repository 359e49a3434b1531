import { Alert, Badge, DataTable, formatDate, formatKronor, formatPeriod, type BadgeTone, type DataTableColumn } from '@statsbidrag/ui';
import type { SdfFlatRateInstalment, SdfFlatRateSchedule } from '../graphql/flat-rate-schedule.fragment.js';
import { Missing } from './missing.js';

export const NO_FLAT_RATE_SCHEDULE = 'Ingen generalschablon registrerad för din stadsdel.';
const AMF_REVENUE = 'AmF:s intäkt (ingen adress vid registreringen)';

/** An instalment, or (instalment null) the sum row under the nine. */
interface InstalmentRow {
  id: string;
  instalment: SdfFlatRateInstalment | null;
  sharePercent: number;
  expectedAmount: number;
  paidAmount: number;
}

function instalmentRows(instalments: readonly SdfFlatRateInstalment[]): InstalmentRow[] {
  if (instalments.length === 0) return [];
  const rows = [...instalments]
    .sort((a, b) => a.number - b.number)
    .map((i) => ({ id: String(i.number), instalment: i, sharePercent: i.sharePercent, expectedAmount: i.expectedAmount, paidAmount: i.paidAmount }));
  const sum = (pick: (r: InstalmentRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  return [...rows, { id: 'sum', instalment: null, sharePercent: sum((r) => r.sharePercent), expectedAmount: sum((r) => r.expectedAmount), paidAmount: sum((r) => r.paidAmount) }];
}

function instalmentTone(status: string): BadgeTone {
  if (status === 'PAID') return 'success';
  if (status === 'SHORT' || status === 'OVERPAID') return 'warning';
  return 'neutral';
}

const instalmentColumns: DataTableColumn<InstalmentRow>[] = [
  { id: 'number', label: 'Nr', text: (r) => (r.instalment ? String(r.instalment.number) : 'Summa'), isRowHeader: true, cellTestId: 'schedule-instalment-number' },
  { id: 'share', label: 'Andel', text: (r) => `${r.sharePercent} %`, align: 'end' },
  { id: 'period', label: 'Period', text: (r) => (r.instalment ? formatPeriod(r.instalment.periodFrom, r.instalment.periodTo) : '') },
  { id: 'dueMonth', label: 'Utbetalningsmånad', text: (r) => r.instalment?.dueMonth ?? '' },
  { id: 'ageBand', label: 'Åldersgrupp', text: (r) => r.instalment?.ageBand ?? '' },
  { id: 'expected', label: 'Förväntat', text: (r) => formatKronor(r.expectedAmount), align: 'end', cellTestId: 'schedule-instalment-expected' },
  {
    id: 'paid',
    label: 'Utbetalt',
    text: (r) => formatKronor(r.paidAmount) + (r.instalment?.paidOn ? ` (${formatDate(r.instalment.paidOn)})` : ''),
    align: 'end',
    cellTestId: 'schedule-instalment-paid',
  },
  {
    id: 'status',
    label: 'Status',
    text: (r) => r.instalment?.statusLabel ?? '',
    render: (r) => (r.instalment ? <Badge tone={instalmentTone(r.instalment.status)}>{r.instalment.statusLabel}</Badge> : null),
    cellTestId: 'schedule-instalment-status',
  },
];

/** "Generalschablon" on the SDF person card, read-only: the server sends the plan only when the case is the user's district's. */
export function FlatRateScheduleSection({ schedule }: { schedule: SdfFlatRateSchedule | null }) {
  return (
    <section className="sdf-person__section" aria-labelledby="sdf-person-flat-rate-heading" data-testid="flat-rate-schedule">
      <h2 id="sdf-person-flat-rate-heading">Generalschablon</h2>
      {schedule ? <ScheduleDetails schedule={schedule} /> : <p data-testid="flat-rate-schedule-none">{NO_FLAT_RATE_SCHEDULE}</p>}
    </section>
  );
}

function ScheduleDetails({ schedule }: { schedule: SdfFlatRateSchedule }) {
  return (
    <>
      {schedule.problem && (
        <Alert tone="warning" title="Planen kan inte beräknas" data-testid="flat-rate-schedule-problem">
          <p>{schedule.problem}</p>
        </Alert>
      )}
      <dl className="sb-facts">
        <dt>Mottagningsdatum</dt>
        <dd>{formatDate(schedule.receptionDate)}</dd>
        <dt>Stadsdel som bär schablonen</dt>
        <dd>{schedule.district?.name ?? AMF_REVENUE}</dd>
        <dt>Registrerad</dt>
        <dd>{formatDate(schedule.registeredOn)}</dd>
        <dt>Status</dt>
        <dd>
          <Badge tone={schedule.status === 'OPEN' ? 'success' : 'neutral'}>{schedule.statusLabel}</Badge>
        </dd>
        <dt>Schablonen avslutad</dt>
        <dd>{schedule.closedOn ? `${formatDate(schedule.closedOn)}${schedule.closureReasonLabel ? ` (${schedule.closureReasonLabel})` : ''}` : 'Nej, ärendet pågår'}</dd>
        <dt>Schablonens gallringsdatum</dt>
        <dd>{formatDate(schedule.purgeOn) || <Missing />}</dd>
      </dl>
      <DataTable
        label="Generalschablonens delbetalningar"
        columns={instalmentColumns}
        rows={instalmentRows(schedule.instalments)}
        getRowId={(r) => r.id}
        emptyText="Delbetalningarna kan inte beräknas."
        rowTestId="schedule-instalment-row"
      />
      <h3>Övriga utbetalningar</h3>
      {schedule.extras.length === 0 ? (
        <p className="sb-muted">Inga övriga utbetalningar.</p>
      ) : (
        <ul data-testid="flat-rate-schedule-extras">
          {schedule.extras.map((e, i) => (
            <li key={`${e.paymentDate}-${e.reason}-${i}`}>
              {formatDate(e.paymentDate)} {e.reasonLabel}: {formatKronor(e.amount)}
            </li>
          ))}
        </ul>
      )}
      <dl className="sb-facts">
        <dt>Förväntat totalt</dt>
        <dd>{formatKronor(schedule.expectedTotal)}</dd>
        <dt>Utbetalt totalt</dt>
        <dd>{formatKronor(schedule.paidTotal)}</dd>
        <dt>Kvar att betala</dt>
        <dd data-testid="flat-rate-schedule-remaining">
          <strong>{formatKronor(schedule.remaining)}</strong>
        </dd>
      </dl>
    </>
  );
}
