import { Alert, Button, Select, TextField, formatDate, parseDateInput } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { messageFor, serverErrorsOf } from '../../mig-import/import-file-checks.js';
import { FormDialog } from '../../organisation/components/form-dialog.js';
import { CLOSURE_REASONS } from '../flat-rate-roles.js';
import { CLOSE_FLAT_RATE_CASE_MUTATION, SET_FLAT_RATE_PURGE_DATE_MUTATION, type FlatRateSchedule } from '../graphql/flat-rate-schedules.graphql.js';

const TYPENAMES = { additionalTypenames: ['FlatRateSchedule'] };

export interface ScheduleDialogProps {
  schedule: FlatRateSchedule;
  onClose: () => void;
  onDone: (message: string) => void;
}

type CloseErrors = Partial<Record<'closedOn' | 'reason' | 'note', string>>;

/** "Avsluta ärendet": date, reason and (for Övrigt) a note, then a confirmation; the unpaid instalments after the date are cleared. */
export function CloseCaseDialog({ schedule, onClose, onDone }: ScheduleDialogProps) {
  const [closedOn, setClosedOn] = useState('');
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<CloseErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [{ fetching }, closeCase] = useMutation(CLOSE_FLAT_RATE_CASE_MUTATION);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const found: CloseErrors = {};
    const date = parseDateInput(closedOn, { label: 'Avslutsdatum' });
    if (!date.ok) found.closedOn = date.message;
    else if (!date.value) found.closedOn = 'Ange avslutsdatum (ÅÅÅÅ-MM-DD).';
    if (!reason) found.reason = 'Välj orsak.';
    if (reason === 'OVRIGT' && !note.trim()) found.note = 'Skriv en anteckning när orsaken är Övrigt.';
    setErrors(found);
    if (Object.keys(found).length === 0 && date.ok) setConfirming(date.value);
  };

  const send = async (date: string) => {
    setGeneral(null);
    const result = await closeCase({ input: { personId: schedule.personId, closedOn: date, reason: reason!, note: note.trim() || null } }, TYPENAMES);
    if (result.data?.closeFlatRateCase) {
      onDone(`Ärendet är avslutat ${formatDate(date)}.`);
      return;
    }
    if (!result.error) return;
    const server = serverErrorsOf(result.error);
    const placed: CloseErrors = { closedOn: messageFor(server.fields, 'closedOn'), reason: messageFor(server.fields, 'reason'), note: messageFor(server.fields, 'note') };
    setErrors(placed);
    setConfirming(null);
    if (!Object.values(placed).some(Boolean)) setGeneral(server.general ?? Object.values(server.fields)[0] ?? null);
  };

  const reasonLabel = CLOSURE_REASONS.find((r) => r.id === reason)?.label ?? '';
  return (
    <FormDialog isOpen title={confirming ? 'Avsluta ärendet?' : 'Avsluta ärendet'} onClose={onClose} data-testid="flat-rate-close-case-dialog">
      {confirming ? (
        <div className="mig-import__dialog-form">
          <p data-testid="flat-rate-close-case-confirmation">
            Ärendet avslutas {formatDate(confirming)} med orsaken {reasonLabel.toLowerCase()}. Delbetalningar som inte har förfallit före datumet förväntas inte längre.
          </p>
          <div className="sb-dialog__actions">
            <Button variant="danger" isDisabled={fetching} onPress={() => void send(confirming)}>
              Ja, avsluta ärendet
            </Button>
            <Button variant="secondary" onPress={() => setConfirming(null)}>
              Tillbaka
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={check} noValidate className="mig-import__dialog-form">
          {general && (
            <Alert tone="error" title="Ärendet kunde inte avslutas" data-testid="flat-rate-close-case-error">
              <p>{general}</p>
            </Alert>
          )}
          <TextField label="Avslutsdatum" description="ÅÅÅÅ-MM-DD." value={closedOn} onChange={setClosedOn} errorMessage={errors.closedOn} isRequired />
          <Select label="Orsak" options={CLOSURE_REASONS} selectedKey={reason} onSelectionChange={setReason} errorMessage={errors.reason} data-testid="flat-rate-close-case-reason" />
          <TextField label="Anteckning" description={reason === 'OVRIGT' ? 'Obligatorisk när orsaken är Övrigt.' : 'Frivilligt.'} value={note} onChange={setNote} errorMessage={errors.note} isRequired={reason === 'OVRIGT'} />
          <div className="sb-dialog__actions">
            <Button type="submit">Avsluta ärendet</Button>
            <Button variant="secondary" onPress={onClose}>
              Avbryt
            </Button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}

/** "Ändra gallringsdatum": a date set by hand, or back to the automatic date. */
export function PurgeDateDialog({ schedule, onClose, onDone }: ScheduleDialogProps) {
  const [purgeOn, setPurgeOn] = useState(schedule.purgeOnSetManually ? (schedule.purgeOn ?? '') : '');
  const [error, setError] = useState<string | undefined>(undefined);
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching }, setPurgeDate] = useMutation(SET_FLAT_RATE_PURGE_DATE_MUTATION);

  const send = async (value: string | null) => {
    setGeneral(null);
    const result = await setPurgeDate({ personId: schedule.personId, purgeOn: value }, TYPENAMES);
    if (result.data?.setFlatRatePurgeDate) {
      const saved = result.data.setFlatRatePurgeDate.purgeOn;
      onDone(value ? `Gallringsdatumet är ändrat till ${formatDate(value)}.` : `Gallringsdatumet räknas automatiskt${saved ? ` (${formatDate(saved)})` : ''}.`);
      return;
    }
    if (!result.error) return;
    const server = serverErrorsOf(result.error);
    const atField = messageFor(server.fields, 'purgeOn');
    setError(atField);
    if (!atField) setGeneral(server.general ?? Object.values(server.fields)[0] ?? null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = parseDateInput(purgeOn, { label: 'Gallringsdatum' });
    if (!date.ok) return setError(date.message);
    if (!date.value) return setError('Ange gallringsdatum (ÅÅÅÅ-MM-DD).');
    setError(undefined);
    void send(date.value);
  };

  return (
    <FormDialog isOpen title="Ändra gallringsdatum" onClose={onClose} data-testid="flat-rate-purge-dialog">
      <form onSubmit={submit} noValidate className="mig-import__dialog-form">
        <p>Nu: {schedule.purgeOn ? formatDate(schedule.purgeOn) : 'inget datum'}{schedule.purgeOnSetManually ? ' (satt för hand)' : ' (automatiskt)'}.</p>
        {general && (
          <Alert tone="error" title="Gallringsdatumet kunde inte ändras">
            <p>{general}</p>
          </Alert>
        )}
        <TextField label="Gallringsdatum" description="ÅÅÅÅ-MM-DD." value={purgeOn} onChange={setPurgeOn} errorMessage={error} isRequired />
        <div className="sb-dialog__actions">
          <Button type="submit" isDisabled={fetching}>
            Spara gallringsdatum
          </Button>
          {schedule.purgeOnSetManually && (
            <Button variant="secondary" isDisabled={fetching} onPress={() => void send(null)}>
              Återställ automatiskt datum
            </Button>
          )}
          <Button variant="secondary" onPress={onClose}>
            Avbryt
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
