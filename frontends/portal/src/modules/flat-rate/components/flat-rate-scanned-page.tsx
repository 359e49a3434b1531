import { Alert, Button, ConfirmDialog, ErrorMessage, FileField, Spinner, formatCount, formatFileSize, graphqlErrorText, readFileAsBase64 } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ScannedReviewTable, remainingUncertain, reviewRowsOf, withCellChanged, type ReviewCell, type ReviewRow } from '../../import-shared/components/scanned-review-table.js';
import { EMPTY_FILE_MESSAGE, NO_FILE_MESSAGE } from '../../eps-import/eps-file.js';
import { MAX_IMPORT_FILE_BYTES, SCAN_FILE_ACCEPT, SERVICE_DOWN } from '../../mig-import/import-file-checks.js';
import { IMPORT_SCANNED_FLAT_RATE_ROWS_MUTATION, READ_SCANNED_FLAT_RATE_DECISION_MUTATION, type ScannedFlatRateDecision } from '../graphql/flat-rate-scanned.graphql.js';
import { FLAT_RATE_SCANNED_PATH, flatRateImportPath } from '../flat-rate-roles.js';
import { FlatRateNav } from './flat-rate-nav.js';

export const SCANNED_DECISION_FILE_LABEL = 'Skannad fil';

export const SCANNED_DECISION_TYPE_MESSAGE = 'Det skannade beslutet måste vara en PDF-, PNG- eller TIFF-fil.';

/** Why a scanned decision cannot be sent, in Swedish (as the other imports); null when it can. */
export function scannedDecisionProblem(file: Pick<File, 'name' | 'size'> | null): string | null {
  if (!file) return NO_FILE_MESSAGE;
  if (!/\.(pdf|png|tiff?)$/i.test(file.name)) return SCANNED_DECISION_TYPE_MESSAGE;
  if (file.size === 0) return EMPTY_FILE_MESSAGE;
  if (file.size > MAX_IMPORT_FILE_BYTES) return `Filen är för stor (${formatFileSize(file.size)}). Den får vara högst 10 MB.`;
  return null;
}

type Reading = { status: 'idle' } | { status: 'reading' } | { status: 'failed'; message: string } | { status: 'read'; decision: ScannedFlatRateDecision };

/**
 * "Skannat beslut": a paper decision on the e-service schablons (dygnsschablon, barnschablon) is read
 * with OCR; every cell the reader is unsure of must be confirmed or corrected before the rows are
 * imported as an ordinary flat-rate import (source OCR), where each row is booked or becomes a deviation.
 */
export function FlatRateScannedPage({ roles, navigate }: { roles: readonly string[]; navigate: (url: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [reading, setReading] = useState<Reading>({ status: 'idle' });
  const [, readDecision] = useMutation(READ_SCANNED_FLAT_RATE_DECISION_MUTATION);

  const read = async (event: FormEvent) => {
    event.preventDefault();
    const problem = scannedDecisionProblem(file);
    setFileError(problem ?? undefined);
    if (problem || !file) return;
    setReading({ status: 'reading' });
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      setReading({ status: 'failed', message: 'Filen kunde inte läsas. Försök igen.' });
      return;
    }
    const result = await readDecision({ input: { fileName: file.name, contentBase64 } });
    if (result.data?.readScannedFlatRateDecision) setReading({ status: 'read', decision: result.data.readScannedFlatRateDecision });
    else setReading({ status: 'failed', message: result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : 'Ett oväntat fel inträffade.' });
  };

  return (
    <section className="mig-import" aria-labelledby="flat-rate-scanned-heading">
      <h1 id="flat-rate-scanned-heading">Skannat beslut</h1>
      <FlatRateNav current={FLAT_RATE_SCANNED_PATH} roles={roles} navigate={navigate} />
      <p>
        Läs in ett beslut på papper om dygnsschablon eller barnschablon. Texten tolkas automatiskt; celler som tolkningen är osäker på är markerade och måste
        granskas innan raderna importeras som schabloner från e-tjänsten.
      </p>
      <form className="mig-import__form" onSubmit={(e) => void read(e)} noValidate aria-label="Läs in skannat beslut">
        <FileField
          label={SCANNED_DECISION_FILE_LABEL}
          description="PDF, PNG eller TIFF, högst 10 MB."
          accept={SCAN_FILE_ACCEPT}
          errorMessage={fileError}
          isDisabled={reading.status === 'reading'}
          onChange={(chosen) => {
            setFile(chosen);
            setFileError(chosen ? (scannedDecisionProblem(chosen) ?? undefined) : undefined);
          }}
        />
        <div>
          <Button type="submit" isDisabled={reading.status === 'reading'}>
            Läs in beslutet
          </Button>
        </div>
      </form>
      {reading.status === 'reading' && <Spinner label="Läser bilden … Det kan ta några sekunder." />}
      {reading.status === 'failed' && (
        <ErrorMessage title="Beslutet kunde inte läsas" data-testid="scan-error">
          <p>{reading.message}</p>
        </ErrorMessage>
      )}
      {reading.status === 'read' && <ScannedDecisionReview key={reading.decision.fileName} decision={reading.decision} navigate={navigate} />}
    </section>
  );
}

function ScannedDecisionReview({ decision, navigate }: { decision: ScannedFlatRateDecision; navigate: (url: string) => void }) {
  const [rows, setRows] = useState<ReviewRow[]>(() => reviewRowsOf(decision));
  const [deleting, setDeleting] = useState<ReviewRow | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [{ fetching }, importRows] = useMutation(IMPORT_SCANNED_FLAT_RATE_ROWS_MUTATION);
  const remaining = useMemo(() => remainingUncertain(rows), [rows]);

  const updateCell = (rowNumber: number, index: number, change: Partial<ReviewCell>) => setRows((old) => withCellChanged(old, rowNumber, index, change));

  const runImport = async () => {
    setImportError(null);
    const input = { fileName: decision.fileName, rows: rows.map((r) => r.cells.map((c) => c.text.trim())) };
    const result = await importRows({ input }, { additionalTypenames: ['FlatRateImport'] });
    const answer = result.data?.importScannedFlatRateRows;
    if (answer) navigate(flatRateImportPath(answer.import.id));
    else setImportError(result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : 'Ett oväntat fel inträffade.');
  };

  return (
    <section className="mig-import__review" aria-labelledby="scan-review-heading">
      <h2 id="scan-review-heading">Granska {decision.fileName}</h2>
      <ScannedReviewTable fields={decision.fields} rows={rows} pages={decision.pages} remaining={remaining} onCellChange={updateCell} onDeleteRow={setDeleting} />
      {importError && (
        <ErrorMessage title="Raderna kunde inte importeras" data-testid="scan-import-error">
          <p>{importError}</p>
        </ErrorMessage>
      )}
      <div className="sb-toolbar mig-import__review-actions">
        <Button isDisabled={remaining > 0 || rows.length === 0 || fetching} onPress={() => void runImport()}>
          {remaining > 0 ? `Importera de granskade raderna (${formatCount(remaining)} osäkra celler kvar)` : 'Importera de granskade raderna'}
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
