/**
 * Shared by the deviation lists of mig-import (CloseDeviationDialog) and flat-rate
 * (CloseFlatRateDeviationDialog): "Stäng avvikelsen på rad N?" with a required reason. The dialog is
 * the confirmation; the row is not applied. A server error on `reason` is shown at the field, any
 * other one above it.
 */
import { Alert, Button, TextField } from '@statsbidrag/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { messageFor, serverErrorsOf } from '../../mig-import/import-file-checks.js';
import { FormDialog } from '../../organisation/components/form-dialog.js';

export const CLOSE_REASON_REQUIRED = 'Skriv varför avvikelsen stängs.';

export interface CloseDeviationDialogProps {
  rowNumber: number;
  testId: string;
  /** What closing means for this kind of row, and the row itself. */
  children: ReactNode;
  /** Sends the reason; `closed` when the server closed the deviation. */
  close: (reason: string) => Promise<{ closed: boolean; error?: CombinedError }>;
  fetching: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function CloseWithReasonDialog({ rowNumber, testId, children, close, fetching, onClose, onDone }: CloseDeviationDialogProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [general, setGeneral] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    if (!reason.trim()) {
      setReasonError(CLOSE_REASON_REQUIRED);
      return;
    }
    setReasonError(undefined);
    const result = await close(reason.trim());
    if (result.closed) {
      onDone(`Avvikelsen på rad ${rowNumber} är stängd.`);
    } else if (result.error) {
      const server = serverErrorsOf(result.error);
      const atReason = messageFor(server.fields, 'reason');
      setReasonError(atReason);
      setGeneral(atReason ? null : (server.general ?? Object.values(server.fields)[0] ?? null));
    }
  };

  return (
    <FormDialog isOpen title={`Stäng avvikelsen på rad ${rowNumber}?`} onClose={onClose} data-testid={testId}>
      <form onSubmit={(e) => void submit(e)} noValidate className="mig-import__dialog-form">
        {children}
        {general && (
          <Alert tone="error" title="Avvikelsen kunde inte stängas">
            <p>{general}</p>
          </Alert>
        )}
        <TextField label="Motivering" value={reason} onChange={setReason} errorMessage={reasonError} isRequired />
        <div className="sb-dialog__actions">
          <Button type="submit" variant="danger" isDisabled={fetching}>
            Stäng avvikelsen
          </Button>
          <Button variant="secondary" onPress={onClose}>
            Avbryt
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
