import { AppLink, Button, DataTable, ErrorMessage, ExportCsvButton, LoadMoreButton, Spinner, TextField, usePagedRows, usePaging, formatCount, formatDateTime, graphqlErrorText, parseDateInput, todayForFilename, type CsvColumn, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { AUDIT_LOG_QUERY, auditFieldsText, auditSubjectLink, dayRange, isUuid, type AuditEntry, type AuditLogFilter, type AuditLogVariables } from '../audit-log.graphql.js';

export const AUDIT_LOG_PAGE_SIZE = 100;
const byId = (r: AuditEntry) => r.id;
const NO_FILTER: AuditLogFilter = { personId: null, username: null, from: null, to: null };

/** The person id in the address bar (`?person=<id>`), so a person card can link to its reads. */
function personFromAddress(): string {
  return new URLSearchParams(window.location.search).get('person')?.trim() ?? '';
}

/**
 * "Granskningslogg" (system administrator): who read which person's identifiers, when, in which
 * operation; filtered on person, user and days; CSV export; "Visa fler".
 */
export function AuditLogPage({ navigate }: { navigate: (url: string) => void }) {
  const [personId, setPersonId] = useState(personFromAddress);
  const [username, setUsername] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [applied, setApplied] = useState<AuditLogFilter>(() => (personId && isUuid(personId) ? { ...NO_FILTER, personId } : NO_FILTER));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const id = personId.trim();
    if (id && !isUuid(id)) problems.personId = 'Ange personens id som det står i personkortets adress (t.ex. 3f2c…-…).';
    const fromDate = parseDateInput(from, { label: 'Från' });
    const toDate = parseDateInput(to, { label: 'Till' });
    if (!fromDate.ok) problems.from = fromDate.message;
    if (!toDate.ok) problems.to = toDate.message;
    if (fromDate.ok && toDate.ok && fromDate.value && toDate.value && fromDate.value > toDate.value) problems.to = 'Till-datum kan inte ligga före från-datum.';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !fromDate.ok || !toDate.ok) return;
    setFrom(fromDate.value);
    setTo(toDate.value);
    setApplied({ personId: id || null, username: username.trim() || null, ...dayRange(fromDate.value || null, toDate.value || null) });
  };

  return (
    <section aria-labelledby="audit-log-heading">
      <h1 id="audit-log-heading">Granskningslogg</h1>
      <p className="sb-muted">Varje läsning av personnummer, samordningsnummer, MiG individnummer och födelsedatum via systemet loggas: vem, när, vilken person och vilka uppgifter.</p>
      <form className="sb-toolbar" onSubmit={submit} noValidate aria-label="Urval i granskningsloggen">
        <TextField label="Person-id" value={personId} onChange={setPersonId} autoComplete="off" errorMessage={errors.personId} />
        <TextField label="Användare" description="Användarnamn, t.ex. samordnare" value={username} onChange={setUsername} autoComplete="off" />
        <TextField label="Från" description="ÅÅÅÅ-MM-DD" value={from} onChange={setFrom} inputMode="numeric" autoComplete="off" errorMessage={errors.from} />
        <TextField label="Till" description="ÅÅÅÅ-MM-DD" value={to} onChange={setTo} inputMode="numeric" autoComplete="off" errorMessage={errors.to} />
        <Button type="submit">Sök</Button>
      </form>
      <AuditLogList key={JSON.stringify(applied)} filter={applied} navigate={navigate} />
    </section>
  );
}

function AuditLogList({ filter, navigate }: { filter: AuditLogFilter; navigate: (url: string) => void }) {
  const paging = usePaging<AuditEntry>();
  const { after } = paging;
  const variables = useMemo<AuditLogVariables>(() => ({ filter, first: AUDIT_LOG_PAGE_SIZE, after }), [filter, after]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AUDIT_LOG_QUERY, variables, requestPolicy: 'cache-and-network' });
  const connection = data?.auditLog;
  const pages = usePagedRows(paging, connection, byId);
  const { rows } = pages;

  const columns = useMemo<DataTableColumn<AuditEntry>[]>(
    () => [
      { id: 'at', label: 'Tid', text: (r) => formatDateTime(r.at), sortValue: (r) => r.at, isRowHeader: true, allowsSorting: true, cellTestId: 'audit-at' },
      { id: 'username', label: 'Användare', text: (r) => r.username, allowsSorting: true, cellTestId: 'audit-user' },
      {
        id: 'subject',
        label: 'Uppgifter om',
        text: (r) => `${auditSubjectLink(r).label} ${r.personId}`,
        render: (r) => {
          const link = auditSubjectLink(r);
          return (
            <AppLink href={link.href} onNavigate={navigate}>
              {link.label} <span className="sb-muted">{r.personId.slice(0, 8)}…</span>
            </AppLink>
          );
        },
        allowsSorting: true,
        cellTestId: 'audit-subject',
      },
      { id: 'fields', label: 'Lästa uppgifter', text: (r) => auditFieldsText(r.fields), cellTestId: 'audit-fields' },
      { id: 'operation', label: 'Operation', text: (r) => r.operation, allowsSorting: true },
    ],
    [navigate],
  );
  const csvColumns = useMemo<CsvColumn<AuditEntry>[]>(
    () => [
      { label: 'Tid', value: (r) => formatDateTime(r.at) },
      { label: 'Användare', value: (r) => r.username },
      { label: 'Typ', value: (r) => auditSubjectLink(r).label },
      { label: 'Id', value: (r) => r.personId },
      { label: 'Lästa uppgifter', value: (r) => auditFieldsText(r.fields) },
      { label: 'Operation', value: (r) => r.operation },
    ],
    [],
  );

  if (error && !connection) {
    return (
      <ErrorMessage title="Granskningsloggen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, 'Personregistret svarar inte just nu. Försök igen om en stund.')}</p>
      </ErrorMessage>
    );
  }
  if (!connection) return <Spinner label="Laddar granskningsloggen…" />;
  return (
    <div aria-busy={fetching}>
      <div className="sb-toolbar">
        <p className="sb-muted" aria-live="polite" data-testid="audit-count">
          Visar {formatCount(rows.length)} av {formatCount(connection.totalCount)}
        </p>
        <span className="sb-toolbar__spacer" />
        <ExportCsvButton filename={`granskningslogg-${todayForFilename()}`} columns={csvColumns} rows={rows} />
      </div>
      <DataTable label="Granskningslogg" columns={columns} rows={rows} getRowId={(r) => r.id} emptyText="Inga läsningar matchar urvalet." rowTestId="audit-row" />
      <LoadMoreButton pages={pages} fetching={fetching} />
    </div>
  );
}
