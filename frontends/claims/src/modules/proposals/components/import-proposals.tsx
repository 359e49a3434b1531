import { Alert, Button, DataTable, FileField, formatKronor, formatPeriod, graphqlErrorText, type DataTableColumn } from '@statsbidrag/ui';
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import {
  buildRejectedWorkbook,
  buildTemplate,
  downloadFile,
  parseProposalRows,
  ProposalFileError,
  PROPOSAL_COLUMNS,
  COLUMN_HELP,
  readProposalWorkbook,
  resolvePersons,
  sha256Hex,
  toRowInputs,
  type PreviewRow,
} from '../excel/proposal-excel.js';
import { IMPORT_CLAIM_PROPOSALS_MUTATION, searchPersons, type ImportResult, type Option, type RejectedRow } from '../graphql/proposals.graphql.js';

const previewColumns = (types: Map<string, string>): DataTableColumn<PreviewRow>[] => [
  { id: 'row', label: 'Rad', text: (r) => String(r.rowNumber), isRowHeader: true, cellTestId: 'preview-row' },
  { id: 'person', label: 'Person', text: (r) => (r.person ? `${r.person.fullName} (${r.identifier})` : r.identifier), cellTestId: 'preview-person' },
  { id: 'district', label: 'Stadsdel', text: (r) => r.districtName ?? r.districtCode },
  { id: 'type', label: 'Ersättningstyp', text: (r) => (types.has(r.claimTypeCode) ? `${types.get(r.claimTypeCode)} (${r.claimTypeCode})` : r.claimTypeCode) },
  { id: 'period', label: 'Period', text: (r) => formatPeriod(r.periodFrom, r.periodTo) },
  { id: 'amount', label: 'Belopp', text: (r) => formatKronor(r.amount), align: 'end' },
  { id: 'problem', label: 'Problem', text: (r) => r.problem ?? '', cellTestId: 'preview-problem' },
];

const rejectedColumns: DataTableColumn<RejectedRow>[] = [
  { id: 'row', label: 'Rad', text: (r) => String(r.rowNumber), isRowHeader: true, cellTestId: 'rejected-row' },
  { id: 'reason', label: 'Orsak', text: (r) => r.message, cellTestId: 'rejected-message' },
];

interface Loaded { fileName: string; contentHash: string; rows: PreviewRow[] }

/** "Importera förslag från Excel": read the file in the browser, identify the persons, preview, import. */
export function ImportProposals({ districts, claimTypes }: { districts: Option[]; claimTypes: Option[] }) {
  const client = useClient();
  const [fileError, setFileError] = useState<string>();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [importError, setImportError] = useState<string>();
  const [{ fetching }, runImport] = useMutation(IMPORT_CLAIM_PROPOSALS_MUTATION);
  const types = new Map(claimTypes.map((t) => [t.code, t.name]));

  const choose = async (file: File | null) => {
    setFileError(undefined);
    setLoaded(null);
    setResult(null);
    setImportError(undefined);
    if (!file) return;
    try {
      const bytes = await file.arrayBuffer();
      const [sheet, contentHash] = await Promise.all([readProposalWorkbook(file.name, bytes), sha256Hex(bytes)]);
      const parsed = parseProposalRows(sheet, districts, claimTypes);
      const rows = await resolvePersons(
        parsed,
        async (identifier) => {
          const { persons, error } = await searchPersons(client, identifier, 5);
          if (error) throw error;
          return persons;
        },
        (done, total) => setProgress({ done, total }),
      );
      setLoaded({ fileName: file.name, contentHash, rows });
    } catch (err) {
      setFileError(err instanceof ProposalFileError ? err.message : 'Filen kunde inte läsas. Kontrollera att det är en Excel-arbetsbok (.xlsx) enligt mallen.');
    } finally {
      setProgress(null);
    }
  };

  const send = async () => {
    if (!loaded || fetching) return;
    setImportError(undefined);
    const res = await runImport({ input: { fileName: loaded.fileName, contentHash: loaded.contentHash, rows: toRowInputs(loaded.rows) } });
    if (res.error || !res.data) {
      setImportError(res.error ? graphqlErrorText(res.error, 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.') : 'Importen gjordes inte.');
      return;
    }
    setResult(res.data.importClaimProposals);
  };

  const valid = loaded?.rows.filter((r) => !r.problem).length ?? 0;
  return (
    <section aria-labelledby="import-heading" data-testid="import-proposals">
      <h2 id="import-heading">Importera förslag från Excel</h2>
      <p>Filen ska ha en rubrikrad och ett förslag per rad, med kolumnerna:</p>
      <dl className="sb-facts" data-testid="import-columns">
        {PROPOSAL_COLUMNS.map((c) => (
          <div key={c}>
            <dt>{c}</dt>
            <dd>{COLUMN_HELP[c]}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Button variant="secondary" onPress={() => void buildTemplate().then((bytes) => downloadFile(bytes, 'mall-forslag-atersokning.xlsx'))} data-testid="import-template">
          Ladda ned mall
        </Button>
      </p>
      <FileField
        label="Excel-fil med förslag"
        description="Excel-arbetsbok (.xlsx), högst 5 MB och 2 000 rader. Personerna söks fram innan något importeras."
        accept=".xlsx"
        errorMessage={fileError}
        onChange={(file) => void choose(file)}
        isDisabled={progress !== null || fetching}
        data-testid="import-file"
      />
      {progress && (
        <p role="status" data-testid="import-progress">
          Söker personer {progress.done} av {progress.total}
        </p>
      )}
      {loaded && !result && (
        <>
          <h3>Förhandsgranskning av {loaded.fileName}</h3>
          <p data-testid="import-summary">
            {loaded.rows.length} rader, varav {valid} kan importeras{loaded.rows.length - valid ? ` och ${loaded.rows.length - valid} har problem (de listas som avvisade)` : ''}.
          </p>
          <DataTable label="Förslag i filen" columns={previewColumns(types)} rows={loaded.rows} getRowId={(r) => String(r.rowNumber)} rowTestId="preview-row" data-testid="import-preview" />
          {importError && (
            <Alert tone="error" title="Importen gjordes inte" data-testid="import-error">
              <p>{importError}</p>
            </Alert>
          )}
          <Button onPress={() => void send()} isDisabled={fetching} data-testid="import-submit">
            {fetching ? 'Importerar…' : `Importera ${valid} förslag`}
          </Button>
        </>
      )}
      {result && (
        <div data-testid="import-result">
          {result.alreadyImported ? (
            <Alert tone="warning" title="Filen är redan inläst" data-testid="import-already">
              <p>Inget nytt skapades. Resultatet nedan är från första inläsningen: {result.createdCount} av {result.rowCount} förslag skapades.</p>
            </Alert>
          ) : (
            <Alert tone="success" data-testid="import-done">
              <p>
                {result.createdCount} av {result.rowCount} förslag skickades till stadsdelarna.
              </p>
            </Alert>
          )}
          {result.rejectedRows.length > 0 && (
            <>
              <h3>Avvisade rader</h3>
              <DataTable label="Avvisade rader" columns={rejectedColumns} rows={result.rejectedRows} getRowId={(r) => `${r.rowNumber}-${r.field}-${r.reason}`} rowTestId="rejected" data-testid="import-rejected" />
              <Button
                variant="secondary"
                onPress={() => void buildRejectedWorkbook(result.rejectedRows, loaded?.rows ?? []).then((bytes) => downloadFile(bytes, 'avvisade-forslag.xlsx'))}
                data-testid="import-rejected-download"
              >
                Ladda ned avvisade rader (Excel)
              </Button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
