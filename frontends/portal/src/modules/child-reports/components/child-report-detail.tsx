import { Alert, AppLink, Button, ConfirmDialog, ErrorMessage, formatDate, formatDateTime, Spinner, TextField, todayForFilename, parseDateInput, graphqlErrorText } from '@statsbidrag/ui';
import { ME_QUERY } from '@statsbidrag/ui/host';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { CHILD_REPORT_FIELD_NAMES as FIELD_NAMES } from '@statsbidrag/ui';
import { CHILD_REPORT_EDIT_ROLES, CHILD_REPORTS_PATH } from '../child-report-roles.js';
import { CHILD_REPORT_QUERY, MARK_REPORTED_MUTATION, START_HANDLING_MUTATION, STATUS_LABELS, type ChildReportHistoryEntry } from '../child-reports.graphql.js';
import { ChildReportEditDialog } from './child-report-edit-dialog.js';

/** The message for a failed action; a CONFLICT means someone else changed the report first. */
export function actionErrorText(error: CombinedError): string {
  if (error.graphQLErrors.some((e) => e.extensions?.code === 'CONFLICT')) {
    return 'Anmälan har redan ändrats av någon annan eller har fel status för åtgärden. Ladda om sidan och försök igen.';
  }
  return graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.');
}

/** One line of the history: a status change, or a correction naming the fields in Swedish. */
export function historyText(entry: Pick<ChildReportHistoryEntry, 'fromStatus' | 'toStatus' | 'changedFields'>): string {
  if (entry.changedFields) {
    const names = entry.changedFields.map((field) => FIELD_NAMES[field] ?? field);
    return names.length ? `Uppgifter ändrade: ${names.join(', ')}` : 'Uppgifter ändrade';
  }
  return `${entry.fromStatus ? `${STATUS_LABELS[entry.fromStatus]} → ` : ''}${STATUS_LABELS[entry.toStatus]}`;
}

export interface ChildReportDetailProps {
  id: string;
  navigate: (url: string) => void;
  /** The viewer's roles; without them they are read from the host's (cached) `me` query. */
  roles?: readonly string[];
}

