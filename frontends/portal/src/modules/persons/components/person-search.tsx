import { AppLink, Button, DataTable, ErrorMessage, ExportCsvButton, Spinner, Alert, formatCount, formatDate, todayForFilename, type CsvColumn, type DataTableColumn, parseDateInput, graphqlErrorText } from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { PERSON_SEARCH_QUERY, type PersonSearchNode, type PersonSearchVariables } from '../graphql/person-search.query.js';
import { personSearchQuery, usePersonSearchParams } from '../hooks/use-person-search-params.js';
import { PERSON_DATA_ROLES, hasRole } from '../person-handling-roles.js';
import { identityNumberText, personCardUrl, PERSONS_PATH, REGISTER_PERSON_PATH } from '../person-format.js';
import { AddressStatus } from './address-status.js';
import { Missing } from './missing.js';
import { BIRTH_DATE_LABEL, PersonSearchForm } from './person-search-form.js';
import './person-data.css';

export const PAGE_SIZE = 50;

export interface PersonSearchProps {
  /** Client-side navigation of the host (URL with query). */
  navigate: (url: string) => void;
  /** The viewer's roles: coordinators and administrators may register a person. */
  roles: readonly string[];
}

/** CSV export of the rows shown: the same columns as the table, in plain text. */
export const PERSONS_CSV_COLUMNS: CsvColumn<PersonSearchNode>[] = [
  { label: 'Namn', value: (p) => p.fullName },
  { label: 'Personnummer/samordningsnummer', value: identityNumberText },
  { label: 'Individnummer (MiG)', value: (p) => p.migIndividualNumber },
  { label: 'Födelsedatum', value: (p) => p.birthDate },
  { label: 'Stadsdel', value: (p) => p.district?.name },
  { label: 'Adressstatus', value: (p) => p.addressStatusLabel },
];

/**
 * "Personsök": AmF staff find a person by name, personnummer/samordningsnummer, MiG individnummer and/or
 * birth date. The search lives in the address bar (`?q=…&fodelsedatum=…`), so it can be linked and the
 * back button returns to it.
 */
export function PersonSearch({ navigate, roles }: PersonSearchProps) {
  const { term, birthDate, search } = usePersonSearchParams();
  return (
    <section className="persons-search" aria-labelledby="persons-heading">
      <div className="sb-toolbar person-data__header">
        <h1 id="persons-heading">Personsök</h1>
        <span className="sb-toolbar__spacer" />
        {hasRole(roles, PERSON_DATA_ROLES) && (
          // Opens a page of its own: a link (it can be opened in a new tab), drawn as a button.
          <AppLink href={REGISTER_PERSON_PATH} onNavigate={navigate} className="sb-button sb-button--primary person-data__link-button" data-testid="register-person-link">
            Registrera person
          </AppLink>
        )}
      </div>
      <PersonSearchForm
        key={`form${search}`}
        initialTerm={term}
        initialBirthDate={birthDate}
        onSearch={(nextTerm, nextBirthDate) => navigate(`${PERSONS_PATH}${personSearchQuery(nextTerm, nextBirthDate)}`)}
      />
      {term || birthDate ? (
        <PersonSearchResults key={`results${search}`} term={term} birthDate={birthDate} navigate={navigate} />
      ) : (
        <p className="sb-muted">Sökresultatet visas här. Du kan söka på en del av namnet, och begränsa sökningen med födelsedatum.</p>
      )}
    </section>
  );
}

function uniqueById(nodes: PersonSearchNode[]): PersonSearchNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
}

interface PersonSearchResultsProps {
  term: string;
  birthDate: string;
  navigate: (url: string) => void;
}

function PersonSearchResults({ term, birthDate, navigate }: PersonSearchResultsProps) {
  const date = parseDateInput(birthDate, { label: BIRTH_DATE_LABEL, notInFuture: true });
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<PersonSearchNode[]>([]);
  const birthDateValue = date.ok ? date.value : '';
  const variables = useMemo<PersonSearchVariables>(() => ({ search: term || null, birthDate: birthDateValue || null, first: PAGE_SIZE, after }), [term, birthDateValue, after]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PERSON_SEARCH_QUERY, variables, pause: !date.ok });
  const connection = data?.persons;
  const rows = useMemo(() => uniqueById([...earlier, ...(connection?.edges.map((e) => e.node) ?? [])]), [earlier, connection]);
  const backQuery = personSearchQuery(term, birthDate);

  const columns = useMemo<DataTableColumn<PersonSearchNode>[]>(
    () => [
      {
        id: 'name',
        label: 'Namn',
        text: (p) => p.fullName,
        render: (p) => (
          <AppLink href={personCardUrl(p.id, backQuery)} onNavigate={navigate}>
            {p.fullName}
          </AppLink>
        ),
        isRowHeader: true,
        cellTestId: 'person-name',
      },
      { id: 'identity', label: 'Personnummer/samordningsnummer', text: identityNumberText, render: (p) => identityNumberText(p) || <Missing />, cellTestId: 'person-identity' },
      { id: 'mig', label: 'Individnummer (MiG)', text: (p) => p.migIndividualNumber ?? '', render: (p) => p.migIndividualNumber ?? <Missing />, cellTestId: 'person-mig' },
      { id: 'birthDate', label: 'Födelsedatum', text: (p) => formatDate(p.birthDate), render: (p) => formatDate(p.birthDate) || <Missing />, cellTestId: 'person-birth-date' },
      { id: 'district', label: 'Stadsdel', text: (p) => p.district?.name ?? '', render: (p) => p.district?.name ?? <Missing />, cellTestId: 'person-district' },
      {
        id: 'addressStatus',
        label: 'Adressstatus',
        text: (p) => p.addressStatusLabel,
        render: (p) => <AddressStatus status={p.addressStatus} label={p.addressStatusLabel} />,
        cellTestId: 'person-address-status',
      },
    ],
    [backQuery, navigate],
  );

  if (!date.ok) {
    return <ErrorMessage title="Sökningen kunde inte göras">{date.message}</ErrorMessage>;
  }
  if (error && !connection) {
    return (
      <ErrorMessage title="Sökningen kunde inte göras" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, 'Personregistret svarar inte just nu. Försök igen om en stund.')}</p>
      </ErrorMessage>
    );
  }
  if (!connection) return <Spinner label="Söker…" />;
  if (connection.totalCount === 0) {
    return (
      <Alert title="Ingen person hittades" data-testid="persons-empty">
        <p>Ingen person matchar sökningen. Kontrollera stavningen, eller sök på personnummer, samordningsnummer eller individnummer.</p>
      </Alert>
    );
  }
  return (
    <div className="persons-search__results" aria-busy={fetching}>
      <div className="sb-toolbar">
        <p className="sb-muted persons-search__count" aria-live="polite" data-testid="persons-count">
          Visar {formatCount(rows.length)} av {formatCount(connection.totalCount)}
        </p>
        <span className="sb-toolbar__spacer" />
        <ExportCsvButton filename={`personer-${todayForFilename()}`} columns={PERSONS_CSV_COLUMNS} rows={rows} />
      </div>
      {error && <ErrorMessage title="Fler personer kunde inte hämtas">{graphqlErrorText(error, 'Personregistret svarar inte just nu.')}</ErrorMessage>}
      <DataTable label="Sökresultat" columns={columns} rows={rows} getRowId={(p) => p.id} rowTestId="person-row" data-testid="persons-table" />
      {fetching && <Spinner label="Hämtar fler…" />}
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
    </div>
  );
}
