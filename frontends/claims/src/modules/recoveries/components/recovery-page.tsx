import { Alert, Badge, Button, ConfirmDialog, DataTable, ErrorMessage, Spinner, formatDate, formatDateTime, formatKronor, formatPeriod, graphqlErrorText, type DataTableColumn } from '@statsbidrag/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  CANCEL_RECOVERY_MUTATION,
  DECIDE_RECOVERY_APPEAL_MUTATION,
  PROPOSE_RECOVERY_ACTION_MUTATION,
  RECOVERY_QUERY,
  type RecoveryAppealDecision,
  type RecoveryNode,
  type RecoveryOffset,
} from '../graphql/recoveries.graphql.js';
import {
  APPEAL_DECISION_LABELS,
  MAX_TEXT,
  RECOVERIES_PATH,
  decisionPath,
  districtText,
  isUnsettled,
  mayDecideAppeal,
  mayManageRecoveries,
  mayWriteMessage,
  personPath,
  sourceLabel,
  type RecoveryViewer,
} from '../recovery-rules.js';
import { Link } from './link.js';
import { RecoveryThread } from './recovery-thread.js';
import { TextArea } from './text-area.js';

export interface RecoveryPageProps {
  id: string;
  navigate: (url: string) => void;
  viewer: RecoveryViewer;
}

const SERVICE_DOWN = 'Tjänsten för beslut och återkrav svarar inte just nu. Försök igen om en stund.';

/** "Kvar att kvitta: 1 234,50 kr" */
export const remainingText = (r: Pick<RecoveryNode, 'remainingAmount'>) => `Kvar att kvitta: ${formatKronor(r.remainingAmount)}`;

/**
 * One recovery (5.1–5.7): its facts and what is left to offset, the offsets per payment month, the
 * proposed action, the message thread with documents, the decision whether to appeal, and "Makulera".
 */
