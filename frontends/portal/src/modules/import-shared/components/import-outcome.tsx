/**
 * Shared by the upload forms of mig-import (ImportForm, "Importera fil från MiG") and flat-rate
 * (FlatRateImportForm, schablon files): the chosen file with the "Importera" button, and what became
 * of the upload (sending, failed, or started with a link to the import). Test ids are
 * `${testIdPrefix}-error` and `${testIdPrefix}-answer`.
 */
import { Alert, AppLink, Button, Spinner, formatFileSize } from '@statsbidrag/ui';

/** An upload form's state; R is the subgraph's answer to "start import". */
export type ImportOutcome<R> = { status: 'idle' } | { status: 'sending'; fileName: string } | { status: 'done'; result: R } | { status: 'failed'; message: string };

/** "Vald fil: …" (when the file is valid) and the submit button. */
export function ChosenFileAndSubmit({ file, fileError, sending }: { file: File | null; fileError: string | undefined; sending: boolean }) {
  return (
    <>
      {file && !fileError && (
        <p className="sb-muted">
          Vald fil: {file.name} ({formatFileSize(file.size)})
        </p>
      )}
      <div>
        <Button type="submit" isDisabled={sending}>
          Importera
        </Button>
      </div>
    </>
  );
}

export interface ImportOutcomeViewProps<R extends { alreadyReceived: boolean; message: string }> {
  outcome: ImportOutcome<R>;
  /** The started (or earlier) import: its page and file name. */
  importOf: (result: R) => { href: string; fileName: string };
  navigate: (url: string) => void;
  /** "mig-import" or "flat-rate-import". */
  testIdPrefix: string;
}

export function ImportOutcomeView<R extends { alreadyReceived: boolean; message: string }>({ outcome, importOf, navigate, testIdPrefix }: ImportOutcomeViewProps<R>) {
  if (outcome.status === 'sending') return <Spinner label={`Skickar ${outcome.fileName} …`} />;
  if (outcome.status === 'failed') {
    return (
      <Alert tone="error" title="Filen kunde inte importeras" data-testid={`${testIdPrefix}-error`}>
        <p>{outcome.message}</p>
      </Alert>
    );
  }
  if (outcome.status !== 'done') return null;
  const started = importOf(outcome.result);
  return (
    <Alert tone={outcome.result.alreadyReceived ? 'info' : 'success'} title={outcome.result.message} data-testid={`${testIdPrefix}-answer`}>
      <p>
        <AppLink href={started.href} onNavigate={navigate}>
          {outcome.result.alreadyReceived ? `Visa den tidigare importen av ${started.fileName}` : `Följ importen av ${started.fileName}`}
        </AppLink>
      </p>
    </Alert>
  );
}
