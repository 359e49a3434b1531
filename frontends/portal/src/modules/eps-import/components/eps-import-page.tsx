import { Button, ConfirmDialog, ErrorMessage, FileField, Spinner, formatFileSize } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import { EPS_FILE_ACCEPT, epsFileProblem } from '../eps-file.js';
import { useEpsImport } from '../hooks/use-eps-import.js';
import { EpsImportHistory } from './eps-import-history.js';
import { EpsImportResult } from './eps-import-result.js';

export const EPS_FILE_LABEL = 'Fil från EPS';

/**
 * "EPS-import": read an extract of Stockholm's person register (CSV or Excel) that updates the
 * persons' addresses and district history. Asks before importing; shows what the import did.
 */
export function EpsImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [state, run, reset] = useEpsImport();
  const importing = state.status === 'importing';

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const problem = epsFileProblem(file);
    setFileError(problem ?? undefined);
    if (!problem) setConfirming(true);
  };

  return (
    <section className="eps-import" aria-labelledby="eps-import-heading">
      <h1 id="eps-import-heading">EPS-import</h1>
      <p>
        Läs in ett uttag ur EPS (stadens personregister). Personernas adresser och stadsdelar uppdateras från filen. Personer utan adress eller med en
        stadsdel som inte finns flaggas, så att de syns som avvikelser vid fördelningen.
      </p>
      <form className="sb-toolbar eps-import__form" onSubmit={ask} noValidate aria-label="Importera fil från EPS">
        <FileField
          label={EPS_FILE_LABEL}
          description="CSV (semikolon- eller kommaseparerad, UTF-8) eller Excel (.xlsx), högst 10 MB."
          accept={EPS_FILE_ACCEPT}
          errorMessage={fileError}
          isDisabled={importing}
          onChange={(chosen) => {
            setFile(chosen);
            reset();
            setFileError(chosen ? (epsFileProblem(chosen) ?? undefined) : undefined);
          }}
          data-testid="eps-file"
        />
        <Button type="submit" isDisabled={importing}>
          Importera fil
        </Button>
      </form>
      {file && !fileError && (
        <p className="sb-muted" data-testid="eps-file-chosen">
          Vald fil: {file.name} ({formatFileSize(file.size)})
        </p>
      )}

      <ConfirmDialog
        isOpen={confirming && file !== null}
        title={`Importera ${file?.name ?? ''}?`}
        confirmLabel="Importera"
        onConfirm={() => {
          setConfirming(false);
          if (file) void run(file);
        }}
        onCancel={() => setConfirming(false)}
        data-testid="eps-confirm"
      >
        <p>Adresser och stadsdelar uppdateras för personerna i filen.</p>
      </ConfirmDialog>

      {state.status === 'importing' && <Spinner label="Importerar…" />}
      {state.status === 'failed' && (
        <ErrorMessage title={`${state.fileName} kunde inte importeras`} data-testid="eps-import-error">
          <p>{state.message}</p>
        </ErrorMessage>
      )}
      {state.status === 'done' && <EpsImportResult result={state.result} />}

      <EpsImportHistory />
    </section>
  );
}
