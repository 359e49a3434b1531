import {
  Badge,
  Button,
  DataTable,
  ErrorMessage,
  LoadMoreButton,
  Select,
  Spinner,
  TextField,
  formatCount,
  formatDate,
  formatKronor,
  formatPeriod,
  graphqlErrorText,
  parseDateInput,
  usePagedRows,
  usePaging,
  type DataTableColumn,
} from '@statsbidrag/ui';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { NEW_DECISION_PATH, OUTCOME_OPTIONS, SERVICE_DOWN, decisionPath, isDistrictUser, mayEditDecisions } from '../decision-labels.js';
import { downloadDecisionsWorkbook } from '../decisions.export.js';
import { fetchAllPages } from '../fetch-all.js';
import { DECISIONS_QUERY, DECISION_OPTIONS_QUERY, type DecisionFilter, type DecisionListNode, type DecisionOutcome, type NamedCode } from '../graphql/decisions.graphql.js';
import { Link } from './link.js';

export interface DecisionsPageProps {
  navigate: (url: string) => void;
  /** The viewer's roles: what the page offers (the server decides anyway). */
  roles: readonly string[];
}

export const PAGE_SIZE = 50;
const ALL = 'ALLA';

export interface DecisionFilters {
  outcome: string;
  claimTypeCode: string;
  migCaseNumber: string;
  decidedFrom: string;
  decidedTo: string;
  districtCode: string;
  finalOnly: boolean;
}

export const EMPTY_DECISION_FILTERS: DecisionFilters = { outcome: '', claimTypeCode: '', migCaseNumber: '', decidedFrom: '', decidedTo: '', districtCode: '', finalOnly: false };

type FilterErrors = Partial<Record<'decidedFrom' | 'decidedTo', string>>;

/** Checks the dates of the filter (ÅÅÅÅ-MM-DD, from not after to). */
export function checkDecisionFilters(f: DecisionFilters): FilterErrors {
  const errors: FilterErrors = {};
  const from = parseDateInput(f.decidedFrom, { label: 'Beslutsdatum från' });
  const to = parseDateInput(f.decidedTo, { label: 'Beslutsdatum till' });
  if (!from.ok) errors.decidedFrom = from.message;
  if (!to.ok) errors.decidedTo = to.message;
  if (from.ok && to.ok && from.value && to.value && from.value > to.value) errors.decidedTo = 'Beslutsdatum till kan inte vara före beslutsdatum från.';
  return errors;
}

/** A checked date field's ÅÅÅÅ-MM-DD (ÅÅÅÅMMDD normalised), or '' when empty or not a date. */
const dateOf = (text: string): string => {
  const parsed = parseDateInput(text, { label: 'Datum' });
  return parsed.ok ? parsed.value : '';
};

/** The API's DecisionFilterInput of the filter panel (null when nothing is chosen). */
export function decisionFilterOf(f: DecisionFilters, withDistrict: boolean): DecisionFilter | null {
  const filter: DecisionFilter = {};
  if (f.outcome) filter.outcomes = [f.outcome as DecisionOutcome];
  if (f.claimTypeCode) filter.claimTypeCode = f.claimTypeCode;
  if (f.migCaseNumber.trim()) filter.migCaseNumber = f.migCaseNumber.trim();
  const from = dateOf(f.decidedFrom);
  const to = dateOf(f.decidedTo);
  if (from) filter.decidedFrom = from;
  if (to) filter.decidedTo = to;
  if (withDistrict && f.districtCode) filter.districtCode = f.districtCode;
  if (f.finalOnly) filter.final = true;
  return Object.keys(filter).length ? filter : null;
}

/** The filter in words, for the export's "Filter" sheet. */
function describeFilters(f: DecisionFilters, districts: readonly NamedCode[], claimTypes: readonly NamedCode[], withDistrict: boolean): [string, string][] {
  const out: [string, string][] = [];
  if (f.outcome) out.push(['Utfall', OUTCOME_OPTIONS.find((o) => o.id === f.outcome)?.label ?? f.outcome]);
  if (f.claimTypeCode) out.push(['Ersättning', `${claimTypes.find((t) => t.code === f.claimTypeCode)?.name ?? ''} (${f.claimTypeCode})`.trim()]);
  if (f.migCaseNumber.trim()) out.push(['Diarienummer börjar med', f.migCaseNumber.trim()]);
  if (f.decidedFrom.trim()) out.push(['Beslutsdatum från', f.decidedFrom.trim()]);
  if (f.decidedTo.trim()) out.push(['Beslutsdatum till', f.decidedTo.trim()]);
  if (withDistrict && f.districtCode) out.push(['Stadsdel', districts.find((d) => d.code === f.districtCode)?.name ?? f.districtCode]);
  if (f.finalOnly) out.push(['Endast laga kraft', 'Ja']);
  return out;
}

