import { Alert, AppLink, Button, ConfirmDialog, DataTable, ErrorMessage, Spinner, TextField, formatCount, formatDate, graphqlErrorText, parseDateInput, todayForFilename, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { createRequest, useClient, useMutation, useQuery } from 'urql';
import { filter, pipe, take, toPromise } from 'wonka';
import { personCardUrl } from '../../persons/person-format.js';
import { PURGE_CANDIDATES_QUERY, RUN_PURGE_MUTATION, type PurgeCandidate, type PurgeRun } from '../graphql/retention.graphql.js';

export interface PurgeCandidatesProps {
  /** May run the purge now (system administrator). */
  mayRun: boolean;
  navigate: (url: string) => void;
  /** Today as ÅÅÅÅ-MM-DD (Stockholm time); a seam for tests. */
  today?: string;
  /** Called after a purge run (the log has new rows). */
  onPurged?: () => void;
}

function personsText(n: number): string {
  return n === 1 ? '1 person' : `${formatCount(n)} personer`;
}

function casesText(c: PurgeCandidate['openCases']): string {
  return c.map((x) => `${x.label} (${x.statusLabel})`).join('; ');
}

interface RunPlan {
  ready: number;
  blocked: number;
}

/** "Att gallra": persons whose purge date has passed (or passes on the chosen date), with the open cases that block them; "Kör gallring nu". */
export function PurgeCandidates({ mayRun, navigate, today = todayForFilename(), onPurged }: PurgeCandidatesProps) {
  const client = useClient();
  const [dateInput, setDateInput] = useState(today);
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const [on, setOn] = useState(today);
  const [plan, setPlan] = useState<RunPlan | null>(null);
  const [planning, setPlanning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [run, setRun] = useState<PurgeRun | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PURGE_CANDIDATES_QUERY, variables: { on } });
  const [{ fetching: running }, runPurge] = useMutation(RUN_PURGE_MUTATION);
  const candidates = useMemo(() => data?.purgeCandidates ?? [], [data]);

  const columns = useMemo<DataTableColumn<PurgeCandidate>[]>(
    () => [
      {
        id: 'person',
        label: 'Person',
        text: (c) => c.person.fullName,
        render: (c) => (
          <AppLink href={personCardUrl(c.person.id)} onNavigate={navigate}>
            {c.person.fullName}
          </AppLink>
        ),
        isRowHeader: true,
        allowsSorting: true,
        cellTestId: 'candidate-person',
      },
      { id: 'district', label: 'Stadsdel', text: (c) => c.person.district?.name ?? '', allowsSorting: true },
      {
        id: 'closed',
        label: 'Avslutad',
        text: (c) => (c.person.closedOn ? `${formatDate(c.person.closedOn)}${c.person.closureReasonLabel ? ` – ${c.person.closureReasonLabel}` : ''}` : c.person.personalDataDeactivatedOn ? `Avaktualiserad ${formatDate(c.person.personalDataDeactivatedOn)}` : ''),
        sortValue: (c) => c.person.closedOn ?? c.person.personalDataDeactivatedOn ?? '',
        allowsSorting: true,
      },
      {
        id: 'purgeOn',
        label: 'Gallringsdatum',
        text: (c) => (c.person.purgeOn ? `${formatDate(c.person.purgeOn)}${c.person.purgeOnSetManually ? ' (satt för hand)' : ''}` : ''),
        sortValue: (c) => c.person.purgeOn ?? '',
        allowsSorting: true,
        cellTestId: 'candidate-purge-on',
      },
      {
        id: 'blocking',
        label: 'Hinder',
        text: (c) => (c.openCases.length ? casesText(c.openCases) : 'Inga – kan gallras'),
        render: (c) =>
          c.openCases.length ? (
            <ul className="retention__cases">
              {c.openCases.map((x) => (
                <li key={`${x.context}:${x.caseId}`}>
                  {x.label} – {x.statusLabel}
                </li>
              ))}
            </ul>
          ) : (
            <span className="sb-muted">Inga – kan gallras</span>
          ),
        sortValue: (c) => c.openCases.length,
        allowsSorting: true,
        cellTestId: 'candidate-blocking',
      },
    ],
    [navigate],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDateInput(dateInput, { label: 'Datum' });
    if (!parsed.ok || !parsed.value) {
      setDateError(parsed.ok ? 'Ange ett datum som ÅÅÅÅ-MM-DD.' : parsed.message);
      return;
    }
    setDateError(undefined);
    setDateInput(parsed.value);
    setOn(parsed.value);
  };

  /** Asks the server who would be purged today (whatever date the list shows), then asks the user. */
  const askToRun = async () => {
    setRun(null);
    setRunError(null);
    setPlanning(true);
    const result = await pipe(
      client.executeQuery(createRequest(PURGE_CANDIDATES_QUERY, { on: null }), { requestPolicy: 'network-only' }),
      filter((r) => !r.stale),
      take(1),
      toPromise,
    );
    setPlanning(false);
    const due = result.data?.purgeCandidates;
    if (!due) {
      setRunError(result.error ? graphqlErrorText(result.error, 'Personregistret svarar inte just nu. Försök igen om en stund.') : 'Personerna att gallra kunde inte hämtas.');
      return;
    }
    const ready = due.filter((c) => c.openCases.length === 0).length;
    setPlan({ ready, blocked: due.length - ready });
  };

  const confirmRun = async () => {
    setPlan(null);
    const result = await runPurge({});
    if (result.data?.runPurge) {
      setRun(result.data.runPurge);
      reexecute({ requestPolicy: 'network-only' });
      onPurged?.();
    } else if (result.error) {
      setRunError(graphqlErrorText(result.error, 'Personregistret svarar inte just nu. Försök igen om en stund.'));
    }
  };

  const ready = candidates.filter((c) => c.openCases.length === 0).length;
  return (
    <section aria-labelledby="candidates-heading" className="retention__panel">
      <h2 id="candidates-heading">Att gallra</h2>
      <div className="sb-toolbar retention__toolbar">
        <form className="sb-toolbar" onSubmit={submit} noValidate aria-label="Att gallra per datum">
          <TextField
            label="Per datum"
            description="ÅÅÅÅ-MM-DD"
            value={dateInput}
            onChange={(value) => {
              setDateInput(value);
              if (dateError) setDateError(undefined);
            }}
            inputMode="numeric"
            autoComplete="off"
            errorMessage={dateError}
          />
          <Button type="submit" variant="secondary">
            Visa
          </Button>
        </form>
        <span className="sb-toolbar__spacer" />
        {mayRun && (
          <Button variant="danger" onPress={() => void askToRun()} isDisabled={planning || running}>
            Kör gallring nu
          </Button>
        )}
      </div>
      {(planning || running) && <Spinner label={running ? 'Gallrar…' : 'Räknar personer att gallra…'} />}
      {runError && (
        <ErrorMessage title="Gallringen kunde inte köras" data-testid="purge-run-error">
          <p>{runError}</p>
        </ErrorMessage>
      )}
      {run && <PurgeRunResult run={run} />}

      {error && !data ? (
        <ErrorMessage title="Personerna att gallra kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Personregistret svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar personer att gallra…" />
      ) : (
        <div aria-busy={fetching}>
          <p className="sb-muted" aria-live="polite" data-testid="candidates-count">
            {candidates.length === 0
              ? `Ingen person ska gallras per ${on}.`
              : `${personsText(candidates.length)} per ${on}: ${formatCount(ready)} kan gallras, ${formatCount(candidates.length - ready)} hindras av pågående ärenden.`}
            {data.purgeCandidateCount !== undefined && data.purgeCandidateCount > candidates.length
              ? ` Listan visar de ${formatCount(candidates.length)} första av ${formatCount(data.purgeCandidateCount)}; gallringen omfattar alla.`
              : null}
          </p>
          <DataTable
            label="Personer att gallra"
            columns={columns}
            rows={candidates}
            getRowId={(c) => c.person.id}
            emptyText="Ingen person har ett gallringsdatum som passerats."
            rowTestId="candidate-row"
          />
        </div>
      )}

      <ConfirmDialog
        isOpen={plan !== null}
        title="Kör gallring nu?"
        confirmLabel={plan && plan.ready > 0 ? `Gallra ${personsText(plan.ready)}` : 'Kör gallring'}
        tone="danger"
        onConfirm={() => void confirmRun()}
        onCancel={() => setPlan(null)}
        data-testid="purge-run-confirm"
      >
        {plan && (
          <>
            <p data-testid="purge-run-plan">
              {plan.ready === 0 ? 'Ingen person gallras i dag.' : `${personsText(plan.ready)} gallras i dag.`}
              {plan.blocked > 0 ? ` ${personsText(plan.blocked)} hoppas över eftersom de har pågående ärenden.` : ''}
            </p>
            <p>Personuppgifterna tas bort och kan inte återställas. Beloppen i ärendena finns kvar utan personuppgifter.</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}

/** What a purge run did: how many were purged, and who was skipped because of open cases. */
export function PurgeRunResult({ run }: { run: PurgeRun }) {
  return (
    <Alert tone="success" title={`Gallringen är klar: ${personsText(run.purged.length)} gallrades.`} data-testid="purge-run-result">
      {run.skipped.length > 0 ? (
        <>
          <p>{personsText(run.skipped.length)} hoppades över:</p>
          <ul data-testid="purge-run-skipped">
            {run.skipped.map((s) => (
              <li key={s.person.id}>
                {s.person.fullName}: pågående ärenden – {casesText(s.openCases)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Ingen person hoppades över.</p>
      )}
    </Alert>
  );
}
