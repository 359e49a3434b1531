import { AppLink, Alert, Badge, DataTable, formatDate, formatKronor, formatPeriod, type BadgeTone, type DataTableColumn } from '@statsbidrag/ui';
import { FLAT_RATE_RUN_ROLES, FLAT_RATE_SCHEDULES_PATH } from '../../flat-rate/flat-rate-roles.js';
import type { PersonFlatRateInstalment, PersonFlatRateSchedule } from '../graphql/person-flat-rate-schedule.fragment.js';
import { hasRole } from '../person-handling-roles.js';
import { Missing } from './missing.js';

export const NO_FLAT_RATE_SCHEDULE = 'Ingen generalschablon registrerad.';
const AMF_REVENUE = 'AmF:s intäkt (ingen adress vid registreringen)';

/** An instalment, or (instalment null) the sum row under the nine. */
interface InstalmentRow {
  id: string;
  instalment: PersonFlatRateInstalment | null;
  sharePercent: number;
  expectedAmount: number;
  paidAmount: number;
}

function instalmentRows(instalments: readonly PersonFlatRateInstalment[]): InstalmentRow[] {
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
  { id: 'share', label: 'Andel', text: (r) => `${r.sharePercent} %`, align: 'end', cellTestId: 'schedule-instalment-share' },
  { id: 'period', label: 'Period', text: (r) => (r.instalment ? formatPeriod(r.instalment.periodFrom, r.instalment.periodTo) : '') },
  { id: 'dueMonth', label: 'Utbetalningsmånad', text: (r) => r.instalment?.dueMonth ?? '', cellTestId: 'schedule-instalment-due' },
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

export interface FlatRateScheduleSectionProps {
  schedule: PersonFlatRateSchedule | null;
  /** Who may close the case: the link to "Personer med schablon" is shown to them. */
  roles: readonly string[];
  navigate: (url: string) => void;
}

/** "Generalschablon" on the person card: the 24 months' facts, the nine instalments with a sum row, extra payments and what remains. */
export function FlatRateScheduleSection({ schedule, roles, navigate }: FlatRateScheduleSectionProps) {
  return (
    <section className="person-card__section" aria-labelledby="flat-rate-schedule-heading" data-testid="flat-rate-schedule">
      <h2 id="flat-rate-schedule-heading">Generalschablon</h2>
      {schedule ? <ScheduleDetails schedule={schedule} /> : <p data-testid="flat-rate-schedule-none">{NO_FLAT_RATE_SCHEDULE}</p>}
      {schedule && hasRole(roles, FLAT_RATE_RUN_ROLES) && (
        <p>
          Ärendet avslutas och gallringsdatumet ändras under{' '}
          <AppLink href={FLAT_RATE_SCHEDULES_PATH} onNavigate={navigate}>
            Personer med schablon
          </AppLink>
          .
        </p>
      )}
    </section>
  );
}

function ScheduleDetails({ schedule }: { schedule: PersonFlatRateSchedule }) {
  return (
    <>
      {schedule.problem && (
        <Alert tone="warning" title="Planen kan inte beräknas" data-testid="flat-rate-schedule-problem">
          <p>{schedule.problem}</p>
        </Alert>
      )}
      <dl className="sb-facts">
        <dt>Mottagningsdatum</dt>
        <dd data-testid="flat-rate-schedule-reception">{formatDate(schedule.receptionDate)}</dd>
        <dt>Stadsdel som bär schablonen</dt>
        <dd data-testid="flat-rate-schedule-district">{schedule.district?.name ?? AMF_REVENUE}</dd>
        <dt>Registrerad</dt>
        <dd>{formatDate(schedule.registeredOn)}</dd>
        <dt>Status</dt>
        <dd data-testid="flat-rate-schedule-status">
          <Badge tone={schedule.status === 'OPEN' ? 'success' : 'neutral'}>{schedule.statusLabel}</Badge>
        </dd>
        <dt>Schablonen avslutad</dt>
        <dd data-testid="flat-rate-schedule-closed">
          {schedule.closedOn ? `${formatDate(schedule.closedOn)}${schedule.closureReasonLabel ? ` (${schedule.closureReasonLabel})` : ''}` : 'Nej, ärendet pågår'}
        </dd>
        <dt>Schablonens gallringsdatum</dt>
        <dd data-testid="flat-rate-schedule-purge">{formatDate(schedule.purgeOn) || <Missing />}</dd>
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
        <dd data-testid="flat-rate-schedule-expected">{formatKronor(schedule.expectedTotal)}</dd>
        <dt>Utbetalt totalt</dt>
        <dd data-testid="flat-rate-schedule-paid">{formatKronor(schedule.paidTotal)}</dd>
        <dt>Kvar att betala</dt>
        <dd data-testid="flat-rate-schedule-remaining">
          <strong>{formatKronor(schedule.remaining)}</strong>
        </dd>
      </dl>
    </>
  );
}