function errorText(error: CombinedError): string {
  if (error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN')) return 'Du har inte behörighet att se beslut.';
  return graphqlErrorText(error, SERVICE_DOWN);
}

function FinalityCell({ d }: { d: DecisionListNode }) {
  return (
    <>
      {formatDate(d.finalAt)}{' '}
      {d.appealed ? (
        <Badge tone="warning" data-testid="decision-appealed">
          Överklagat
        </Badge>
      ) : d.isFinal ? (
        <Badge tone="success" data-testid="decision-final">
          Laga kraft
        </Badge>
      ) : null}
    </>
  );
}

function columnsFor(navigate: (url: string) => void, withDistrict: boolean): DataTableColumn<DecisionListNode>[] {
  return [
    {
      id: 'migCaseNumber',
      label: 'Diarienummer',
      text: (d) => d.migCaseNumber,
      render: (d) => (
        <Link href={decisionPath(d.id)} navigate={navigate} data-testid="decision-link">
          {d.migCaseNumber}
        </Link>
      ),
      isRowHeader: true,
      allowsSorting: true,
      cellTestId: 'decision-case-number',
    },
    { id: 'claimType', label: 'Ersättning', text: (d) => d.claimTypeCode ?? '–', allowsSorting: true, cellTestId: 'decision-claim-type' },
    { id: 'period', label: 'Period', text: (d) => (d.periodFrom || d.periodTo ? formatPeriod(d.periodFrom, d.periodTo) : '–'), allowsSorting: true, cellTestId: 'decision-period' },
    { id: 'outcome', label: 'Utfall', text: (d) => d.outcomeLabel, allowsSorting: true, cellTestId: 'decision-outcome' },
    { id: 'decidedAt', label: 'Beslutsdatum', text: (d) => formatDate(d.decidedAt), allowsSorting: true, cellTestId: 'decision-decided-at' },
    { id: 'granted', label: 'Beviljat', text: (d) => formatKronor(d.grantedAmount), sortValue: (d) => d.grantedAmount, allowsSorting: true, align: 'end', cellTestId: 'decision-granted' },
    { id: 'paid', label: 'Utbetalt', text: (d) => formatKronor(d.paidAmount), sortValue: (d) => d.paidAmount, allowsSorting: true, align: 'end', cellTestId: 'decision-paid' },
    {
      id: 'final',
      label: 'Laga kraft',
      text: (d) => [formatDate(d.finalAt), d.appealed ? 'Överklagat' : d.isFinal ? 'Laga kraft' : ''].filter(Boolean).join(' '),
      sortValue: (d) => d.finalAt,
      render: (d) => <FinalityCell d={d} />,
      allowsSorting: true,
      cellTestId: 'decision-final-at',
    },
    ...(withDistrict
      ? [{ id: 'district', label: 'Stadsdel', text: (d: DecisionListNode) => d.district?.name ?? '–', allowsSorting: true, cellTestId: 'decision-district' }]
      : []),
    { id: 'source', label: 'Källa', text: (d) => d.sourceLabel, allowsSorting: true, cellTestId: 'decision-source' },
  ];
}

function DecisionsTable({ filter, columns, onTotal }: { filter: DecisionFilter | null; columns: DataTableColumn<DecisionListNode>[]; onTotal: (total: number | null) => void }) {
  const paging = usePaging<DecisionListNode>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DECISIONS_QUERY, variables: { filter, first: PAGE_SIZE, after: paging.after } });
  const pages = usePagedRows(paging, data?.decisions, (d) => d.id);
  const total = data?.decisions.totalCount ?? null;
  useEffect(() => onTotal(total), [total, onTotal]);
  if (error && !data)
    return (
      <ErrorMessage title="Besluten kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{errorText(error)}</p>
      </ErrorMessage>
    );
  if (!data) return <Spinner label="Laddar beslut…" />;
  return (
    <>
      <p className="sb-muted" aria-live="polite" data-testid="decisions-count">
        Visar {formatCount(pages.rows.length)} av {formatCount(data.decisions.totalCount)} beslut.
      </p>
      <DataTable label="Beslut" columns={columns} rows={pages.rows} getRowId={(d) => d.id} emptyText="Det finns inga beslut som matchar urvalet." rowTestId="decision-row" data-testid="decisions-table" />
      <LoadMoreButton pages={pages} fetching={fetching} />
    </>
  );
}

/**
 * "Beslut": MiG's decisions the viewer may see (the server scopes a district's staff to their
 * district), filtered on the server, sorted on the loaded rows, "Visa fler" for the next page, and
 * exportable to Excel (every matching row).
 */
