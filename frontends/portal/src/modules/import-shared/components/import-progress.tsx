/**
 * Shared by the import detail pages of mig-import (ImportDetail, `/mig-import/:id`) and flat-rate
 * (FlatRateImportDetail, `/schabloner/importer/:id`): the counts, progress while an import runs, its
 * result, and the failure message with "Försök igen". Test ids are `${testIdPrefix}-counts` etc.
 */
import { Alert, ErrorMessage, Spinner, formatCount, formatDateTime, graphqlErrorText } from '@statsbidrag/ui';
import { useState } from 'react';
import { useMutation, type TypedDocumentNode } from 'urql';
import { SERVICE_DOWN } from '../../mig-import/import-file-checks.js';

/** The fields of an import (either kind) the progress block shows. */
export interface ImportProgressFile {
  status: string;
  rowsRead: number;
  rowsApplied: number;
  deviationCount: number;
  openDeviationCount: number;
  finishedAt: string | null;
}

export interface ImportProgressProps {
  file: ImportProgressFile;
  active: boolean;
  /** "import" or "flat-rate-import". */
  testIdPrefix: string;
}

export function ImportProgress({ file, active, testIdPrefix }: ImportProgressProps) {
  const counts = (
    <dl className="sb-facts" data-testid={`${testIdPrefix}-counts`}>
      <dt>Lästa rader</dt>
      <dd>{formatCount(file.rowsRead)}</dd>
      <dt>Genomförda rader</dt>
      <dd>{formatCount(file.rowsApplied)}</dd>
      <dt>Avvikelser</dt>
      <dd>
        {formatCount(file.deviationCount)} ({formatCount(file.openDeviationCount)} öppna)
      </dd>
    </dl>
  );
  if (active) {
    return (
      <div className="mig-import__progress" data-testid={`${testIdPrefix}-progress`}>
        <Spinner label={file.status === 'RUNNING' ? `Läst ${formatCount(file.rowsRead)} rader …` : 'Importen väntar på sin tur …'} />
        {counts}
        <p className="sb-muted">Du kan lämna sidan; importen fortsätter ändå.</p>
      </div>
    );
  }
  if (file.status === 'APPLIED') {
    return (
      <Alert tone={file.openDeviationCount > 0 ? 'warning' : 'success'} title={`Importen är genomförd ${formatDateTime(file.finishedAt)}`} data-testid={`${testIdPrefix}-result`}>
        {counts}
      </Alert>
    );
  }
  return counts;
}

export interface FailedImportProps {
  file: { id: string; failure: string | null };
  /** The subgraph's retry mutation (retryImport or retryFlatRateImport). */
  retryMutation: TypedDocumentNode<unknown, { id: string }>;
  /** The typename the retry changes, so lists refetch ("ImportFile", "FlatRateImport"). */
  typename: string;
  mayRetry: boolean;
  onRetried: () => void;
  /** "import" or "flat-rate-import". */
  testIdPrefix: string;
}

export function FailedImport({ file, retryMutation, typename, mayRetry, onRetried, testIdPrefix }: FailedImportProps) {
  const [{ fetching }, retryImport] = useMutation(retryMutation);
  const [retryError, setRetryError] = useState<string | null>(null);
  const retry = async () => {
    setRetryError(null);
    const result = await retryImport({ id: file.id }, { additionalTypenames: [typename] });
    if (result.error) setRetryError(graphqlErrorText(result.error, SERVICE_DOWN));
    else onRetried();
  };
  return (
    <ErrorMessage title="Importen misslyckades" onRetry={mayRetry && !fetching ? () => void retry() : undefined} data-testid={`${testIdPrefix}-failure`}>
      <p>{file.failure ?? 'Importen avbröts. Inget från filen har sparats.'}</p>
      {retryError && <p>{retryError}</p>}
    </ErrorMessage>
  );
}
