import { Alert, Button, Spinner, TextField, formatDate, parseDateInput, todayForFilename } from '@statsbidrag/ui';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ClosureReason, PersonHandling } from '../graphql/person-card.query.js';
import {
  CLOSE_PERSON_HANDLING_MUTATION,
  DEACTIVATE_PERSONAL_DATA_MUTATION,
  REGISTER_MOVE_OUT_MUTATION,
  REOPEN_PERSON_HANDLING_MUTATION,
  SET_PURGE_DATE_MUTATION,
} from '../graphql/person-handling.mutations.js';
import { caseKindText, mutationProblems, type RefusingCase } from '../mutation-problems.js';
import { CLOSURE_REASONS } from '../person-handling-roles.js';
import { FormDialog, NoteField } from './form-dialog.js';
import { SelectField } from './select-field.js';

export const MAX_NOTE_LENGTH = 2000;
export const NOTE_REQUIRED_FOR_OVRIGT = 'Beskriv orsaken när avslutsorsaken är Övrigt.';

export interface HandlingDialogProps {
  person: PersonHandling & { fullName: string };
  /** After a change, with a message for the card; without one when cancelled. */
  onDone: (message?: string) => void;
  /** Today as ÅÅÅÅ-MM-DD (Stockholm time); a seam for tests. */
  today?: string;
}

interface Refusal {
  message: string | null;
  openCases: RefusingCase[];
}