export function DecisionsPage({ navigate, roles }: DecisionsPageProps) {
  const central = !isDistrictUser(roles);
  const columns = useMemo(() => columnsFor(navigate, central), [navigate, central]);
  const [options] = useQuery({ query: DECISION_OPTIONS_QUERY, variables: {} });
  const claimTypes = options.data?.claimTypes ?? [];
  const districts = options.data?.districts ?? [];

  const [draft, setDraft] = useState<DecisionFilters>(EMPTY_DECISION_FILTERS);
  const [applied, setApplied] = useState<DecisionFilters>(EMPTY_DECISION_FILTERS);
  const [errors, setErrors] = useState<FilterErrors>({});
  const filter = useMemo(() => decisionFilterOf(applied, central), [applied, central]);
  const set = <K extends keyof DecisionFilters>(key: K, value: DecisionFilters[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkDecisionFilters(draft);
    setErrors(problems);
    if (!Object.keys(problems).length) setApplied(draft);
  };
  const clear = () => {
    setDraft(EMPTY_DECISION_FILTERS);
    setApplied(EMPTY_DECISION_FILTERS);
    setErrors({});
  };

  const [total, setTotal] = useState<number | null>(null);
  const client = useClient();
  const [exporting, setExporting] = useState<{ fetched: number; total: number | null } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const exportToExcel = async () => {
    setExportError(null);
    setExporting({ fetched: 0, total });
    try {
      const rows = await fetchAllPages(client, DECISIONS_QUERY, { filter }, (d) => d.decisions, (fetched, all) => setExporting({ fetched, total: all }));
      await downloadDecisionsWorkbook(rows, describeFilters(applied, districts, claimTypes, central), central);
    } catch (e) {
      setExportError((e as CombinedError).graphQLErrors ? errorText(e as CombinedError) : 'Excel-filen kunde inte skapas.');
    } finally {
      setExporting(null);
    }
  };

  return (
    <section aria-labelledby="decisions-heading">
      <h1 id="decisions-heading">Beslut</h1>
      <p data-testid="decisions-intro">
        {central
          ? 'MiG:s beslut på återsökningarna från alla stadsdelar: utfall, beviljat och utbetalt belopp och när beslutet vinner laga kraft.'
          : 'MiG:s beslut på din stadsdels återsökningar. Du ser bara beslut som gäller din stadsdel.'}
      </p>
      {mayEditDecisions(roles) && (
        <p>
          <Button onPress={() => navigate(NEW_DECISION_PATH)} data-testid="decision-new">
            Registrera beslut
          </Button>
        </p>
      )}

      <form className="sb-filter-panel" aria-labelledby="decisions-filter-heading" onSubmit={apply} noValidate data-testid="decisions-filter">
        <h2 id="decisions-filter-heading">Filter</h2>
        <div className="sb-toolbar">
          <Select
            label="Utfall"
            options={[{ id: ALL, label: 'Alla utfall' }, ...OUTCOME_OPTIONS]}
            selectedKey={draft.outcome || ALL}
            onSelectionChange={(key) => set('outcome', !key || key === ALL ? '' : key)}
            data-testid="decisions-outcome-filter"
          />
          <Select
            label="Ersättning"
            options={[{ id: ALL, label: 'Alla ersättningar' }, ...claimTypes.map((t) => ({ id: t.code, label: `${t.name} (${t.code})` }))]}
            selectedKey={draft.claimTypeCode || ALL}
            onSelectionChange={(key) => set('claimTypeCode', !key || key === ALL ? '' : key)}
            data-testid="decisions-claim-type-filter"
          />
          {central && (
            <Select
              label="Stadsdel"
              options={[{ id: ALL, label: 'Alla stadsdelar' }, ...districts.map((d) => ({ id: d.code, label: d.name }))]}
              selectedKey={draft.districtCode || ALL}
              onSelectionChange={(key) => set('districtCode', !key || key === ALL ? '' : key)}
              data-testid="decisions-district-filter"
            />
          )}
        </div>
        <div className="sb-toolbar">
          <TextField label="Diarienummer" description="Hela numret eller början av det." value={draft.migCaseNumber} onChange={(v) => set('migCaseNumber', v)} />
          <TextField label="Beslutsdatum från" description="ÅÅÅÅ-MM-DD" value={draft.decidedFrom} onChange={(v) => set('decidedFrom', v)} errorMessage={errors.decidedFrom} />
          <TextField label="Beslutsdatum till" description="ÅÅÅÅ-MM-DD" value={draft.decidedTo} onChange={(v) => set('decidedTo', v)} errorMessage={errors.decidedTo} />
          <label className="sb-checkbox">
            <input type="checkbox" checked={draft.finalOnly} onChange={(e) => set('finalOnly', e.target.checked)} /> Endast laga kraft
          </label>
        </div>
        <div className="sb-toolbar">
          <Button type="submit">Filtrera</Button>
          <Button variant="secondary" onPress={clear}>
            Rensa filter
          </Button>
          <span className="sb-toolbar__spacer" />
          <Button variant="secondary" isDisabled={Boolean(exporting) || !total} onPress={() => void exportToExcel()}>
            Exportera till Excel
          </Button>
        </div>
      </form>
      <div aria-live="polite" data-testid="decisions-export-status">
        {exporting && <p className="sb-muted">{exporting.total === null ? 'Hämtar …' : `Hämtar ${formatCount(exporting.fetched)} av ${formatCount(exporting.total)} …`}</p>}
      </div>
      {exportError && <ErrorMessage title="Exporten misslyckades">{exportError}</ErrorMessage>}

      <DecisionsTable key={JSON.stringify(filter)} filter={filter} columns={columns} onTotal={setTotal} />
    </section>
  );
}

export default DecisionsPage;
