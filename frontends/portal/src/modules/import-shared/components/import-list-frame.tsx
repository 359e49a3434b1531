/**
 * Shared by the import lists of mig-import (ImportList, "Importer") and flat-rate (FlatRateImportList,
 * "Importer av schabloner"): loading and error states, the "x av y importer visas" toolbar with
 * "Exportera till Excel" (and its error), around the list's own table given as children.
 */
import { Button, ErrorMessage, Spinner, formatCount, graphqlErrorText } from '@statsbidrag/ui';
import { useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { SERVICE_DOWN } from '../../mig-import/import-file-checks.js';

export interface ImportListFrameProps {
  /** The list query's error; shown instead of the list when nothing has loaded. */
  error: CombinedError | undefined;
  /** The query's total count; undefined while the first page is loading. */
  totalCount: number | undefined;
  /** Rows shown now. */
  shownCount: number;
  onRetry: () => void;
  /** Fetches and downloads the workbook; a throw shows "Exporten misslyckades". */
  exportWorkbook: () => Promise<void>;
  children: ReactNode;
}

export function ImportListFrame({ error, totalCount, shownCount, onRetry, exportWorkbook, children }: ImportListFrameProps) {
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  const exportRows = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await exportWorkbook();
    } catch {
      setExportError('Exporten misslyckades. Försök igen.');
    } finally {
      setExporting(false);
    }
  };

  if (error && totalCount === undefined) {
    return (
      <ErrorMessage title="Importerna kunde inte hämtas" onRetry={onRetry}>
        <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
      </ErrorMessage>
    );
  }
  if (totalCount === undefined) return <Spinner label="Laddar importer…" />;
  return (
    <>
      <div className="sb-toolbar">
        <p className="sb-muted" aria-live="polite">
          {formatCount(shownCount)} av {formatCount(totalCount)} importer visas.
        </p>
        <span className="sb-toolbar__spacer" />
        <Button variant="secondary" isDisabled={shownCount === 0 || exporting} onPress={() => void exportRows()}>
          Exportera till Excel
        </Button>
      </div>
      {exportError && <ErrorMessage title={exportError} />}
      {children}
    </>
  );
}
