import { Alert, AppLink, DataTable, ErrorMessage, LoadMoreButton, Spinner, formatCount, formatDate, formatKronor, graphqlErrorText, usePagedRows, usePaging, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { identityNumberText, personCardUrl, personNameText } from '../../persons/person-format.js';
import { ALLOCATIONS_PATH, MONTH_PATTERN, SERVICE_DOWN } from '../allocation-format.js';
import { DISTRICT_FLAT_RATE_PERSONS_QUERY, type DistrictFlatRatePerson } from '../allocation.graphql.js';
import '../allocation.css';

export const PERSONS_PAGE_SIZE = 50;

/** "Fördelade medel {month}": the persons behind the month's flat-rate money of the viewer's districts, page by page. */
export function AllocationMonthPage({ month, navigate }: { month: string; navigate: (url: string) => void }) {
  const back = (
    <p className="sdf-allocation__back">
      <AppLink href={ALLOCATIONS_PATH} onNavigate={navigate}>
        ← Fördelade medel
      </AppLink>
    </p>
  );
  return (
    <section className="sdf-allocation" aria-labelledby="sdf-allocation-month-heading">
      {back}
      <h1 id="sdf-allocation-month-heading">Fördelade medel {month}</h1>
      {MONTH_PATTERN.test(month) ? (
        <MonthPersons month={month} navigate={navigate} />
      ) : (
        <Alert tone="warning" title="Månaden finns inte">
          <p>Skriv månaden som ÅÅÅÅ-MM, till exempel 2025-03.</p>
        </Alert>
      )}
    </section>
  );
}

const keyOf = (r: DistrictFlatRatePerson) => `${r.person.id}-${r.compensationCode}-${r.paymentDate}-${r.amount}`;

function MonthPersons({ month, navigate }: { month: string; navigate: (url: string) => void }) {
  const paging = usePaging<DistrictFlatRatePerson>();
  const variables = useMemo(() => ({ month, districtCode: null, first: PERSONS_PAGE_SIZE, after: paging.after }), [month, paging.after]);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: DISTRICT_FLAT_RATE_PERSONS_QUERY, variables });
  const pages = usePagedRows(paging, data?.districtFlatRatePersons, keyOf);
  const columns = useMemo<DataTableColumn<DistrictFlatRatePerson>[]>(
    () => [
      {
        id: 'name',
        label: 'Namn',
        text: (r) => personNameText(r.person),
        render: (r) => (
          <AppLink href={personCardUrl(r.person.id)} onNavigate={navigate}>
            {personNameText(r.person)}
          </AppLink>
        ),
        isRowHeader: true,
        allowsSorting: true,
        cellTestId: 'flat-rate-person',
      },
      { id: 'identity', label: 'Personnummer/samordningsnummer', text: (r) => identityNumberText(r.person), allowsSorting: true },
      { id: 'code', label: 'Ersättningskod', text: (r) => r.compensationCode, allowsSorting: true },
      { id: 'amount', label: 'Belopp', text: (r) => formatKronor(r.amount), sortValue: (r) => r.amount, allowsSorting: true, align: 'end', cellTestId: 'flat-rate-amount' },
      { id: 'ageBand', label: 'Åldersgrupp', text: (r) => (r.ageBand ? `${r.ageBand} år` : '–'), allowsSorting: true },
      { id: 'paymentDate', label: 'Utbetalningsdag', text: (r) => formatDate(r.paymentDate), allowsSorting: true },
    ],
    [navigate],
  );
  if (error && !data) {
    return (
      <ErrorMessage title="Personerna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
      </ErrorMessage>
    );
  }
  if (!data) return <Spinner label="Hämtar personerna…" />;
  return (
    <div aria-busy={fetching}>
      <p className="sb-muted" aria-live="polite" data-testid="flat-rate-count">
        Visar {formatCount(pages.rows.length)} av {formatCount(data.districtFlatRatePersons.totalCount)} utbetalningar.
      </p>
      <DataTable label={`Personer bakom fördelade medel ${month}`} columns={columns} rows={pages.rows} getRowId={keyOf} filterable emptyText="Inga utbetalningar till personer i din stadsdel den här månaden." rowTestId="flat-rate-row" />
      <LoadMoreButton pages={pages} fetching={fetching} />
    </div>
  );
}
