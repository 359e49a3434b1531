import {
  Alert,
  Badge,
  Button,
  ConfirmDialog,
  DataTable,
  ErrorMessage,
  Spinner,
  TextField,
  formatDate,
  formatDateTime,
  formatKronor,
  formatPeriod,
  graphqlErrorText,
  parseDateInput,
  todayForFilename,
  type DataTableColumn,
} from '@statsbidrag/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DECISIONS_PATH, SERVICE_DOWN, claimPath, mayEditDecisions, personPath } from '../decision-labels.js';
import {
  CORRECT_DECISION_MUTATION,
  DECISION_OPTIONS_QUERY,
  DECISION_QUERY,
  MARK_DECISION_APPEALED_MUTATION,
  SET_DECISION_PURGE_DATE_MUTATION,
  type DecisionNode,
  type DecisionPaymentLine,
} from '../graphql/decisions.graphql.js';
import { DecisionForm, formValuesOf } from './decision-form.js';
import { Link } from './link.js';
import { PaymentAmount } from './payment-amount.js';

export interface DecisionPageProps {
  id: string;
  navigate: (url: string) => void;
  /** The viewer's roles: which actions the card offers (the server decides anyway). */
  roles: readonly string[];
  /** Today as ÅÅÅÅ-MM-DD (tests). */
  today?: string;
}

const paymentColumns: DataTableColumn<DecisionPaymentLine>[] = [
  { id: 'month', label: 'Månad', text: (l) => l.month, isRowHeader: true, allowsSorting: true, cellTestId: 'decision-payment-month' },
  { id: 'account', label: 'Konto', text: (l) => l.account ?? '–' },
  { id: 'compensation', label: 'Ersättning', text: (l) => l.compensationCode },
  { id: 'period', label: 'Period', text: (l) => (l.periodFrom || l.periodTo ? formatPeriod(l.periodFrom, l.periodTo) : '–') },
  {
    id: 'amount',
    label: 'Belopp',
    text: (l) => `${formatKronor(l.amount)}${l.isRecovery ? ' Återkrav' : ''}`,
    sortValue: (l) => l.amount,
    render: (l) => <PaymentAmount amount={l.amount} isRecovery={l.isRecovery} />,
    align: 'end',
    allowsSorting: true,
    cellTestId: 'decision-payment-amount',
  },
  { id: 'reference', label: 'Referens', text: (l) => l.reference ?? '' },
];

function finalityLine(d: DecisionNode): string {
  if (d.appealed) return `${formatDate(d.finalAt)} – vinner inte laga kraft förrän överklagandet är avgjort`;
  if (d.isFinal) return formatDate(d.finalAt);
  return `${formatDate(d.finalAt)} – vinner laga kraft då om det inte överklagas`;
}

