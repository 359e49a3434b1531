import { ALL_CLAIM_STATUSES, CLAIM_STATUS_LABELS } from '@statsbidrag/domain';
import {
  Alert,
  AppLink,
  Badge,
  Button,
  DataTable,
  ErrorMessage,
  Select,
  Spinner,
  TextField,
  formatCount,
  formatDate,
  formatKronor,
  formatPeriod,
  type ClaimsListProps,
  type DataTableColumn,
} from '@statsbidrag/ui';
import { LOCATION_CHANGE_EVENT, useLocationSearch } from '@statsbidrag/ui/host';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { CLAIMS_LIST_OPTIONS_QUERY, CLAIMS_LIST_QUERY, PERSON_MATCH_QUERY, type ClaimListNode } from '../graphql/claims-list.query.js';
import { downloadClaimsWorkbook, fetchAllClaims } from './claims-list.export.js';
import {
  EMPTY_FILTERS,
  GROUP_LABEL,
  INITIATED_BY_LABELS,
  PAGE_SIZES,
  checkFilters,
  describeFilters,
  searchOfState,
  stateFromSearch,
  toOrderBy,
  toSortDescriptor,
  variablesOf,
  type FilterErrors,
  type ListFilters,
  type ListState,
} from './claims-list.state.js';

export { toOrderBy };

const ALL = 'ALLA';
const DISTRICT_ROLES = ['DISTRICT_CONTACT', 'DISTRICT_OFFICER'];

/** A claim's page in the host. */
export const claimPath = (id: string): string => `/atersokningar/${encodeURIComponent(id)}`;

function columnsFor(navigate: ((url: string) => void) | undefined): DataTableColumn<ClaimListNode>[] {
  const name = (c: ClaimListNode) => c.person?.fullName ?? 'Person (ej synlig)';
  return [
    {
      id: 'person',
      label: 'Person',
      text: name,
      // The row's link to the claim's page (a real link: new tab, copy, keyboard).
      render: (c) =>
        navigate ? (
          <AppLink href={claimPath(c.id)} onNavigate={navigate} data-testid="claim-link">
            {name(c)}
          </AppLink>
        ) : (
          <a href={claimPath(c.id)} data-testid="claim-link">
            {name(c)}
          </a>
        ),
      isRowHeader: true,
      cellTestId: 'claim-person',
    },
    { id: 'claimType', label: 'Ersättningstyp', text: (c) => `${c.claimType.name} (${c.claimType.code})`, allowsSorting: true, cellTestId: 'claim-type' },
    { id: 'district', label: 'Stadsdel', text: (c) => c.district.name, allowsSorting: true, cellTestId: 'claim-district' },
    { id: 'unit', label: 'Enhet', text: (c) => c.unitCode ?? '–', allowsSorting: true, cellTestId: 'claim-unit' },
    {
      id: 'status',
      label: 'Status',
      text: (c) => (c.hasOverdueSupplement ? `${c.statusLabel} – Försenad komplettering` : c.statusLabel),
      render: (c) => (
        <>
          <span data-testid="claim-status">{c.statusLabel}</span>
          {c.hasOverdueSupplement && (
            <>
              {' '}
              <Badge tone="warning" data-testid="claim-overdue">
                Försenad komplettering
              </Badge>
            </>
          )}
        </>
      ),
      allowsSorting: true,
    },
    { id: 'amount', label: 'Belopp', text: (c) => formatKronor(c.amount), allowsSorting: true, align: 'end', cellTestId: 'claim-amount' },
    { id: 'period', label: 'Period', text: (c) => (c.periodFrom || c.periodTo ? formatPeriod(c.periodFrom, c.periodTo) : '–'), allowsSorting: true, cellTestId: 'claim-period' },
    { id: 'migCaseNumber', label: 'Diarienummer', text: (c) => c.migCaseNumber ?? '–', allowsSorting: true, cellTestId: 'claim-mig-case-number' },
    { id: 'responsible', label: 'Ansvarig', text: (c) => c.responsibleLabel, allowsSorting: true, cellTestId: 'claim-responsible' },
    { id: 'createdAt', label: 'Skapad', text: (c) => formatDate(c.createdAt), allowsSorting: true, cellTestId: 'claim-created' },
  ];
}

function errorText(error: CombinedError): string {
  const codes = error.graphQLErrors.map((e) => e.extensions?.code);
  if (codes.includes('FORBIDDEN')) return 'Du har inte behörighet att se återsökningar.';
  if (codes.includes('UNAUTHENTICATED')) return 'Du behöver logga in igen.';
  if (error.networkError) return 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.';
  return error.graphQLErrors[0]?.message ?? 'Ett oväntat fel inträffade.';
}

