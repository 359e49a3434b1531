import { Button, DataTable, ErrorMessage, LoadMoreButton, Spinner, formatDateTime, formatKronor, formatPeriod, graphqlErrorText, usePagedRows, usePaging, type DataTableColumn } from '@statsbidrag/ui';
import { useQuery } from 'urql';
import { MIG_APPLICATIONS_QUERY, type MigApplicationListNode } from '../graphql/mig-application.graphql.js';
import { applicationPath, Link, NEW_APPLICATION_PATH } from './links.js';

export interface MigApplicationsPageProps {
  navigate: (url: string) => void;
}

const PAGE_SIZE = 50;

/** "Ansökningar till MiG": every compiled application, newest first, and "Ny ansökan". */
export function MigApplicationsPage({ navigate }: MigApplicationsPageProps) {
  const paging = usePaging<MigApplicationListNode>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MIG_APPLICATIONS_QUERY, variables: { first: PAGE_SIZE, after: paging.after } });
  const pages = usePagedRows(paging, data?.migApplications, (a) => a.id);

  const columns: DataTableColumn<MigApplicationListNode>[] = [
    {
      id: 'reference',
      label: 'Ansökan',
      text: (a) => a.reference,
      render: (a) => (
        <Link href={applicationPath(a.id)} navigate={navigate} data-testid="mig-application-link">
          {a.reference}
        </Link>
      ),
      isRowHeader: true,
      cellTestId: 'mig-application-reference',
    },
    { id: 'type', label: 'Ersättningstyp', text: (a) => `${a.claimType.name} (${a.claimType.code})` },
    { id: 'period', label: 'Period', text: (a) => formatPeriod(a.periodFrom, a.periodTo) },
    { id: 'claims', label: 'Återsökningar', text: (a) => String(a.claimCount), align: 'end' },
    { id: 'total', label: 'Summa', text: (a) => formatKronor(a.totalAmount), align: 'end', cellTestId: 'mig-application-total' },
    { id: 'created', label: 'Skapad', text: (a) => `${formatDateTime(a.createdAt)} av ${a.createdBy}` },
  ];

  return (
    <section aria-labelledby="mig-applications-heading" aria-busy={fetching}>
      <h1 id="mig-applications-heading">Ansökningar till MiG</h1>
      <p>
        <Button onPress={() => navigate(NEW_APPLICATION_PATH)} data-testid="mig-application-new">
          Ny ansökan
        </Button>
      </p>
      {error && (
        <ErrorMessage title="Ansökningarna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      )}
      {!data && !error ? (
        <Spinner label="Laddar ansökningarna…" />
      ) : (
        <>
          {data && <p className="sb-muted">{data.migApplications.totalCount} ansökningar.</p>}
          <DataTable label="Ansökningar till MiG" columns={columns} rows={pages.rows} getRowId={(a) => a.id} emptyText="Inga ansökningar ännu." rowTestId="mig-application-row" data-testid="mig-applications" />
          <LoadMoreButton pages={pages} fetching={fetching} />
        </>
      )}
    </section>
  );
}

export default MigApplicationsPage;
