import { Button, DataTable, ErrorMessage, ExportCsvButton, LoadMoreButton, Select, Spinner, TextField, usePagedRows, usePaging, formatCount, formatDate, formatDateTime, graphqlErrorText, parseDateInput, todayForFilename, type CsvColumn, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { PURGE_RECORDS_QUERY, RETENTION_DISTRICTS_QUERY, type PurgeRecord, type PurgeRecordFilter, type PurgeRecordsVariables } from '../graphql/retention.graphql.js';
import { purgedFieldsText } from '../retention-roles.js';

export const PURGE_LOG_PAGE_SIZE = 50;
const ALL = 'ALL';

const byId = (r: PurgeRecord) => r.id;
const NO_FILTER: PurgeRecordFilter = { from: null, to: null, districtCode: null };

/** "Gallringslogg" (system administrator): what each purge removed, filtered on date and district; CSV export; "Visa fler". */
export function PurgeLog() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [district, setDistrict] = useState<string>(ALL);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [applied, setApplied] = useState<PurgeRecordFilter>(NO_FILTER);
  const [{ data: districtData }] = useQuery({ query: RETENTION_DISTRICTS_QUERY });
  const districts = useMemo(() => districtData?.districts ?? [], [districtData]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const fromDate = parseDateInput(from, { label: 'Från' });
    const toDate = parseDateInput(to, { label: 'Till' });
    if (!fromDate.ok) problems.from = fromDate.message;
    if (!toDate.ok) problems.to = toDate.message;
    if (fromDate.ok && toDate.ok && fromDate.value && toDate.value && fromDate.value > toDate.value) problems.to = 'Till-datum kan inte ligga före från-datum.';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !fromDate.ok || !toDate.ok) return;
    setFrom(fromDate.value);
    setTo(toDate.value);
    setApplied({ from: fromDate.value || null, to: toDate.value || null, districtCode: district === ALL ? null : district });
  };

  const districtName = useMemo(() => {
    const names = new Map(districts.map((d) => [d.code, d.name]));
    return (code: string | null) => (code ? (names.get(code) ?? code) : '');
  }, [districts]);

  return (
    <section aria-labelledby="purge-log-heading" className="retention__panel">
      <h2 id="purge-log-heading">Gallringslogg</h2>
      <form className="sb-toolbar retention__filters" onSubmit={submit} noValidate aria-label="Urval i gallringsloggen">
        <TextField label="Från" description="ÅÅÅÅ-MM-DD" value={from} onChange={setFrom} inputMode="numeric" autoComplete="off" errorMessage={errors.from} />
        <TextField label="Till" description="ÅÅÅÅ-MM-DD" value={to} onChange={setTo} inputMode="numeric" autoComplete="off" errorMessage={errors.to} />
        <Select
          label="Stadsdel"
          options={[{ id: ALL, label: 'Alla stadsdelar' }, ...districts.map((d) => ({ id: d.code, label: d.name }))]}
          selectedKey={district}
          onSelectionChange={(key) => setDistrict(key ?? ALL)}
          data-testid="purge-log-district"
        />
        <Button type="submit">Visa</Button>
      </form>
      <PurgeLogList key={JSON.stringify(applied)} filter={applied} districtName={districtName} />
    </section>
  );
}

function PurgeLogList({ filter, districtName }: { filter: PurgeRecordFilter; districtName: (code: string | null) => string }) {
  const paging = usePaging<PurgeRecord>();
  const { after } = paging;
  const variables = useMemo<PurgeRecordsVariables>(() => ({ filter, first: PURGE_LOG_PAGE_SIZE, after }), [filter, after]);
  const context = useMemo(() => ({ additionalTypenames: ['PurgeRecord'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PURGE_RECORDS_QUERY, variables, context });
  const connection = data?.purgeRecords;
  const pages = usePagedRows(paging, connection, byId);
  const { rows } = pages;

  const columns = useMemo<DataTableColumn<PurgeRecord>[]>(
    () => [
      { id: 'purgedAt', label: 'Gallrad', text: (r) => formatDateTime(r.purgedAt), sortValue: (r) => r.purgedAt, isRowHeader: true, allowsSorting: true, cellTestId: 'purge-log-at' },
      { id: 'purgeOn', label: 'Gallringsdatum', text: (r) => formatDate(r.purgeOn), sortValue: (r) => r.purgeOn, allowsSorting: true },
      { id: 'district', label: 'Stadsdel', text: (r) => districtName(r.districtCode), allowsSorting: true, cellTestId: 'purge-log-district-name' },
      { id: 'personId', label: 'Person-id', text: (r) => r.personId, allowsSorting: true },
      { id: 'fields', label: 'Tömda uppgifter', text: (r) => purgedFieldsText(r.fields) },
      { id: 'registrations', label: 'Adresser borttagna', text: (r) => formatCount(r.registrationsAnonymised), sortValue: (r) => r.registrationsAnonymised, allowsSorting: true, align: 'end' },
      { id: 'purgedBy', label: 'Utförd av', text: (r) => r.purgedBy, allowsSorting: true, cellTestId: 'purge-log-by' },
    ],
    [districtName],
  );
  const csvColumns = useMemo<CsvColumn<PurgeRecord>[]>(
    () => [
      { label: 'Gallrad', value: (r) => formatDateTime(r.purgedAt) },
      { label: 'Gallringsdatum', value: (r) => r.purgeOn },
      { label: 'Stadsdelskod', value: (r) => r.districtCode ?? '' },
      { label: 'Stadsdel', value: (r) => districtName(r.districtCode) },
      { label: 'Person-id', value: (r) => r.personId },
      { label: 'Tömda uppgifter', value: (r) => purgedFieldsText(r.fields) },
      { label: 'Adresser borttagna', value: (r) => String(r.registrationsAnonymised) },
      { label: 'Utförd av', value: (r) => r.purgedBy },
    ],
    [districtName],
  );

  if (error && !connection) {
    return (
      <ErrorMessage title="Gallringsloggen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, 'Personregistret svarar inte just nu. Försök igen om en stund.')}</p>
      </ErrorMessage>
    );
  }
  if (!connection) return <Spinner label="Laddar gallringsloggen…" />;
  return (
    <div aria-busy={fetching}>
      <div className="sb-toolbar">
        <p className="sb-muted" aria-live="polite" data-testid="purge-log-count">
          Visar {formatCount(rows.length)} av {formatCount(connection.totalCount)}
        </p>
        <span className="sb-toolbar__spacer" />
        <ExportCsvButton filename={`gallringslogg-${todayForFilename()}`} columns={csvColumns} rows={rows} />
      </div>
      <DataTable label="Gallringslogg" columns={columns} rows={rows} getRowId={(r) => r.id} emptyText="Ingen gallring matchar urvalet." rowTestId="purge-log-row" />
      {fetching && <Spinner label="Hämtar fler…" />}
      <LoadMoreButton pages={pages} fetching={fetching} />
    </div>
  );
}