/** Puts the list's state in the address bar (a new history entry, so that the back button returns to it). */
function pushState(state: ListState): void {
  const next = `${window.location.pathname}${searchOfState(state)}${window.location.hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.pushState(null, '', next);
  window.dispatchEvent(new Event(LOCATION_CHANGE_EVENT));
}

const statusOptions = ALL_CLAIM_STATUSES.map((status) => ({ id: status, label: CLAIM_STATUS_LABELS[status] }));
const initiatedByOptions = [{ id: ALL, label: 'Alla' }, ...Object.entries(INITIATED_BY_LABELS).map(([id, label]) => ({ id, label }))];
const pageSizeOptions = PAGE_SIZES.map((n) => ({ id: String(n), label: String(n) }));

/**
 * "Återsökningar": the claims the viewer may see (the server scopes a district's staff to their
 * district), filtered, sorted and paged on the server, with filter, sort and page in the address bar,
 * and exportable to Excel (every matching row). Uses the host's urql client (a shared singleton).
 */
export function ClaimsList({ title = 'Återsökningar', navigate }: ClaimsListProps) {
  const tableColumns = useMemo(() => columnsFor(navigate), [navigate]);
  const search = useLocationSearch();
  const state = useMemo(() => stateFromSearch(search), [search]);
  const [draft, setDraft] = useState<ListFilters>(state.filters);
  const [errors, setErrors] = useState<FilterErrors>({});
  useEffect(() => {
    setDraft(state.filters);
    setErrors({});
  }, [state.filters]);

  const [options] = useQuery({ query: CLAIMS_LIST_OPTIONS_QUERY });
  const isDistrictUser = options.data ? options.data.me.roles.some((r) => DISTRICT_ROLES.includes(r)) : true;
  const claimTypes = useMemo(() => options.data?.claimTypes ?? [], [options.data]);
  const districts = useMemo(() => options.data?.districts ?? [], [options.data]);

  const personText = state.filters.person;
  const [persons] = useQuery({ query: PERSON_MATCH_QUERY, variables: { search: personText }, pause: !personText });
  const personIds = personText ? (persons.data?.persons.edges.map((e) => e.node.id) ?? null) : null;
  const noPersonMatches = Boolean(personText) && personIds !== null && personIds.length === 0;

  const variables = useMemo(() => variablesOf(state, personIds), [state, personIds]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CLAIMS_LIST_QUERY,
    variables,
    pause: Boolean(personText) && (personIds === null || noPersonMatches),
  });
  const connection = personText && personIds === null ? undefined : data?.claims;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);

  const go = (changes: Partial<ListState>) => pushState({ ...state, ...changes });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkFilters(draft);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    go({ filters: draft, page: 1 });
  };
  const set = <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const [exporting, setExporting] = useState<{ fetched: number; total: number | null } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const client = useClient();
  const exportToExcel = async () => {
    setExportError(null);
    setExporting({ fetched: 0, total: connection?.totalCount ?? null });
    try {
      const all = await fetchAllClaims(client, { filter: variables.filter, orderBy: variables.orderBy }, (fetched, total) => setExporting({ fetched, total }));
      const names = { districts: new Map(districts.map((d) => [d.code, d.name])), claimTypes: new Map(claimTypes.map((t) => [t.code, t.name])) };
      await downloadClaimsWorkbook(all, describeFilters(state.filters, names));
    } catch (e) {
      setExportError((e as CombinedError).graphQLErrors ? errorText(e as CombinedError) : 'Excel-filen kunde inte skapas.');
    } finally {
      setExporting(null);
    }
  };

  const total = connection?.totalCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / state.pageSize));
  const firstShown = variables.offset + 1;
  const lastShown = variables.offset + rows.length;

  return (
    <section className="claims-list" aria-labelledby="claims-heading" aria-busy={fetching}>
      <h1 id="claims-heading">{title}</h1>

      <form className="sb-filter-panel" aria-labelledby="claims-filter-heading" onSubmit={apply} noValidate data-testid="claims-filter">
        <h2 id="claims-filter-heading">Filter</h2>
        <fieldset className="sb-fieldset">
          <legend>Status</legend>
          <div className="sb-checkbox-group">
            {statusOptions.map((o) => (
              <label key={o.id} className="sb-checkbox">
                <input
                  type="checkbox"
                  checked={draft.statuses.includes(o.id)}
                  onChange={(e) => set('statuses', e.target.checked ? [...draft.statuses, o.id] : draft.statuses.filter((s) => s !== o.id))}
                />{' '}
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="sb-toolbar">
          {!isDistrictUser && (
            <Select
              label="Stadsdel"
              options={[{ id: ALL, label: 'Alla stadsdelar' }, ...districts.map((d) => ({ id: d.code, label: d.name }))]}
              selectedKey={draft.districts[0] ?? ALL}
              onSelectionChange={(key) => set('districts', !key || key === ALL ? [] : [key])}
              data-testid="claims-district-filter"
            />
          )}
          <TextField label="Enhet" value={draft.unit} onChange={(v) => set('unit', v)} description="Enhetens kod, t.ex. JARVA_IFO." />
          <TextField label="Handläggare SDF" value={draft.officer} onChange={(v) => set('officer', v)} description="Användarnamn." />
          <TextField label="Ansvarig AmF" value={draft.responsible} onChange={(v) => set('responsible', v)} description={`Användarnamn, eller "${GROUP_LABEL}".`} />
          <Select
            label="Ersättningstyp"
            options={[{ id: ALL, label: 'Alla ersättningstyper' }, ...claimTypes.map((t) => ({ id: t.code, label: `${t.name} (${t.code})` }))]}
            selectedKey={draft.claimType || ALL}
            onSelectionChange={(key) => set('claimType', !key || key === ALL ? '' : key)}
            data-testid="claims-type-filter"
          />
        </div>
        <div className="sb-toolbar">
          <TextField label="Period från" type="date" value={draft.periodFrom} onChange={(v) => set('periodFrom', v)} errorMessage={errors.periodFrom} />
          <TextField label="Period till" type="date" value={draft.periodTo} onChange={(v) => set('periodTo', v)} errorMessage={errors.periodTo} />
          <TextField label="Belopp från (kr)" inputMode="decimal" value={draft.amountFrom} onChange={(v) => set('amountFrom', v)} errorMessage={errors.amountFrom} />
          <TextField label="Belopp till (kr)" inputMode="decimal" value={draft.amountTo} onChange={(v) => set('amountTo', v)} errorMessage={errors.amountTo} />
        </div>
        <div className="sb-toolbar">
          <TextField label="Person" value={draft.person} onChange={(v) => set('person', v)} description="Namn, personnummer eller individnummer." />
          <TextField label="Diarienummer" value={draft.migCaseNumber} onChange={(v) => set('migCaseNumber', v)} />
          <Select
            label="Initierad av"
            options={initiatedByOptions}
            selectedKey={draft.initiatedBy || ALL}
            onSelectionChange={(key) => set('initiatedBy', !key || key === ALL ? '' : key)}
            data-testid="claims-initiated-by-filter"
          />
          <label className="sb-checkbox">
            <input type="checkbox" checked={draft.overdue} onChange={(e) => set('overdue', e.target.checked)} /> Endast försenade kompletteringar
          </label>
        </div>
        <div className="sb-toolbar">
          <Button type="submit">Filtrera</Button>
          <Button variant="secondary" onPress={() => go({ filters: EMPTY_FILTERS, page: 1 })}>
            Rensa filter
          </Button>
        </div>
      </form>

      <div className="sb-toolbar">
        <Select
          label="Rader per sida"
          options={pageSizeOptions}
          selectedKey={String(state.pageSize)}
          onSelectionChange={(key) => key && go({ pageSize: Number(key), page: 1 })}
          data-testid="claims-page-size"
        />
        <span className="sb-toolbar__spacer" />
        <Button variant="secondary" isDisabled={Boolean(exporting) || !connection || total === 0} onPress={() => void exportToExcel()}>
          Exportera till Excel
        </Button>
      </div>
      <div aria-live="polite" data-testid="claims-export-status">
        {exporting && (
          <p className="sb-muted">
            {exporting.total === null ? 'Hämtar …' : `Hämtar ${formatCount(exporting.fetched)} av ${formatCount(exporting.total)} …`}
          </p>
        )}
      </div>
      {exportError && <ErrorMessage title="Exporten misslyckades">{exportError}</ErrorMessage>}

      {noPersonMatches ? (
        <Alert tone="info" data-testid="claims-no-person">
          Ingen person matchar ”{personText}”.
        </Alert>
      ) : persons.error && personText ? (
        <ErrorMessage title="Personerna kunde inte sökas">{errorText(persons.error)}</ErrorMessage>
      ) : error && !connection ? (
        <ErrorMessage title="Återsökningarna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{errorText(error)}</p>
        </ErrorMessage>
      ) : !connection ? (
        <Spinner label="Laddar återsökningar…" />
      ) : (
        <>
          <p className="sb-muted" aria-live="polite" data-testid="claims-count">
            {rows.length === 0 ? `Visar 0 av ${formatCount(total)}` : `Visar ${formatCount(firstShown)}–${formatCount(lastShown)} av ${formatCount(total)}`}
          </p>
          {error && <ErrorMessage title="Återsökningarna kunde inte uppdateras">{errorText(error)}</ErrorMessage>}
          <DataTable
            label={title}
            columns={tableColumns}
            rows={rows}
            getRowId={(c) => c.id}
            sortDescriptor={toSortDescriptor(state.sort)}
            onSortChange={(next) => go({ sort: toOrderBy(next), page: 1 })}
            emptyText="Det finns inga återsökningar som matchar urvalet."
            rowTestId="claim-row"
            data-testid="claims-table"
          />
          {fetching && <Spinner label="Hämtar…" />}
          <nav className="sb-pager sb-toolbar" aria-label="Sidor">
            <Button variant="secondary" isDisabled={state.page <= 1 || fetching} onPress={() => go({ page: Math.min(state.page - 1, pageCount) })}>
              Föregående
            </Button>
            <span data-testid="claims-page">
              Sida {formatCount(Math.min(state.page, pageCount))} av {formatCount(pageCount)}
            </span>
            <Button variant="secondary" isDisabled={state.page >= pageCount || fetching} onPress={() => go({ page: state.page + 1 })}>
              Nästa
            </Button>
          </nav>
        </>
      )}
    </section>
  );
}

export default ClaimsList;
