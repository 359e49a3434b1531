import {
  Alert,
  AppLink,
  Button,
  DataTable,
  ErrorMessage,
  ExportCsvButton,
  LoadMoreButton,
  Spinner,
  csvColumnsOf,
  formatCount,
  graphqlErrorText,
  sortRows,
  todayForFilename,
  type DataTableColumn,
  type SortDescriptor,
  usePagedRows,
  usePaging,
} from '@statsbidrag/ui';
import type { Viewer } from '@statsbidrag/ui/host';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { SDF_PERSONS_QUERY, type SdfPersonRow, type SdfPersonsVariables } from '../graphql/persons.query.js';
import { ALL_QUERY, personSearchQuery, usePersonSearchTerm } from '../hooks/use-person-search-term.js';
import { closedText, identityNumberText, NO_MATCHES, personCardUrl, personNameText, PERSONS_PATH } from '../person-format.js';
import '../persons.css';
import { AddressStatus } from './address-status.js';
import { Missing } from './missing.js';
import { PersonSearchForm } from './person-search-form.js';

export const PAGE_SIZE = 50;

export interface PersonSearchPageProps {
  viewer: Pick<Viewer, 'districts'>;
  /** Client-side navigation of the host (URL with query). */
  navigate: (url: string) => void;
}

/**
 * "Personer": district staff search the bidragsgrundande persons of their own district (the API
 * returns no one else). The search is kept in the address bar (`?q=…`), so back/forward and links work.
 */
export function PersonSearchPage({ viewer, navigate }: PersonSearchPageProps) {
  const { term, all, search } = usePersonSearchTerm();
  const districts = viewer.districts.map((d) => d.name).join(', ');
  return (
    <section aria-labelledby="sdf-persons-heading">
      <h1 id="sdf-persons-heading">Personer</h1>
      <p className="sb-muted">Bidragsgrundande personer i {districts ? `din stadsdel (${districts})` : 'din stadsdel'}.</p>
      <PersonSearchForm key={`form${search}`} initialTerm={term} onSearch={(next) => navigate(`${PERSONS_PATH}${personSearchQuery(next)}`)} />
      {term || all ? (
        <PersonSearchResults key={`results${search}`} term={term || null} navigate={navigate} />
      ) : (
        <div data-testid="persons-hint">
          <p className="sb-muted">Sökresultatet visas här. Du kan också lista alla personer i stadsdelen (varje visat personnummer loggas).</p>
          <Button variant="secondary" onPress={() => navigate(`${PERSONS_PATH}${ALL_QUERY}`)}>
            Visa alla personer i stadsdelen
          </Button>
        </div>
      )}
    </section>
  );
}

const byId = (p: SdfPersonRow) => p.id;

/** `term` null: every person of the district. */
function PersonSearchResults({ term, navigate }: { term: string | null; navigate: (url: string) => void }) {
  const paging = usePaging<SdfPersonRow>();
  const { after } = paging;
  const [sort, setSort] = useState<SortDescriptor | undefined>(undefined);
  const variables = useMemo<SdfPersonsVariables>(() => ({ search: term, first: PAGE_SIZE, after }), [term, after]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SDF_PERSONS_QUERY, variables });
  const connection = data?.persons;
  const pages = usePagedRows(paging, connection, byId);
  const loaded = pages.rows;
  const backQuery = term ? personSearchQuery(term) : ALL_QUERY;

  const columns = useMemo<DataTableColumn<SdfPersonRow>[]>(
    () => [
      {
        id: 'name',
        label: 'Namn',
        text: personNameText,
        render: (p) => (
          <AppLink href={personCardUrl(p.id, backQuery)} onNavigate={navigate}>
            {personNameText(p)}
          </AppLink>
        ),
        isRowHeader: true,
        allowsSorting: true,
        cellTestId: 'person-name',
      },
      {
        id: 'identity',
        label: 'Personnummer/samordningsnummer',
        text: identityNumberText,
        render: (p) => identityNumberText(p) || <Missing />,
        allowsSorting: true,
        cellTestId: 'person-identity',
      },
      { id: 'mig', label: 'MiG individnummer', text: (p) => p.migIndividualNumber ?? '', render: (p) => p.migIndividualNumber ?? <Missing />, allowsSorting: true, cellTestId: 'person-mig' },
      {
        id: 'addressStatus',
        label: 'Adressläge',
        text: (p) => p.addressStatusLabel,
        render: (p) => <AddressStatus status={p.addressStatus} label={p.addressStatusLabel} />,
        allowsSorting: true,
        cellTestId: 'person-address-status',
      },
      { id: 'closed', label: 'Avslutad', text: (p) => closedText(p) || 'Nej', sortValue: (p) => p.closedOn ?? '', allowsSorting: true, cellTestId: 'person-closed' },
    ],
    [backQuery, navigate],
  );
  // Sorted here rather than inside the table, so that the CSV file has the rows in the order shown.
  const rows = useMemo(() => sortRows(loaded, columns, sort), [loaded, columns, sort]);
  const csvColumns = useMemo(() => csvColumnsOf(columns), [columns]);

  if (error && !connection) {
    return (
      <ErrorMessage title="Sökningen kunde inte göras" onRetry={() => reexecute({ requestPolicy: 'network-only' })} data-testid="persons-error">
        <p>{graphqlErrorText(error, 'Personregistret svarar inte just nu. Försök igen om en stund.')}</p>
      </ErrorMessage>
    );
  }
  if (!connection) return <Spinner label="Söker…" />;
  if (connection.totalCount === 0) {
    return (
      <Alert title={NO_MATCHES} data-testid="persons-empty">
        <p>Kontrollera stavningen eller numret. Personer i andra stadsdelar visas inte.</p>
      </Alert>
    );
  }
  return (
    <div aria-busy={fetching}>
      <div className="sb-toolbar">
        <p className="sb-muted sdf-persons__count" aria-live="polite" data-testid="persons-count">
          Visar {formatCount(rows.length)} av {formatCount(connection.totalCount)}
        </p>
        <span className="sb-toolbar__spacer" />
        <ExportCsvButton filename={`personer-${todayForFilename()}`} columns={csvColumns} rows={rows} />
      </div>
      {error && <ErrorMessage title="Fler personer kunde inte hämtas">{graphqlErrorText(error, 'Personregistret svarar inte just nu.')}</ErrorMessage>}
      <DataTable label="Personer i din stadsdel" columns={columns} rows={rows} getRowId={(p) => p.id} sortDescriptor={sort} onSortChange={setSort} rowTestId="person-row" data-testid="persons-table" />
      {fetching && <Spinner label="Hämtar fler…" />}
      <LoadMoreButton pages={pages} fetching={fetching} />
    </div>
  );
}