/** One report with its history and AmF's actions. */
export function ChildReportDetail({ id, navigate, roles }: ChildReportDetailProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CHILD_REPORT_QUERY, variables: { id } });
  const [{ data: me }] = useQuery({ query: ME_QUERY, variables: {}, pause: roles !== undefined });
  const viewerRoles = roles ?? me?.me.roles ?? [];
  const canEdit = viewerRoles.some((role) => (CHILD_REPORT_EDIT_ROLES as readonly string[]).includes(role));
  const [editing, setEditing] = useState(false);
  const [startState, startHandling] = useMutation(START_HANDLING_MUTATION);
  const [markState, markReported] = useMutation(MARK_REPORTED_MUTATION);
  const [reportedAt, setReportedAt] = useState(todayForFilename());
  const [note, setNote] = useState('');
  const [dateError, setDateError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string>();
  const [actionError, setActionError] = useState<string>();

  if (fetching && !data) return <Spinner label="Laddar anmälan…" />;
  if (error && !data) {
    return (
      <ErrorMessage title="Anmälan kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
      </ErrorMessage>
    );
  }
  const report = data?.childResponsibilityReport;
  if (!report) {
    return (
      <Alert tone="warning" title="Anmälan finns inte">
        <AppLink href={CHILD_REPORTS_PATH} onNavigate={navigate}>
          Till alla barnanmälningar
        </AppLink>
      </Alert>
    );
  }

  const start = async () => {
    setActionError(undefined);
    setDone(undefined);
    const result = await startHandling({ input: { id: report.id } });
    if (result.error) setActionError(actionErrorText(result.error));
    else setDone('Du handlägger nu anmälan.');
  };

  const askToMark = () => {
    const parsed = parseDateInput(reportedAt, { label: 'Datum', notInFuture: true });
    if (!parsed.ok || !parsed.value) {
      setDateError(parsed.ok ? 'Ange datum då ansvaret rapporterades till MiG.' : parsed.message);
      return;
    }
    setDateError(undefined);
    setReportedAt(parsed.value);
    setConfirming(true);
  };

  const mark = async () => {
    setConfirming(false);
    setActionError(undefined);
    setDone(undefined);
    const result = await markReported({ input: { id: report.id, reportedAt, ...(note.trim() ? { note: note.trim() } : {}) } });
    if (result.error) setActionError(actionErrorText(result.error));
    else setDone('Anmälan är markerad som rapporterad till MiG.');
  };

  const busy = startState.fetching || markState.fetching;
  const edit = () => {
    setActionError(undefined);
    setDone(undefined);
    setEditing(true);
  };
  const facts: [string, string][] = [
    ['Stadsdel', report.district.name],
    ['Enhet', report.unitCode ?? '–'],
    ['Handläggare i stadsdelen', report.officerUsername],
    ['Förnamn', report.firstName],
    ['Efternamn', report.lastName],
    ['Födelsedatum', formatDate(report.birthDate)],
    ['MiG individnummer', report.migIndividualNumber ?? '–'],
    ['Status', report.statusLabel],
    ['Handläggare på AmF', report.handledBy ?? '–'],
    ['Rapporterad till MiG', report.reportedToMigAt ? formatDate(report.reportedToMigAt) : '–'],
    ['Anteckning', report.note ?? '–'],
    ['Inkommen', formatDateTime(report.createdAt)],
    ['Senast ändrad', formatDateTime(report.updatedAt)],
  ];

  return (
    <section aria-labelledby="child-report-heading">
      <p>
        <AppLink href={CHILD_REPORTS_PATH} onNavigate={navigate}>
          Till alla barnanmälningar
        </AppLink>
      </p>
      <h1 id="child-report-heading">Barnanmälan: {report.fullName}</h1>
      <dl data-testid="child-report-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>Fråga till Statsbidragsgruppen</h2>
      <p data-testid="child-report-question">{report.question ?? 'Ingen fråga.'}</p>

      {done && <Alert tone="success" title={done} data-testid="child-report-done" />}
      {actionError && <Alert tone="error" title="Åtgärden kunde inte utföras" data-testid="child-report-error">{actionError}</Alert>}

      {canEdit && (
        <Button variant="secondary" onPress={edit} isDisabled={busy}>
          Ändra uppgifter
        </Button>
      )}
      {editing && (
        <ChildReportEditDialog
          report={report}
          onClose={() => setEditing(false)}
          onSaved={(message) => {
            setEditing(false);
            setDone(message);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}

      {report.status === 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN' && (
        <Button onPress={() => void start()} isDisabled={busy}>
          Börja handlägga
        </Button>
      )}
      {report.status !== 'RAPPORTERAD_TILL_MIG' && (
        <form
          aria-labelledby="mark-heading"
          onSubmit={(event) => {
            event.preventDefault();
            askToMark();
          }}
        >
          <h2 id="mark-heading">Rapportera till MiG</h2>
          <TextField label="Datum då ansvaret rapporterades till MiG" description="ÅÅÅÅ-MM-DD" value={reportedAt} onChange={setReportedAt} errorMessage={dateError} isRequired />
          <TextField label="Anteckning (valfri)" value={note} onChange={setNote} maxLength={4000} />
          <Button type="submit" isDisabled={busy}>
            Markera som rapporterad till MiG
          </Button>
        </form>
      )}
      <ConfirmDialog
        isOpen={confirming}
        title={`Markera anmälan för ${report.fullName} som rapporterad till MiG?`}
        confirmLabel="Markera som rapporterad"
        onConfirm={() => void mark()}
        onCancel={() => setConfirming(false)}
      >
        <p>Datum: {reportedAt}. Stadsdelens kontaktperson aviseras.</p>
      </ConfirmDialog>

      <h2>Historik</h2>
      <ol data-testid="child-report-history">
        {report.history.map((h) => (
          <li key={h.id}>
            <time dateTime={h.at}>{formatDateTime(h.at)}</time> – {h.username}: {historyText(h)}
          </li>
        ))}
      </ol>
    </section>
  );
}
