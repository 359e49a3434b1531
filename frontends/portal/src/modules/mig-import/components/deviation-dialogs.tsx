import { Alert, Button, TextField } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { CloseWithReasonDialog } from '../../import-shared/components/close-deviation-dialog.js';
import { FormDialog } from '../../organisation/components/form-dialog.js';
import { CLOSE_DEVIATION_MUTATION, RESOLVE_DEVIATION_MUTATION, type ImportDeviation, type ResolveDeviationInput } from '../graphql/deviations.graphql.js';
import { messageFor, serverErrorsOf, type ServerErrors } from '../import-file-checks.js';

const NO_ERRORS: ServerErrors = { fields: {}, general: null };

export interface DeviationDialogProps {
  deviation: ImportDeviation;
  onClose: () => void;
  /** After the server accepted: a Swedish confirmation. */
  onDone: (message: string) => void;
}

/**
 * "Åtgärda": the row's fields as the profile read them, editable; "Spara rättelsen" applies the
 * corrected row, "Koppla till förslaget" links it to the suggested claim or person. The server's
 * messages are shown at their field.
 */
export function ResolveDeviationDialog({ deviation, onClose, onDone }: DeviationDialogProps) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(deviation.values.map((v) => [v.field, v.value])));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<ServerErrors>(NO_ERRORS);
  const [{ fetching }, resolveDeviation] = useMutation(RESOLVE_DEVIATION_MUTATION);

  const send = async (link: boolean) => {
    const changed = deviation.values.filter((v) => values[v.field] !== v.value).map((v) => ({ field: v.field, value: values[v.field] ?? '' }));
    const input: ResolveDeviationInput = { deviationId: deviation.id, values: changed, note: note.trim() || null };
    if (link && deviation.suggestion) {
      if (deviation.suggestion.claimId) input.claimId = deviation.suggestion.claimId;
      if (deviation.suggestion.personId) input.personId = deviation.suggestion.personId;
    }
    setErrors(NO_ERRORS);
    const result = await resolveDeviation({ input }, { additionalTypenames: ['ImportFile', 'ImportDeviation'] });
    if (result.data?.resolveDeviation) onDone(`Rad ${deviation.rowNumber} är åtgärdad.`);
    else if (result.error) setErrors(serverErrorsOf(result.error));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };
  const fieldError = (field: string) => messageFor(errors.fields, `values.${field}`) ?? messageFor(errors.fields, field);
  const shownFields = new Set([...deviation.values.map((v) => v.field), 'note']);
  const unplaced = Object.entries(errors.fields)
    .filter(([path]) => ![...shownFields].some((f) => path.replace(/^input\./, '').replace(/^values\./, '').split('.')[0] === f))
    .map(([, message]) => message);
  const general = [errors.general, ...unplaced].filter(Boolean).join(' ');

  return (
    <FormDialog isOpen title={`Åtgärda rad ${deviation.rowNumber}`} onClose={onClose} data-testid="resolve-deviation-dialog">
      <form onSubmit={submit} noValidate className="mig-import__dialog-form">
        <p>
          <strong>{deviation.fieldLabel}:</strong> {deviation.message}
        </p>
        <p className="sb-muted">Värden i filen: {deviation.original.join(' | ')}</p>
        {general && (
          <Alert tone="error" title="Raden kunde inte åtgärdas" data-testid="resolve-error">
            <p>{general}</p>
          </Alert>
        )}
        {deviation.values.map((v) => (
          <TextField key={v.field} label={v.label} value={values[v.field] ?? ''} onChange={(value) => setValues((old) => ({ ...old, [v.field]: value }))} errorMessage={fieldError(v.field)} />
        ))}
        <TextField label="Kommentar" description="Frivilligt: varför raden ändrades." value={note} onChange={setNote} errorMessage={messageFor(errors.fields, 'note')} />
        {deviation.suggestion && (
          <div className="mig-import__suggestion">
            <p>Förslag: {deviation.suggestion.label}</p>
            <Button variant="secondary" isDisabled={fetching} onPress={() => void send(true)}>
              Koppla till förslaget
            </Button>
          </div>
        )}
        <div className="sb-dialog__actions">
          <Button type="submit" isDisabled={fetching}>
            Spara rättelsen
          </Button>
          <Button variant="secondary" onPress={onClose}>
            Avbryt
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}

export { CLOSE_REASON_REQUIRED } from '../../import-shared/components/close-deviation-dialog.js';

/** "Stäng": asks for a reason (required) and whether to close the deviation without applying the row. */
export function CloseDeviationDialog({ deviation, onClose, onDone }: DeviationDialogProps) {
  const [{ fetching }, closeDeviation] = useMutation(CLOSE_DEVIATION_MUTATION);
  return (
    <CloseWithReasonDialog
      rowNumber={deviation.rowNumber}
      testId="close-deviation-dialog"
      fetching={fetching}
      onClose={onClose}
      onDone={onDone}
      close={async (reason) => {
        const result = await closeDeviation({ deviationId: deviation.id, reason }, { additionalTypenames: ['ImportFile', 'ImportDeviation'] });
        return { closed: !!result.data?.closeDeviation, error: result.error };
      }}
    >
      <p>
        Raden tillämpas inte. Avvikelsen stängs med din motivering och syns kvar under &quot;Stängda&quot;. ({deviation.fieldLabel}: {deviation.message})
      </p>
    </CloseWithReasonDialog>
  );
}