function PurgeDateDialog({ decision, onClose, onDone, today }: { decision: DecisionNode; onClose: () => void; onDone: (message: string) => void; today?: string }) {
  const [value, setValue] = useState(decision.purgeAt ?? '');
  const [automatic, setAutomatic] = useState(false);
  const [error, setError] = useState<string>();
  const [{ fetching }, setPurgeDate] = useMutation(SET_DECISION_PURGE_DATE_MUTATION);
  const save = async () => {
    if (fetching) return;
    let purgeAt: string | null = null;
    if (!automatic) {
      const parsed = parseDateInput(value, { label: 'Gallringsdatum' });
      if (!parsed.ok) return setError(parsed.message);
      if (!parsed.value) return setError('Ange ett gallringsdatum, eller välj att återställa det automatiska datumet.');
      if (parsed.value < (today ?? todayForFilename())) return setError('Gallringsdatumet kan inte vara ett passerat datum.');
      purgeAt = parsed.value;
    }
    const result = await setPurgeDate({ id: decision.id, purgeAt });
    if (result.error || !result.data) return setError(result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : 'Gallringsdatumet sparades inte.');
    const saved = result.data.setDecisionPurgeDate.purgeAt;
    onDone(purgeAt ? `Gallringsdatumet är nu ${formatDate(saved)} (manuellt satt).` : `Gallringsdatumet räknas åter automatiskt: ${formatDate(saved)}.`);
  };
  return (
    <ConfirmDialog isOpen title="Ändra gallringsdatum" confirmLabel={fetching ? 'Sparar…' : 'Spara'} onConfirm={() => void save()} onCancel={onClose} data-testid="purge-date-dialog">
      <p>Beslutet och dess uppgifter gallras detta datum. Det automatiska datumet är laga kraft-datum plus den tid som är inställd.</p>
      <TextField label="Nytt gallringsdatum" description="ÅÅÅÅ-MM-DD" value={value} onChange={setValue} isDisabled={automatic} />
      <label className="sb-checkbox">
        <input type="checkbox" checked={automatic} onChange={(e) => setAutomatic(e.target.checked)} /> Återställ automatiskt
      </label>
      {error && (
        <p className="sb-field__error" role="alert" data-testid="purge-date-error">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}

function AppealDialog({ decision, onClose, onDone }: { decision: DecisionNode; onClose: () => void; onDone: (message: string) => void }) {
  const [error, setError] = useState<string>();
  const [{ fetching }, mark] = useMutation(MARK_DECISION_APPEALED_MUTATION);
  const appealed = !decision.appealed;
  const confirm = async () => {
    if (fetching) return;
    const result = await mark({ id: decision.id, appealed });
    if (result.error || !result.data) return setError(result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : 'Ändringen sparades inte.');
    onDone(appealed ? 'Beslutet är markerat som överklagat.' : 'Markeringen som överklagat är borttagen.');
  };
  return (
    <ConfirmDialog
      isOpen
      title={appealed ? 'Markera beslutet som överklagat?' : 'Ta bort markeringen som överklagat?'}
      confirmLabel={fetching ? 'Sparar…' : appealed ? 'Markera som överklagat' : 'Ta bort markering'}
      tone={appealed ? 'primary' : 'danger'}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      data-testid="appeal-dialog"
    >
      <p>
        {appealed
          ? `Beslut ${decision.migCaseNumber} vinner då inte laga kraft ${formatDate(decision.finalAt)}, utan först när markeringen tas bort.`
          : `Beslut ${decision.migCaseNumber} vinner då laga kraft ${formatDate(decision.finalAt)} igen (eller har redan gjort det).`}
      </p>
      {error && (
        <p className="sb-field__error" role="alert" data-testid="appeal-error">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}

function CorrectDecision({ decision, onCancel, onDone, today }: { decision: DecisionNode; onCancel: () => void; onDone: () => void; today?: string }) {
  const [{ data }] = useQuery({ query: DECISION_OPTIONS_QUERY, variables: {} });
  const [, correct] = useMutation(CORRECT_DECISION_MUTATION);
  return (
    <section aria-labelledby="correct-decision-heading" data-testid="correct-decision">
      <h2 id="correct-decision-heading">Rätta beslut</h2>
      <DecisionForm
        initial={formValuesOf(decision)}
        claimTypes={data?.claimTypes ?? []}
        submitLabel="Spara rättelse"
        today={today}
        onCancel={onCancel}
        onSubmit={async (input) => {
          const result = await correct({ id: decision.id, input: { ...input, personId: decision.person?.id ?? null, districtCode: decision.district?.code ?? null } });
          if (result.error || !result.data) return result.error ?? null;
          onDone();
          return null;
        }}
      />
    </section>
  );
}

type Open = 'correct' | 'purge' | 'appeal' | null;

/**
 * The decision's card (`/beslut/<id>`): everything MiG decided, laga kraft and the purge date, the
 * payments, links to the claim and the person; coordinators and administrators may correct the
 * decision, change its purge date and mark it as appealed.
 */
export function DecisionPage({ id, navigate, roles, today }: DecisionPageProps) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: DECISION_QUERY, variables: { id } });
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string>();
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const start = (what: Open) => {
    setDone(undefined);
    setOpen(what);
  };
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
    reload();
  };
  const back = (
    <p>
      <Link href={DECISIONS_PATH} navigate={navigate}>
        ← Beslut
      </Link>
    </p>
  );

  if (error && !data)
    return (
      <section aria-labelledby="decision-heading">
        {back}
        <h1 id="decision-heading">Beslut</h1>
        <ErrorMessage title="Beslutet kunde inte hämtas" onRetry={reload}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      </section>
    );
  if (!data) return <Spinner label="Laddar beslutet…" />;
  const d = data.decision;
  if (!d)
    return (
      <section aria-labelledby="decision-heading">
        {back}
        <h1 id="decision-heading">Beslut</h1>
        <Alert tone="warning" title="Beslutet finns inte">
          Beslutet finns inte, eller så hör det inte till din stadsdel.
        </Alert>
      </section>
    );

  const mayEdit = mayEditDecisions(roles);
  return (
    <section aria-labelledby="decision-heading" aria-busy={fetching} data-testid="decision-card">
      {back}
      <h1 id="decision-heading">
        Beslut {d.migCaseNumber}: {d.outcomeLabel}
      </h1>
      {done && (
        <Alert tone="success" data-testid="decision-done">
          {done}
        </Alert>
      )}
      <dl className="sb-details" data-testid="decision-details">
        <dt>Diarienummer</dt>
        <dd data-testid="decision-case-number">{d.migCaseNumber}</dd>
        <dt>Utfall</dt>
        <dd data-testid="decision-outcome">{d.outcomeLabel}</dd>
        <dt>Beslutsdatum</dt>
        <dd data-testid="decision-decided-at">{formatDate(d.decidedAt)}</dd>
        <dt>Ersättning</dt>
        <dd data-testid="decision-claim-type">{d.claimTypeCode ?? '–'}</dd>
        <dt>Beslutad period</dt>
        <dd data-testid="decision-period">{d.periodFrom || d.periodTo ? formatPeriod(d.periodFrom, d.periodTo) : '–'}</dd>
        <dt>Beviljat belopp</dt>
        <dd data-testid="decision-granted">{formatKronor(d.grantedAmount)}</dd>
        <dt>Utbetalt</dt>
        <dd data-testid="decision-paid">
          {formatKronor(d.paidAmount)}
          {d.paidOn ? ` (senast ${formatDate(d.paidOn)})` : ''}
        </dd>
        <dt>Laga kraft</dt>
        <dd data-testid="decision-final-at">
          {finalityLine(d)}{' '}
          {d.appealed ? <Badge tone="warning">Överklagat</Badge> : d.isFinal ? <Badge tone="success">Laga kraft</Badge> : null}
        </dd>
        <dt>Gallringsdatum</dt>
        <dd data-testid="decision-purge-at">{d.purgeAt ? `${formatDate(d.purgeAt)} ${d.purgeAtManual ? '(manuellt satt)' : '(automatiskt)'}` : 'Inte bestämt ännu'}</dd>
        <dt>Namn</dt>
        <dd data-testid="decision-person-name">{d.personName ?? '–'}</dd>
        <dt>Individnummer</dt>
        <dd data-testid="decision-individual-number">{d.migIndividualNumber ?? '–'}</dd>
        <dt>Födelsedata</dt>
        <dd data-testid="decision-birth-data">{d.birthData ?? '–'}</dd>
        <dt>Referens</dt>
        <dd data-testid="decision-reference">{d.reference ?? '–'}</dd>
        <dt>Stadsdel</dt>
        <dd data-testid="decision-district">{d.district?.name ?? 'Okänd'}</dd>
        <dt>Återsökning</dt>
        <dd data-testid="decision-claim">
          {d.claim ? (
            <Link href={claimPath(d.claim.id)} navigate={navigate} data-testid="decision-claim-link">
              Öppna återsökningen
            </Link>
          ) : (
            'Inte kopplad till någon återsökning'
          )}
        </dd>
        <dt>Person</dt>
        <dd data-testid="decision-person">
          {d.person ? (
            <Link href={personPath(d.person.id)} navigate={navigate} data-testid="decision-person-link">
              Öppna personkortet
            </Link>
          ) : (
            'Inte kopplad till någon person'
          )}
        </dd>
        <dt>Källa</dt>
        <dd data-testid="decision-source">{d.sourceLabel}</dd>
        <dt>Registrerat</dt>
        <dd>
          {formatDateTime(d.createdAt)}
          {d.recordedBy ? ` av ${d.recordedBy}` : ''}
          {d.updatedAt ? `, ändrat ${formatDateTime(d.updatedAt)}` : ''}
        </dd>
      </dl>

      {mayEdit && (
        <div className="sb-toolbar" role="group" aria-label="Åtgärder" data-testid="decision-actions">
          <Button onPress={() => start('correct')}>Rätta beslut</Button>
          <Button variant="secondary" onPress={() => start('purge')}>
            Ändra gallringsdatum
          </Button>
          <Button variant={d.appealed ? 'danger' : 'secondary'} onPress={() => start('appeal')}>
            {d.appealed ? 'Ta bort markering' : 'Markera som överklagat'}
          </Button>
        </div>
      )}

      {open === 'correct' && <CorrectDecision decision={d} today={today} onCancel={() => setOpen(null)} onDone={() => finish('Beslutet är rättat.')} />}

      <h2>Utbetalningar</h2>
      <DataTable
        label="Utbetalningar på beslutet"
        columns={paymentColumns}
        rows={d.paymentLines}
        getRowId={(l) => l.id}
        emptyText="Inga utbetalningar på beslutet ännu."
        rowTestId="decision-payment-row"
        data-testid="decision-payments"
      />

      {open === 'purge' && <PurgeDateDialog decision={d} today={today} onClose={() => setOpen(null)} onDone={finish} />}
      {open === 'appeal' && <AppealDialog decision={d} onClose={() => setOpen(null)} onDone={finish} />}
    </section>
  );
}

export default DecisionPage;
