import { ALL_CLAIM_STATUSES, CLAIM_STATUS_LABELS } from '@statsbidrag/domain';
import {
  AppLink,
  Button,
  DataTable,
  ErrorMessage,
  ExportCsvButton,
  Select,
  Spinner,
  formatCount,
  formatKronor,
  formatKronorPlain,
  formatPeriod,
  todayForFilename,
  type ClaimsListProps,
  type CsvColumn,
  type DataTableColumn,
  type SortDescriptor,
} from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { CLAIMS_LIST_QUERY, type ClaimListNode, type ClaimOrderField, type ClaimsListVariables } from '../graphql/claims-list.query.js';

export const PAGE_SIZE = 50;
const ALL = 'ALLA';

/** Columns the server can sort by (ClaimOrderInput.field). Other columns are not sortable. */
const ORDER_FIELDS: Record<string, ClaimOrderField> = {
  status: 'STATUS',
  amount: 'AMOUNT',
  period: 'PERIOD_FROM',
};

export function toOrderBy(sort: SortDescriptor | undefined): ClaimsListVariables['orderBy'] {
  const field = sort && ORDER_FIELDS[String(sort.column)];
  if (!sort || !field) return null;
  return { field, direction: sort.direction === 'descending' ? 'DESC' : 'ASC' };
}

/** A claim's page in the host. */
export const claimPath = (id: string): string => `/atersokningar/${encodeURIComponent(id)}`;

function columnsFor(navigate: ((url: string) => void) | undefined): DataTableColumn<ClaimListNode>[] {
  return [
    {
      id: 'person',
      label: 'Person',
      text: (c) => c.person.fullName,
      // The row's link to the claim's page (a real link: new tab, copy, keyboard).
      render: (c) =>
        navigate ? (
          <AppLink href={claimPath(c.id)} onNavigate={navigate} data-testid="claim-link">
            {c.person.fullName}
          </AppLink>
        ) : (
          <a href={claimPath(c.id)} data-testid="claim-link">
            {c.person.fullName}
          </a>
        ),
      isRowHeader: true,
      cellTestId: 'claim-person',
    },
    ...columns,
  ];
}

const columns: DataTableColumn<ClaimListNode>[] = [
  { id: 'district', label: 'Stadsdel', text: (c) => c.district.name, cellTestId: 'claim-district' },
  { id: 'claimType', label: 'Ersättningstyp', text: (c) => `${c.claimType.name} (${c.claimType.code})`, cellTestId: 'claim-type' },
  { id: 'status', label: 'Status', text: (c) => c.statusLabel, allowsSorting: true, cellTestId: 'claim-status' },
  { id: 'amount', label: 'Belopp', text: (c) => formatKronor(c.amount), allowsSorting: true, align: 'end', cellTestId: 'claim-amount' },
  { id: 'period', label: 'Period', text: (c) => formatPeriod(c.periodFrom, c.periodTo), allowsSorting: true, cellTestId: 'claim-period' },
];

/** The CSV export: plain numbers and separate dates so that Excel can calculate and filter. */
export const CLAIMS_CSV_COLUMNS: CsvColumn<ClaimListNode>[] = [
  { label: 'Person', value: (c) => c.person.fullName },
  { label: 'Stadsdel', value: (c) => c.district.name },
  { label: 'Ersättningstyp', value: (c) => c.claimType.name },
  { label: 'Ersättningskod', value: (c) => c.claimType.code },
  { label: 'Status', value: (c) => c.statusLabel },
  { label: 'Belopp (kr)', value: (c) => formatKronorPlain(c.amount) },
  { label: 'Period från', value: (c) => c.periodFrom },
  { label: 'Period till', value: (c) => c.periodTo },
];

const statusOptions = [{ id: ALL, label: 'Alla statusar' }, ...ALL_CLAIM_STATUSES.map((status) => ({ id: status, label: CLAIM_STATUS_LABELS[status] }))];

function errorText(error: CombinedError): string {
  const codes = error.graphQLErrors.map((e) => e.extensions?.code);
  if (codes.includes('FORBIDDEN')) return 'Du har inte behörighet att se återsökningar.';
  if (codes.includes('UNAUTHENTICATED')) return 'Du behöver logga in igen.';
  if (error.networkError) return 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.';
  return error.graphQLErrors[0]?.message ?? 'Ett oväntat fel inträffade.';
}

function uniqueById(nodes: ClaimListNode[]): ClaimListNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
}

/**
 * "Återsökningar": the claims the viewer may see (the gateway scopes a district's staff to their
 * district), filtered by status, sorted on the server, 50 at a time, exportable to Excel.
 * Uses the host's urql client (urql is a shared singleton).
 */
export function ClaimsList({ title = 'Återsökningar', navigate }: ClaimsListProps) {
  const tableColumns = useMemo(() => columnsFor(navigate), [navigate]);
  const [status, setStatus] = useState<string>(ALL);
  const [sort, setSort] = useState<SortDescriptor | undefined>(undefined);
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<ClaimListNode[]>([]);

  const variables = useMemo<ClaimsListVariables>(
    () => ({ first: PAGE_SIZE, after, filter: status === ALL ? null : { statuses: [status] }, orderBy: toOrderBy(sort) }),
    [after, status, sort],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CLAIMS_LIST_QUERY, variables });

  const connection = data?.claims;
  const rows = useMemo(() => uniqueById([...earlier, ...(connection?.edges.map((e) => e.node) ?? [])]), [earlier, connection]);

  const restart = () => {
    setEarlier([]);
    setAfter(null);
  };

  return (
    <section className="claims-list" aria-labelledby="claims-heading" aria-busy={fetching}>
      <h1 id="claims-heading">{title}</h1>
      <div className="sb-toolbar">
        <Select
          label="Status"
          options={statusOptions}
          selectedKey={status}
          onSelectionChange={(key) => {
            setStatus(key ?? ALL);
            restart();
          }}
          data-testid="claims-status-filter"
        />
        <span className="sb-toolbar__spacer" />
        <ExportCsvButton filename={`atersokningar-${todayForFilename()}`} columns={CLAIMS_CSV_COLUMNS} rows={rows} />
      </div>

      {error && !connection ? (
        <ErrorMessage title="Återsökningarna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{errorText(error)}</p>
        </ErrorMessage>
      ) : !connection ? (
        <Spinner label="Laddar återsökningar…" />
      ) : (
        <>
          <p className="sb-muted" aria-live="polite" data-testid="claims-count">
            Visar {formatCount(rows.length)} av {formatCount(connection.totalCount)}
          </p>
          {error && <ErrorMessage title="Återsökningarna kunde inte uppdateras">{errorText(error)}</ErrorMessage>}
          <DataTable
            label={title}
            columns={tableColumns}
            rows={rows}
            getRowId={(c) => c.id}
            sortDescriptor={sort}
            onSortChange={(next) => {
              setSort(next);
              restart();
            }}
            emptyText="Det finns inga återsökningar som matchar urvalet."
            rowTestId="claim-row"
            data-testid="claims-table"
          />
          {fetching && <Spinner label="Hämtar…" />}
          {connection.pageInfo.hasNextPage && (
            <p>
              <Button
                variant="secondary"
                isDisabled={fetching}
                onPress={() => {
                  setEarlier(rows);
                  setAfter(connection.pageInfo.endCursor);
                }}
              >
                Visa fler
              </Button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

export default ClaimsList;
