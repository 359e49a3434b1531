import { Alert, Button, ConfirmDialog, ErrorMessage, FileField, Spinner, downloadWorkbook, formatCount, graphqlErrorText, readFileAsBase64, todayForFilename, type ExcelColumn } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { IMPORT_REVIEWED_ROWS_MUTATION, READ_SCANNED_LIST_MUTATION, type ImportField, type ScannedList } from '../graphql/scanned-list.graphql.js';
import { SCAN_FILE_ACCEPT, SERVICE_DOWN, scanFileProblem } from '../import-file-checks.js';
import { IMPORT_KIND_DECISIONS, SCANNED_LIST_PATH, importFilePath } from '../mig-import-roles.js';
import { ImportNav } from './import-nav.js';
import { ScannedReviewTable, remainingUncertain, reviewRowsOf, withCellChanged, type ReviewCell, type ReviewRow } from '../../import-shared/components/scanned-review-table.js';

export const SCAN_FILE_LABEL = 'Skannad lista';

/** The reviewed rows as a sheet: one column per field, headed by its Swedish label. */
export function reviewedColumns(fields: readonly ImportField[]): ExcelColumn<ReviewRow>[] {
  return [{ header: 'Rad i listan', value: (r) => r.rowNumber, format: 'number' }, ...fields.map((f, i) => ({ header: f.label, value: (r: ReviewRow) => r.cells[i]?.text ?? '' }))];
}

type Reading = { status: 'idle' } | { status: 'reading'; fileName: string } | { status: 'failed'; message: string } | { status: 'read'; list: ScannedList };

export interface ScannedListPageProps {
  roles: readonly string[];
  navigate: (url: string) => void;
}

/**
 * "Skannad lista (Roselista)": a scanned paper list is read with OCR; every cell the reader is unsure
 * of must be confirmed or corrected before the rows can be imported (as a MiG decision file).
 */
export function ScannedListPage({ roles, navigate }: ScannedListPageProps) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [reading, setReading] = useState<Reading>({ status: 'idle' });
  const [, readScannedList] = useMutation(READ_SCANNED_LIST_MUTATION);

  const read = async (event: FormEvent) => {
    event.preventDefault();
    const problem = scanFileProblem(file);
    setFileError(problem ?? undefined);
    if (problem || !file) return;
    setReading({ status: 'reading', fileName: file.name });
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      setReading({ status: 'failed', message: 'Filen kunde inte läsas. Försök igen.' });
      return;
    }
    const result = await readScannedList({ input: { fileName: file.name, contentBase64 } });
    if (result.data?.readScannedList) setReading({ status: 'read', list: result.data.readScannedList });
    else setReading({ status: 'failed', message: result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : 'Ett oväntat fel inträffade.' });
  };

  return (
    <section className="mig-import" aria-labelledby="scanned-list-heading">
      <h1 id="scanned-list-heading">Skannad lista (Roselista)</h1>
      <ImportNav current={SCANNED_LIST_PATH} roles={roles} navigate={navigate} />
      <p>
        Läs in en skannad beslutslista på papper. Texten tolkas automatiskt; celler som tolkningen är osäker på är markerade och måste granskas innan raderna
        kan importeras.
      </p>
      <form className="mig-import__form" onSubmit={(e) => void read(e)} noValidate aria-label="Läs in skannad lista">
        <FileField
          label={SCAN_FILE_LABEL}
          description="PDF, PNG eller TIFF, högst 10 MB."
          accept={SCAN_FILE_ACCEPT}
          errorMessage={fileError}
          isDisabled={reading.status === 'reading'}
          onChange={(chosen) => {
            setFile(chosen);
            setFileError(chosen ? (scanFileProblem(chosen) ?? undefined) : undefined);
          }}
        />
        <div>
          <Button type="submit" isDisabled={reading.status === 'reading'}>
            Läs in listan
          </Button>
        </div>
      </form>
      {reading.status === 'reading' && <Spinner label="Läser bilden … Det kan ta några sekunder." />}
      {reading.status === 'failed' && (
        <ErrorMessage title="Listan kunde inte läsas" data-testid="scan-error">
          <p>{reading.message}</p>
        </ErrorMessage>
      )}
      {reading.status === 'read' && <ScannedListReview key={reading.list.fileName} list={reading.list} navigate={navigate} />}
    </section>
  );
}

function ScannedListReview({ list, navigate }: { list: ScannedList; navigate: (url: string) => void }) {
  const [rows, setRows] = useState<ReviewRow[]>(() => reviewRowsOf(list));
  const [deleting, setDeleting] = useState<ReviewRow | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [{ fetching }, importReviewedRows] = useMutation(IMPORT_REVIEWED_ROWS_MUTATION);
  const remaining = useMemo(() => remainingUncertain(rows), [rows]);

  const updateCell = (rowNumber: number, index: number, change: Partial<ReviewCell>) => setRows((old) => withCellChanged(old, rowNumber, index, change));

  const exportRows = async () => {
    setExportError(null);
    try {
      const base = list.fileName.replace(/\.[^.]+$/, '');
      await downloadWorkbook(`${base}-granskad-${todayForFilename()}.xlsx`, [{ name: 'Granskade rader', columns: reviewedColumns(list.fields), rows }]);
    } catch {
      setExportError('Exporten misslyckades. Försök igen.');
    }
  };

  const runImport = async () => {
    setImportError(null);
    const input = { kind: IMPORT_KIND_DECISIONS, fileName: list.fileName, fields: list.fields.map((f) => f.key), rows: rows.map((r) => r.cells.map((c) => c.text.trim())) };
    const result = await importReviewedRows({ input }, { additionalTypenames: ['ImportFile'] });
    const answer = result.data?.importReviewedRows;
    if (answer) navigate(importFilePath(answer.file.id));
    else setImportError(result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : 'Ett oväntat fel inträffade.');
  };

  return (
    <section className="mig-import__review" aria-labelledby="scan-review-heading">
      <h2 id="scan-review-heading">Granska {list.fileName}</h2>
      <ScannedReviewTable fields={list.fields} rows={rows} pages={list.pages} remaining={remaining} onCellChange={updateCell} onDeleteRow={setDeleting} />
      {importError && (
        <ErrorMessage title="Raderna kunde inte importeras" data-testid="scan-import-error">
          <p>{importError}</p>
        </ErrorMessage>
      )}
      {exportError && <ErrorMessage title={exportError} />}
      <div className="sb-toolbar mig-import__review-actions">
        <Button isDisabled={remaining > 0 || rows.length === 0 || fetching} onPress={() => void runImport()}>
          {remaining > 0 ? `Importera de granskade raderna (${formatCount(remaining)} osäkra celler kvar)` : 'Importera de granskade raderna'}
        </Button>
        <Button variant="secondary" isDisabled={rows.length === 0} onPress={() => void exportRows()}>
          Exportera till Excel
        </Button>
      </div>
      {remaining === 0 && rows.length > 0 && <Alert tone="success">Alla osäkra celler är granskade. Raderna kan importeras.</Alert>}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={`Ta bort rad ${deleting?.rowNumber ?? ''}?`}
        confirmLabel="Ta bort raden"
        tone="danger"
        onConfirm={() => {
          const gone = deleting;
          setDeleting(null);
          if (gone) setRows((old) => old.filter((r) => r.rowNumber !== gone.rowNumber));
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>Raden tas bort från granskningen och importeras inte.</p>
      </ConfirmDialog>
    </section>
  );
}