export function RecoveryPage({ id, navigate, viewer }: RecoveryPageProps) {
  const [{ data, error }, reexecute] = useQuery({ query: RECOVERY_QUERY, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (!data) {
    return error ? (
      <section>
        <h1>Återkrav</h1>
        <ErrorMessage title="Återkravet kunde inte hämtas" onRetry={reload}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      </section>
    ) : (
      <Spinner label="Laddar återkravet…" />
    );
  }
  const r = data.recovery;
  if (!r) {
    return (
      <section>
        <h1>Återkravet finns inte</h1>
        <p>Återkravet finns inte, eller så hör det till en annan stadsdel än din.</p>
        <p>
          <Link href={RECOVERIES_PATH} navigate={navigate}>
            Till återkraven
          </Link>
        </p>
      </section>
    );
  }

  const offsetColumns: DataTableColumn<RecoveryOffset>[] = [
    { id: 'month', label: 'Utbetalningsmånad', text: (o) => o.month, isRowHeader: true, allowsSorting: true },
    { id: 'amount', label: 'Kvittat belopp', text: (o) => formatKronor(o.amount), sortValue: (o) => o.amount, align: 'end', allowsSorting: true, cellTestId: 'recovery-offset-amount' },
    { id: 'created', label: 'Registrerat', text: (o) => formatDateTime(o.createdAt) },
  ];
  const manage = mayManageRecoveries(viewer);
  const cancelled = r.status === 'CANCELLED';

  return (
    <section aria-labelledby="recovery-heading">
      <p>
        <Link href={RECOVERIES_PATH} navigate={navigate}>
          Tillbaka till återkrav
        </Link>
      </p>
      <h1 id="recovery-heading">
        Återkrav {r.compensationCode} {formatPeriod(r.periodFrom, r.periodTo)}
      </h1>
      <p>
        <Badge tone={cancelled ? 'neutral' : r.status === 'SETTLED' ? 'success' : 'warning'} data-testid="recovery-status">
          {r.statusLabel}
        </Badge>
      </p>
      {isUnsettled(r.status) && r.remainingAmount > 0 && (
        <Alert tone="warning" data-testid="recovery-remaining-alert">
          <p>
            <strong>{remainingText(r)}</strong>
          </p>
          <p>Resten kvittas mot nästa utbetalning från MiG.</p>
        </Alert>
      )}

      <dl className="sb-facts" data-testid="recovery-facts">
        <dt>Person</dt>
        <dd>
          {r.person ? (
            <Link href={personPath(r.person.id)} navigate={navigate}>
              {r.person.fullName}
            </Link>
          ) : (
            'Okänd person'
          )}
        </dd>
        <dt>Stadsdel</dt>
        <dd>{districtText(r)}</dd>
        <dt>Ersättning</dt>
        <dd>{r.compensationCode}</dd>
        <dt>Period</dt>
        <dd>{formatPeriod(r.periodFrom, r.periodTo)}</dd>
        <dt>Belopp</dt>
        <dd data-testid="recovery-fact-amount">{formatKronor(r.amount)}</dd>
        <dt>Kvittat</dt>
        <dd data-testid="recovery-fact-offset">{formatKronor(r.offsetAmount)}</dd>
        <dt>Kvar</dt>
        <dd data-testid="recovery-fact-remaining">{formatKronor(r.remainingAmount)}</dd>
        <dt>Orsak</dt>
        <dd className="claim-messages__body">{r.reason}</dd>
        <dt>Beslut</dt>
        <dd>
          {r.decisionId ? (
            <Link href={decisionPath(r.decisionId)} navigate={navigate} data-testid="recovery-decision-link">
              {r.decision?.migCaseNumber ?? r.migCaseNumber ?? 'Visa beslutet'}
            </Link>
          ) : (
            (r.migCaseNumber ?? 'Inget beslut kopplat')
          )}
        </dd>
        <dt>Beslutsdatum</dt>
        <dd>{formatDate(r.decidedAt) || '–'}</dd>
        <dt>Överklagandefrist</dt>
        <dd data-testid="recovery-fact-deadline">{formatDate(r.appealDeadline) || '–'}</dd>
        <dt>Källa</dt>
        <dd>{sourceLabel(r.source)}</dd>
        <dt>Registrerat</dt>
        <dd>
          {formatDateTime(r.createdAt)} av {r.createdBy}
        </dd>
      </dl>

      <section aria-labelledby="recovery-offsets-heading">
        <h2 id="recovery-offsets-heading">Kvittningar</h2>
        <DataTable label="Kvittningar" columns={offsetColumns} rows={r.offsets} getRowId={(o) => o.id} emptyText="Inget är kvittat ännu." rowTestId="recovery-offset" />
      </section>

      <ProposedAction recovery={r} mayPropose={manage && !cancelled} onChanged={reload} />
      <AppealDecision recovery={r} mayDecide={mayDecideAppeal(viewer, r.districtCode) && !cancelled} onChanged={reload} />
      <RecoveryThread recoveryId={r.id} messages={r.messages} mayWrite={mayWriteMessage(viewer, r.districtCode) && !cancelled} onPosted={reload} />
      {manage && !cancelled && r.offsetAmount === 0 && <CancelRecovery recovery={r} onChanged={reload} />}
    </section>
  );
}

function ProposedAction({ recovery, mayPropose, onChanged }: { recovery: RecoveryNode; mayPropose: boolean; onChanged: () => void }) {
  const [{ fetching }, propose] = useMutation(PROPOSE_RECOVERY_ACTION_MUTATION);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState(false);

  const save = async () => {
    const value = text.trim();
    if (!value) return setProblem('Beskriv den föreslagna åtgärden.');
    if (value.length > MAX_TEXT) return setProblem(`Åtgärden får vara högst ${MAX_TEXT.toLocaleString('sv-SE')} tecken.`);
    setProblem(undefined);
    const result = await propose({ id: recovery.id, proposedAction: value });
    if (result.error) return setProblem(graphqlErrorText(result.error, SERVICE_DOWN));
    setEditing(false);
    setSaved(true);
    onChanged();
  };

  return (
    <section aria-labelledby="recovery-action-heading">
      <h2 id="recovery-action-heading">Föreslagen åtgärd</h2>
      <p className="claim-messages__body" data-testid="recovery-proposed-action">
        {recovery.proposedAction ?? 'Ingen åtgärd föreslagen ännu.'}
      </p>
      {saved && (
        <Alert tone="success">
          <p>Förslaget är sparat och stadsdelen har fått besked.</p>
        </Alert>
      )}
      {mayPropose &&
        (editing ? (
          <form
            className="sb-form"
            noValidate
            aria-label="Föreslagen åtgärd"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <TextArea label="Åtgärd" value={text} onChange={setText} errorMessage={problem} maxLength={MAX_TEXT + 100} data-testid="recovery-action-input" />
            <div className="sb-toolbar">
              <Button type="submit" isDisabled={fetching} data-testid="recovery-action-save">
                Spara förslag
              </Button>
              <Button variant="secondary" onPress={() => setEditing(false)}>
                Avbryt
              </Button>
            </div>
          </form>
        ) : (
          <Button
            variant="secondary"
            onPress={() => {
              setText(recovery.proposedAction ?? '');
              setSaved(false);
              setEditing(true);
            }}
            data-testid="recovery-action-edit"
          >
            {recovery.proposedAction ? 'Ändra förslag' : 'Föreslå åtgärd'}
          </Button>
        ))}
    </section>
  );
}

function AppealDecision({ recovery, mayDecide, onChanged }: { recovery: RecoveryNode; mayDecide: boolean; onChanged: () => void }) {
  const [{ fetching }, decide] = useMutation(DECIDE_RECOVERY_APPEAL_MUTATION);
  const [choice, setChoice] = useState<RecoveryAppealDecision | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const deadline = formatDate(recovery.appealDeadline);

  const ask = () => {
    if (!choice) return setProblem('Välj om återkravet ska överklagas eller godtas.');
    if (comment.trim().length > MAX_TEXT) return setProblem(`Kommentaren får vara högst ${MAX_TEXT.toLocaleString('sv-SE')} tecken.`);
    setProblem(undefined);
    setConfirming(true);
  };
  const confirm = async () => {
    setConfirming(false);
    const result = await decide({ id: recovery.id, decision: choice!, comment: comment.trim() || null });
    if (result.error) return setProblem(graphqlErrorText(result.error, SERVICE_DOWN));
    onChanged();
  };

  return (
    <section aria-labelledby="recovery-appeal-heading" data-testid="recovery-appeal">
      <h2 id="recovery-appeal-heading">Beslut om överklagande</h2>
      {recovery.appealDecision ? (
        <p data-testid="recovery-appeal-decided">
          <strong>{APPEAL_DECISION_LABELS[recovery.appealDecision]}</strong> – beslutat av {recovery.appealDecidedBy ?? 'okänd'}
          {recovery.appealDecidedAt ? ` ${formatDateTime(recovery.appealDecidedAt)}` : ''}.
        </p>
      ) : (
        <p>{deadline ? `Inget beslut ännu. Överklagandefristen går ut ${deadline}.` : 'Inget beslut ännu.'}</p>
      )}
      {mayDecide && !recovery.appealDecision && (
        <form
          className="sb-form"
          noValidate
          aria-label="Beslut om överklagande"
          onSubmit={(event) => {
            event.preventDefault();
            ask();
          }}
        >
          <fieldset aria-describedby={problem ? 'recovery-appeal-error' : undefined}>
            <legend>Stadsdelens beslut</legend>
            {(['APPEAL', 'ACCEPT'] as const).map((value) => (
              <label key={value} className="sb-checkbox">
                <input type="radio" name="appeal-decision" value={value} checked={choice === value} onChange={() => setChoice(value)} /> {APPEAL_DECISION_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <TextArea label="Kommentar" value={comment} onChange={setComment} maxLength={MAX_TEXT + 100} data-testid="recovery-appeal-comment" />
          {problem && (
            <p id="recovery-appeal-error" className="sb-field__error" role="alert">
              {problem}
            </p>
          )}
          <Button type="submit" isDisabled={fetching} data-testid="recovery-appeal-submit">
            Registrera beslut
          </Button>
        </form>
      )}
      <ConfirmDialog
        isOpen={confirming}
        title={choice === 'APPEAL' ? 'Överklaga återkravet?' : 'Godta återkravet?'}
        confirmLabel={choice === 'APPEAL' ? 'Ja, överklaga' : 'Ja, godta'}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
        data-testid="recovery-appeal-confirm"
      >
        <p>
          {choice === 'APPEAL'
            ? `Återkravet ska överklagas. Överklagandet måste komma in till MiG senast ${deadline || 'sista dagen för överklagande'}.`
            : `Återkravet godtas och kvittas mot kommande utbetalningar.${deadline ? ` Överklagandefristen går ut ${deadline}.` : ''}`}
        </p>
        <p>Beslutet kan inte ändras här i efterhand.</p>
      </ConfirmDialog>
    </section>
  );
}

function CancelRecovery({ recovery, onChanged }: { recovery: RecoveryNode; onChanged: () => void }) {
  const [{ fetching }, cancel] = useMutation(CANCEL_RECOVERY_MUTATION);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);

  const ask = () => {
    const text = reason.trim();
    if (!text) return setProblem('Skriv varför återkravet makuleras.');
    if (text.length > MAX_TEXT) return setProblem(`Skälet får vara högst ${MAX_TEXT.toLocaleString('sv-SE')} tecken.`);
    setProblem(undefined);
    setConfirming(true);
  };
  const confirm = async () => {
    setConfirming(false);
    const result = await cancel({ id: recovery.id, reason: reason.trim() });
    if (result.error) return setProblem(graphqlErrorText(result.error, SERVICE_DOWN));
    setOpen(false);
    onChanged();
  };

  return (
    <section aria-labelledby="recovery-cancel-heading">
      <h2 id="recovery-cancel-heading">Makulera</h2>
      {!open ? (
        <Button variant="danger" onPress={() => setOpen(true)} data-testid="recovery-cancel-open">
          Makulera återkravet
        </Button>
      ) : (
        <form
          className="sb-form"
          noValidate
          aria-label="Makulera återkravet"
          onSubmit={(event) => {
            event.preventDefault();
            ask();
          }}
        >
          <TextArea label="Skäl till makulering" isRequired value={reason} onChange={setReason} errorMessage={problem} maxLength={MAX_TEXT + 100} data-testid="recovery-cancel-reason" />
          <div className="sb-toolbar">
            <Button type="submit" variant="danger" isDisabled={fetching} data-testid="recovery-cancel-submit">
              Makulera
            </Button>
            <Button variant="secondary" onPress={() => setOpen(false)}>
              Avbryt
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        isOpen={confirming}
        title="Makulera återkravet?"
        confirmLabel="Ja, makulera"
        tone="danger"
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
        data-testid="recovery-cancel-confirm"
      >
        <p>
          Återkravet på {formatKronor(recovery.amount)} makuleras och kvittas inte mot kommande utbetalningar. Det går inte att ångra.
        </p>
      </ConfirmDialog>
    </section>
  );
}

export default RecoveryPage;
