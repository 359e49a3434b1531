import { DataTable, ErrorMessage, Spinner, formatCount, formatDateTime, type DataTableColumn, graphqlErrorText } from '@statsbidrag/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { EPS_IMPORTS_QUERY } from '../graphql/eps-imports.query.js';
import type { EpsImportSummary } from '../graphql/import-eps-extract.mutation.js';

export const HISTORY_SIZE = 20;

const columns: DataTableColumn<EpsImportSummary>[] = [
  { id: 'importedAt', label: 'Importerad', text: (i) => formatDateTime(i.importedAt), isRowHeader: true, cellTestId: 'eps-history-date' },
  { id: 'fileName', label: 'Fil', text: (i) => i.fileName, cellTestId: 'eps-history-file' },
  { id: 'importedBy', label: 'Importerad av', text: (i) => i.importedBy },
  { id: 'rowCount', label: 'Rader', text: (i) => formatCount(i.rowCount), align: 'end' },
  { id: 'appliedCount', label: 'Uppdaterade', text: (i) => formatCount(i.appliedCount), align: 'end' },
  { id: 'rejectedCount', label: 'Avvisade', text: (i) => formatCount(i.rejectedCount), align: 'end' },
  { id: 'flaggedCount', label: 'Flaggade', text: (i) => formatCount(i.flaggedCount), align: 'end' },
];

/** "Tidigare importer": the latest 20 imports (refreshed by urql when an import returns an EpsImport). */
export function EpsImportHistory() {
  const context = useMemo(() => ({ additionalTypenames: ['EpsImport'] }), []);
  const [{ data, error }, reexecute] = useQuery({ query: EPS_IMPORTS_QUERY, variables: { first: HISTORY_SIZE }, context });
  return (
    <section className="eps-import__history" aria-labelledby="eps-history-heading">
      <h2 id="eps-history-heading">Tidigare importer</h2>
      {error && !data ? (
        <ErrorMessage title="Tidigare importer kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar tidigare importer…" />
      ) : (
        <DataTable
          label="Tidigare importer"
          columns={columns}
          rows={data.epsImports}
          getRowId={(i) => i.id}
          emptyText="Inga filer från EPS har importerats ännu."
          rowTestId="eps-history-row"
        />
      )}
    </section>
  );
}
