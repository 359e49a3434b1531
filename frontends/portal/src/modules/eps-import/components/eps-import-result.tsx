import { Alert, DataTable, ExportCsvButton, formatCount, formatDateTime, todayForFilename, type CsvColumn, type DataTableColumn } from '@statsbidrag/ui';
import type { EpsImportResult as Result, EpsRejectedRow } from '../graphql/import-eps-extract.mutation.js';

const rejectedColumns: DataTableColumn<EpsRejectedRow>[] = [
  { id: 'rowNumber', label: 'Rad', text: (r) => String(r.rowNumber), sortValue: (r) => r.rowNumber, allowsSorting: true, isRowHeader: true, cellTestId: 'rejected-row-number' },
  { id: 'field', label: 'Fält', text: (r) => r.field ?? '', allowsSorting: true, cellTestId: 'rejected-field' },
  { id: 'reason', label: 'Orsak', text: (r) => r.reason, cellTestId: 'rejected-reason' },
];

export const REJECTED_CSV_COLUMNS: CsvColumn<EpsRejectedRow>[] = [
  { label: 'Rad', value: (r) => r.rowNumber },
  { label: 'Fält', value: (r) => r.field },
  { label: 'Orsak', value: (r) => r.reason },
];

/** "Filen är redan importerad 2025-01-31 14:05 – inget ändrades." */
export function alreadyImportedText(result: Pick<Result, 'importedAt'>): string {
  return `Filen är redan importerad ${formatDateTime(result.importedAt)} – inget ändrades.`;
}

/** What an import did: counts, or that the file had been imported before; and the rows that were rejected. */
export function EpsImportResult({ result }: { result: Result }) {
  if (result.alreadyImported) {
    return (
      <section className="eps-import__result" aria-labelledby="eps-result-heading" data-testid="eps-import-result">
        <h2 id="eps-result-heading">Resultat</h2>
        <Alert tone="info" title={alreadyImportedText(result)}>
          <p>
            {result.fileName} lästes in av {result.importedBy}. Välj en nyare fil från EPS om du vill uppdatera adresserna.
          </p>
        </Alert>
      </section>
    );
  }
  const tone = result.rejectedCount > 0 || result.flaggedCount > 0 ? 'warning' : 'success';
  return (
    <section className="eps-import__result" aria-labelledby="eps-result-heading" data-testid="eps-import-result">
      <h2 id="eps-result-heading">Resultat</h2>
      <Alert tone={tone} title={`${result.fileName} är importerad`}>
        <dl className="sb-facts" data-testid="eps-import-counts">
          <dt>Rader i filen</dt>
          <dd>{formatCount(result.rowCount)}</dd>
          <dt>Uppdaterade personer</dt>
          <dd>{formatCount(result.appliedCount)}</dd>
          <dt>Avvisade rader</dt>
          <dd>{formatCount(result.rejectedCount)}</dd>
          <dt>Flaggade (adress saknas eller okänd stadsdel)</dt>
          <dd>{formatCount(result.flaggedCount)}</dd>
        </dl>
      </Alert>
      {result.rejectedRows.length > 0 && (
        <>
          <div className="sb-toolbar">
            <h3 id="eps-rejected-heading">Avvisade rader</h3>
            <span className="sb-toolbar__spacer" />
            <ExportCsvButton filename={`eps-avvisade-rader-${todayForFilename()}`} columns={REJECTED_CSV_COLUMNS} rows={result.rejectedRows} />
          </div>
          <p className="sb-muted">Raderna nedan ändrade ingenting. Rätta dem i EPS eller för hand.</p>
          <DataTable label="Avvisade rader" columns={rejectedColumns} rows={result.rejectedRows} getRowId={(r) => `${r.rowNumber}-${r.field ?? ''}-${r.reason}`} rowTestId="rejected-row" />
        </>
      )}
    </section>
  );
}
