import { AppLink, DataTable, ErrorMessage, formatDate, formatDateTime, Select, Spinner, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { CHILD_REPORTS_PATH } from '../child-report-roles.js';
import { CHILD_REPORTS_QUERY, type ChildReportSummary, type ChildResponsibilityStatus } from '../child-reports.graphql.js';

const FILTERS: Record<string, { label: string; statuses?: ChildResponsibilityStatus[] }> = {
  open: { label: 'Ej rapporterade till MiG', statuses: ['INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN', 'HANDLAGGS'] },
  new: { label: 'Inkomna', statuses: ['INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN'] },
  handling: { label: 'Handläggs', statuses: ['HANDLAGGS'] },
  reported: { label: 'Rapporterade till MiG', statuses: ['RAPPORTERAD_TILL_MIG'] },
  all: { label: 'Alla' },
};
const FILTER_OPTIONS = Object.entries(FILTERS).map(([id, f]) => ({ id, label: f.label }));

/** AmF's inbox of the districts' reports about asylum-seeking children. */
export function ChildReportInbox({ navigate }: { navigate: (url: string) => void }) {
  const [filterKey, setFilterKey] = useState('open');
  const statuses = FILTERS[filterKey]?.statuses;
  const variables = useMemo(() => ({ filter: statuses ? { statuses } : {}, first: 200 }), [statuses]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CHILD_REPORTS_QUERY, variables, requestPolicy: 'cache-and-network' });
  const rows = data?.childResponsibilityReports.edges.map((e) => e.node) ?? [];

  const columns: DataTableColumn<ChildReportSummary>[] = [
    { id: 'district', label: 'Stadsdel', text: (r) => r.district.name, allowsSorting: true },
    {
      id: 'name',
      label: 'Barnets namn',
      text: (r) => r.fullName,
      render: (r) => (
        <AppLink href={`${CHILD_REPORTS_PATH}/${encodeURIComponent(r.id)}`} onNavigate={navigate}>
          {r.fullName}
        </AppLink>
      ),
      isRowHeader: true,
      allowsSorting: true,
      cellTestId: 'child-report-name',
    },
    { id: 'birthDate', label: 'Födelsedatum', text: (r) => formatDate(r.birthDate), allowsSorting: true },
    { id: 'status', label: 'Status', text: (r) => r.statusLabel, allowsSorting: true },
    { id: 'createdAt', label: 'Inkommen', text: (r) => formatDateTime(r.createdAt), sortValue: (r) => r.createdAt, allowsSorting: true },
    { id: 'question', label: 'Fråga', text: (r) => (r.question ? 'Ja' : 'Nej') },
  ];

  return (
    <section aria-labelledby="child-reports-heading">
      <h1 id="child-reports-heading">Barnanmälningar</h1>
      <p>Stadsdelarnas anmälningar om ansvar för asylsökande barn.</p>
      <Select label="Status" options={FILTER_OPTIONS} selectedKey={filterKey} onSelectionChange={(key) => setFilterKey(key ?? 'open')} data-testid="child-report-filter" />
      {fetching && !data && <Spinner label="Laddar anmälningar…" />}
      {error && !data && (
        <ErrorMessage title="Anmälningarna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>Försök igen om en stund.</p>
        </ErrorMessage>
      )}
      {data && <DataTable label="Barnanmälningar" columns={columns} rows={rows} getRowId={(r) => r.id} emptyText="Inga anmälningar med vald status." rowTestId="child-report-row" />}
    </section>
  );
}