/** The server's refusal in the dialog: its Swedish message and, for OPEN_CASES, the cases that stand in the way. */
function RefusalAlert({ title, refusal }: { title: string; refusal: Refusal | null }) {
  if (!refusal || (!refusal.message && refusal.openCases.length === 0)) return null;
  return (
    // The server's message often begins with the same words as the title: say them once.
    <Alert tone="error" title={refusal.message?.startsWith(title) ? undefined : title} data-testid="handling-refusal">
      {refusal.message && <p>{refusal.message}</p>}
      {refusal.openCases.length > 0 && (
        <>
          <p>Pågående ärenden:</p>
          <ul data-testid="refusing-cases">
            {refusal.openCases.map((c) => (
              <li key={`${c.context}:${c.caseId}`} data-testid="refusing-case">
                {c.label} – {c.statusLabel} <span className="sb-muted">({caseKindText(c.context)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}

/** An error under a control that has no error slot of its own (the select). */
function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="sb-field__error" role="alert">
      {message}
    </p>
  );
}

/** Submit, Avbryt and a spinner while saving: the buttons at the foot of every person dialog. */
export function DialogActions({ submitLabel, onCancel, busy, tone = 'primary' }: { submitLabel: string; onCancel: () => void; busy: boolean; tone?: 'primary' | 'danger' }) {
  return (
    <div className="sb-dialog__actions">
      <Button type="submit" variant={tone} isDisabled={busy}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onPress={onCancel} isDisabled={busy}>
        Avbryt
      </Button>
      {busy && <Spinner label="Sparar…" />}
    </div>
  );
}

/** The problems without the one for `field` (the user has just changed it). */
export function without(errors: Record<string, string>, field: string): Record<string, string> {
  if (!(field in errors)) return errors;
  const rest = { ...errors };
  delete rest[field];
  return rest;
}

const reasonLabel = (reason: string | null) => CLOSURE_REASONS.find((r) => r.id === reason)?.label ?? '';

/** "Avsluta hantering": date (today by default), reason, note (required for Övrigt); asks before closing. */
export function CloseHandlingDialog({ person, onDone, today = todayForFilename() }: HandlingDialogProps) {
  const [closedOn, setClosedOn] = useState(today);
  const [reason, setReason] = useState<ClosureReason | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [confirmDate, setConfirmDate] = useState<string | null>(null);
  const [{ fetching }, close] = useMutation(CLOSE_PERSON_HANDLING_MUTATION);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const problems: Record<string, string> = {};
    const date = parseDateInput(closedOn, { label: 'Datum för avslut', notInFuture: true, today });
    if (!date.ok) problems.closedOn = date.message;
    else if (!date.value) problems.closedOn = 'Datum för avslut måste anges.';
    if (!reason) problems.reason = 'Välj en avslutsorsak.';
    if (reason === 'OVRIGT' && !note.trim()) problems.note = NOTE_REQUIRED_FOR_OVRIGT;
    if (note.trim().length > MAX_NOTE_LENGTH) problems.note = `Kommentaren får vara högst ${MAX_NOTE_LENGTH} tecken.`;
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !date.ok) return;
    setClosedOn(date.value);
    setConfirmDate(date.value);
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmDate || !reason) return;
    const result = await close({ input: { personId: person.id, closedOn: confirmDate, reason, note: note.trim() || null } });
    if (result.data?.closePersonHandling) {
      const closed = result.data.closePersonHandling;
      onDone(`Hanteringen är avslutad ${formatDate(closed.closedOn)}.${closed.purgeOn ? ` Gallringsdatum: ${formatDate(closed.purgeOn)}.` : ''}`);
      return;
    }
    if (result.error) {
      const problems = mutationProblems(result.error);
      setErrors(problems.fields);
      setRefusal({ message: problems.general, openCases: problems.openCases });
    }
    setConfirmDate(null);
  };

  if (confirmDate) {
    return (
      <FormDialog title="Avsluta hantering" onClose={() => setConfirmDate(null)} isBusy={fetching} data-testid="close-handling-dialog">
        <form onSubmit={(e) => void confirm(e)} noValidate aria-label="Bekräfta avslut">
          <p data-testid="close-handling-confirm">
            Avsluta hanteringen av statsbidrag för <strong>{person.fullName}</strong> {confirmDate} med orsaken <strong>{reasonLabel(reason)}</strong>?
          </p>
          <p>Personuppgifterna gallras tre veckor efter avslutet (eller efter det sista avslutade ärendet), om inget annat gallringsdatum sätts.</p>
          <div className="sb-dialog__actions">
            <Button type="submit" variant="danger" isDisabled={fetching} autoFocus>
              Ja, avsluta hanteringen
            </Button>
            <Button variant="secondary" onPress={() => setConfirmDate(null)} isDisabled={fetching}>
              Tillbaka
            </Button>
            {fetching && <Spinner label="Avslutar…" />}
          </div>
        </form>
      </FormDialog>
    );
  }

  return (
    <FormDialog title="Avsluta hantering" onClose={() => onDone()} isBusy={fetching} data-testid="close-handling-dialog">
      <form className="person-handling__form" onSubmit={submit} noValidate aria-label="Avsluta hantering">
        <RefusalAlert title="Hanteringen kan inte avslutas" refusal={refusal} />
        <TextField
          label="Datum för avslut"
          description="ÅÅÅÅ-MM-DD, inte i framtiden."
          value={closedOn}
          onChange={setClosedOn}
          inputMode="numeric"
          autoComplete="off"
          isRequired
          errorMessage={errors.closedOn}
        />
        <SelectField
          label="Avslutsorsak"
          options={CLOSURE_REASONS}
          selectedKey={reason}
          onSelectionChange={(key) => {
            setReason(key as ClosureReason | null);
            setErrors((current) => without(current, 'reason'));
          }}
          isRequired
          errorMessage={errors.reason}
          data-testid="closure-reason"
        />
        <NoteField
          label="Kommentar"
          description={reason === 'OVRIGT' ? 'Krävs när orsaken är Övrigt.' : 'Frivillig. Krävs när orsaken är Övrigt.'}
          value={note}
          onChange={setNote}
          isRequired={reason === 'OVRIGT'}
          errorMessage={errors.note}
        />
        <DialogActions submitLabel="Avsluta hantering" onCancel={() => onDone()} busy={fetching} />
      </form>
    </FormDialog>
  );
}

/** "Öppna igen": a closed handling is opened again, with the reason saved in the history. */
export function ReopenHandlingDialog({ person, onDone }: HandlingDialogProps) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [{ fetching }, reopen] = useMutation(REOPEN_PERSON_HANDLING_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    if (!reason.trim()) {
      setErrors({ reason: 'Ange varför hanteringen öppnas igen.' });
      return;
    }
    setErrors({});
    const result = await reopen({ input: { personId: person.id, reason: reason.trim() } });
    if (result.data?.reopenPersonHandling) onDone('Hanteringen är öppnad igen.');
    else if (result.error) {
      const problems = mutationProblems(result.error);
      setErrors(problems.fields);
      setRefusal({ message: problems.general, openCases: problems.openCases });
    }
  };

  return (
    <FormDialog title="Öppna hanteringen igen" onClose={() => onDone()} isBusy={fetching} data-testid="reopen-handling-dialog">
      <form className="person-handling__form" onSubmit={(e) => void submit(e)} noValidate aria-label="Öppna hanteringen igen">
        <RefusalAlert title="Hanteringen kunde inte öppnas igen" refusal={refusal} />
        <p>
          Hanteringen avslutades {formatDate(person.closedOn)} ({person.closureReasonLabel ?? reasonLabel(person.closureReason)}). Ett beräknat gallringsdatum räknas om när hanteringen öppnas igen;
          ett datum som satts för hand ligger kvar.
        </p>
        <NoteField label="Orsak" description="Sparas i historiken." value={reason} onChange={setReason} isRequired errorMessage={errors.reason} />
        <DialogActions submitLabel="Öppna igen" onCancel={() => onDone()} busy={fetching} />
      </form>
    </FormDialog>
  );
}

/** "Registrera utflyttning": the move-out date; an empty field removes it. */
export function MoveOutDialog({ person, onDone, today = todayForFilename() }: HandlingDialogProps) {
  const [movedOutOn, setMovedOutOn] = useState(person.movedOutOn ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [{ fetching }, register] = useMutation(REGISTER_MOVE_OUT_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const date = parseDateInput(movedOutOn, { label: 'Utflyttningsdatum', notInFuture: true, today });
    if (!date.ok) {
      setErrors({ movedOutOn: date.message });
      return;
    }
    if (!date.value && !person.movedOutOn) {
      setErrors({ movedOutOn: 'Ange utflyttningsdatum som ÅÅÅÅ-MM-DD.' });
      return;
    }
    setErrors({});
    setMovedOutOn(date.value);
    const result = await register({ input: { personId: person.id, movedOutOn: date.value || null } });
    if (result.data?.registerMoveOut) onDone(date.value ? `Utflyttningsdatum ${date.value} är registrerat.` : 'Utflyttningsdatumet är borttaget.');
    else if (result.error) {
      const problems = mutationProblems(result.error);
      setErrors(problems.fields);
      setRefusal({ message: problems.general, openCases: problems.openCases });
    }
  };

  return (
    <FormDialog title="Registrera utflyttning" onClose={() => onDone()} isBusy={fetching} data-testid="move-out-dialog">
      <form className="person-handling__form" onSubmit={(e) => void submit(e)} noValidate aria-label="Registrera utflyttning">
        <RefusalAlert title="Utflyttningen kunde inte registreras" refusal={refusal} />
        <TextField
          label="Utflyttningsdatum"
          description={person.movedOutOn ? 'ÅÅÅÅ-MM-DD, inte i framtiden. Töm fältet för att ta bort utflyttningsdatumet.' : 'ÅÅÅÅ-MM-DD, inte i framtiden.'}
          value={movedOutOn}
          onChange={setMovedOutOn}
          inputMode="numeric"
          autoComplete="off"
          errorMessage={errors.movedOutOn}
        />
        <DialogActions submitLabel="Spara utflyttning" onCancel={() => onDone()} busy={fetching} />
      </form>
    </FormDialog>
  );
}

/** "Avaktualisera personuppgiftshantering": from a date (not in the future); asks first, refused while cases are open. */
export function DeactivatePersonalDataDialog({ person, onDone, today = todayForFilename() }: HandlingDialogProps) {
  const [deactivatedOn, setDeactivatedOn] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [confirmDate, setConfirmDate] = useState<string | null>(null);
  const [{ fetching }, deactivate] = useMutation(DEACTIVATE_PERSONAL_DATA_MUTATION);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const date = parseDateInput(deactivatedOn, { label: 'Avaktualiseras från och med', notInFuture: true, today });
    if (!date.ok || !date.value) {
      setErrors({ deactivatedOn: date.ok ? 'Ange datum som ÅÅÅÅ-MM-DD.' : date.message });
      return;
    }
    setErrors({});
    setDeactivatedOn(date.value);
    setConfirmDate(date.value);
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmDate) return;
    const result = await deactivate({ input: { personId: person.id, deactivatedOn: confirmDate } });
    if (result.data?.deactivatePersonalData) {
      onDone(`Personuppgiftshanteringen är avaktualiserad från ${confirmDate}.`);
      return;
    }
    if (result.error) {
      const problems = mutationProblems(result.error);
      setErrors(problems.fields);
      setRefusal({ message: problems.general, openCases: problems.openCases });
    }
    setConfirmDate(null);
  };

  if (confirmDate) {
    return (
      <FormDialog title="Avaktualisera personuppgiftshantering" onClose={() => setConfirmDate(null)} isBusy={fetching} data-testid="deactivate-dialog">
        <form onSubmit={(e) => void confirm(e)} noValidate aria-label="Bekräfta avaktualisering">
          <p data-testid="deactivate-confirm">
            Avaktualisera personuppgiftshanteringen för <strong>{person.fullName}</strong> från och med {confirmDate}?
          </p>
          <p>Personuppgifterna gallras sedan på gallringsdatumet. Det går inte att ångra en gallring.</p>
          <div className="sb-dialog__actions">
            <Button type="submit" variant="danger" isDisabled={fetching} autoFocus>
              Ja, avaktualisera
            </Button>
            <Button variant="secondary" onPress={() => setConfirmDate(null)} isDisabled={fetching}>
              Tillbaka
            </Button>
            {fetching && <Spinner label="Sparar…" />}
          </div>
        </form>
      </FormDialog>
    );
  }

  return (
    <FormDialog title="Avaktualisera personuppgiftshantering" onClose={() => onDone()} isBusy={fetching} data-testid="deactivate-dialog">
      <form className="person-handling__form" onSubmit={submit} noValidate aria-label="Avaktualisera personuppgiftshantering">
        <RefusalAlert title="Personuppgiftshanteringen kan inte avaktualiseras" refusal={refusal} />
        <TextField
          label="Avaktualiseras från och med"
          description="ÅÅÅÅ-MM-DD, inte i framtiden."
          value={deactivatedOn}
          onChange={setDeactivatedOn}
          inputMode="numeric"
          autoComplete="off"
          isRequired
          errorMessage={errors.deactivatedOn}
        />
        <DialogActions submitLabel="Avaktualisera" tone="danger" onCancel={() => onDone()} busy={fetching} />
      </form>
    </FormDialog>
  );
}

/** "Ändra gallringsdatum": a date by hand (today or later), or back to the computed date. */
export function PurgeDateDialog({ person, onDone, today = todayForFilename() }: HandlingDialogProps) {
  const id = useId();
  const [mode, setMode] = useState<'computed' | 'manual'>(person.purgeOnSetManually ? 'manual' : 'computed');
  const [purgeOn, setPurgeOn] = useState(person.purgeOnSetManually ? (person.purgeOn ?? '') : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [{ fetching }, setPurgeDate] = useMutation(SET_PURGE_DATE_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    let value: string | null = null;
    if (mode === 'manual') {
      const date = parseDateInput(purgeOn, { label: 'Gallringsdatum' });
      if (!date.ok || !date.value) {
        setErrors({ purgeOn: date.ok ? 'Ange gallringsdatum som ÅÅÅÅ-MM-DD.' : date.message });
        return;
      }
      if (date.value < today) {
        setErrors({ purgeOn: 'Gallringsdatum kan inte ligga före dagens datum.' });
        return;
      }
      value = date.value;
      setPurgeOn(date.value);
    }
    setErrors({});
    const result = await setPurgeDate({ input: { personId: person.id, purgeOn: value } });
    if (result.data?.setPurgeDate) {
      const saved = result.data.setPurgeDate.purgeOn;
      onDone(value ? `Gallringsdatum ${value} är sparat.` : saved ? `Gallringsdatumet är beräknat: ${formatDate(saved)}.` : 'Gallringsdatumet beräknas när hanteringen avslutas.');
    } else if (result.error) {
      const problems = mutationProblems(result.error);
      setErrors(problems.fields);
      setRefusal({ message: problems.general, openCases: problems.openCases });
    }
  };

  return (
    <FormDialog title="Ändra gallringsdatum" onClose={() => onDone()} isBusy={fetching} data-testid="purge-date-dialog">
      <form className="person-handling__form" onSubmit={(e) => void submit(e)} noValidate aria-label="Ändra gallringsdatum">
        <RefusalAlert title="Gallringsdatumet kunde inte sparas" refusal={refusal} />
        <fieldset className="person-handling__choice">
          <legend>Gallringsdatum</legend>
          <label>
            <input type="radio" name={`${id}-mode`} value="computed" checked={mode === 'computed'} onChange={() => setMode('computed')} disabled={fetching} /> Använd beräknat datum
          </label>
          <p className="sb-field__description">Tre veckor efter avslutet eller efter det sista avslutade ärendet.</p>
          <label>
            <input type="radio" name={`${id}-mode`} value="manual" checked={mode === 'manual'} onChange={() => setMode('manual')} disabled={fetching} /> Sätt datum för hand
          </label>
        </fieldset>
        {mode === 'manual' && (
          <TextField
            label="Nytt gallringsdatum"
            description="ÅÅÅÅ-MM-DD, i dag eller senare."
            value={purgeOn}
            onChange={setPurgeOn}
            inputMode="numeric"
            autoComplete="off"
            isRequired
            errorMessage={errors.purgeOn}
          />
        )}
        {mode === 'computed' && errors.purgeOn && <FieldMessage id={`${id}-purge-error`} message={errors.purgeOn} />}
        <DialogActions submitLabel="Spara gallringsdatum" onCancel={() => onDone()} busy={fetching} />
      </form>
    </FormDialog>
  );
}
