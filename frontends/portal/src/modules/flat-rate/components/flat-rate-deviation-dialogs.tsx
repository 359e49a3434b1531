import { Alert, Button, ConfirmDialog, TextField, formatKronor, parseDateInput } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { messageFor, serverErrorsOf, type ServerErrors } from '../../mig-import/import-file-checks.js';
import { CloseWithReasonDialog } from '../../import-shared/components/close-deviation-dialog.js';
import { FormDialog } from '../../organisation/components/form-dialog.js';
import {
  CLOSE_FLAT_RATE_DEVIATION_MUTATION,
  REGISTER_FLAT_RATE_PERSON_MUTATION,
  RESOLVE_FLAT_RATE_DEVIATION_MUTATION,
  type FlatRateDeviation,
  type RegisterFlatRatePersonInput,
  type ResolveFlatRateDeviationInput,
} from '../graphql/flat-rate-deviations.graphql.js';

const NO_ERRORS: ServerErrors = { fields: {}, general: null };
const TYPENAMES = { additionalTypenames: ['FlatRateImport', 'FlatRateDeviation', 'FlatRateSchedule'] };

export interface FlatRateDeviationDialogProps {
  deviation: FlatRateDeviation;
  onClose: () => void;
  /** After the server accepted: a Swedish confirmation. */
  onDone: (message: string) => void;
}

/** "rad 7 i gs-2025-03.txt": names a deviation's row in labels and messages. */
export const rowName = (d: Pick<FlatRateDeviation, 'rowNumber' | 'fileName'>): string => `rad ${d.rowNumber} i ${d.fileName}`;

/** Messages of the server that name none of `shown` (they go above the form). */
function unplacedText(errors: ServerErrors, shown: readonly string[]): string {
  const unplaced = Object.entries(errors.fields)
    .filter(([path]) => !shown.includes(path.replace(/^input\./, '').replace(/^values\./, '').split('.')[0]!))
    .map(([, message]) => message);
  return [errors.general, ...unplaced].filter(Boolean).join(' ');
}

function DeviationSummary({ deviation }: { deviation: FlatRateDeviation }) {
  return (
    <>
      <p>
        <strong>{deviation.reasonLabel}:</strong> {deviation.message}
      </p>
      <p className="sb-muted">
        Värden i filen: {deviation.original.join(' | ')}
        {deviation.amount != null ? ` (belopp ${formatKronor(deviation.amount)})` : ''}
      </p>
    </>
  );
}

/** "Rätta": the row's values as read, editable (personnummer, mottagningsdatum, belopp …); server messages at their field. */
export function CorrectDeviationDialog({ deviation, onClose, onDone }: FlatRateDeviationDialogProps) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(deviation.values.map((v) => [v.field, v.value])));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<ServerErrors>(NO_ERRORS);
  const [{ fetching }, resolve] = useMutation(RESOLVE_FLAT_RATE_DEVIATION_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changed = deviation.values.filter((v) => values[v.field] !== v.value).map((v) => ({ field: v.field, value: values[v.field] ?? '' }));
    if (changed.length === 0) {
      setErrors({ fields: {}, general: 'Ändra minst ett värde, eller välj en annan åtgärd.' });
      return;
    }
    setErrors(NO_ERRORS);
    const input: ResolveFlatRateDeviationInput = { deviationId: deviation.id, values: changed, note: note.trim() || null };
    const result = await resolve({ input }, TYPENAMES);
    if (result.data?.resolveFlatRateDeviation) onDone(`Rad ${deviation.rowNumber} är rättad.`);
    else if (result.error) setErrors(serverErrorsOf(result.error));
  };
  const fieldError = (field: string) => messageFor(errors.fields, `values.${field}`) ?? messageFor(errors.fields, field);
  const general = unplacedText(errors, [...deviation.values.map((v) => v.field), 'note']);

  return (
    <FormDialog isOpen title={`Rätta rad ${deviation.rowNumber}`} onClose={onClose} data-testid="flat-rate-correct-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate className="mig-import__dialog-form">
        <DeviationSummary deviation={deviation} />
        {general && (
          <Alert tone="error" title="Raden kunde inte rättas" data-testid="flat-rate-correct-error">
            <p>{general}</p>
          </Alert>
        )}
        {deviation.values.map((v) => (
          <TextField key={v.field} label={v.label} value={values[v.field] ?? ''} onChange={(value) => setValues((old) => ({ ...old, [v.field]: value }))} errorMessage={fieldError(v.field)} />
        ))}
        <TextField label="Kommentar" description="Frivilligt: varför raden ändrades." value={note} onChange={setNote} errorMessage={messageFor(errors.fields, 'note')} />
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

/** "Koppla till person": a person id, or the suggested person in one click. */
export function LinkPersonDialog({ deviation, onClose, onDone }: FlatRateDeviationDialogProps) {
  const [personId, setPersonId] = useState('');
  const [errors, setErrors] = useState<ServerErrors>(NO_ERRORS);
  const [{ fetching }, resolve] = useMutation(RESOLVE_FLAT_RATE_DEVIATION_MUTATION);

  const link = async (id: string) => {
    if (!id.trim()) {
      setErrors({ fields: { personId: 'Ange personens id.' }, general: null });
      return;
    }
    setErrors(NO_ERRORS);
    const result = await resolve({ input: { deviationId: deviation.id, personId: id.trim() } }, TYPENAMES);
    if (result.data?.resolveFlatRateDeviation) onDone(`Rad ${deviation.rowNumber} är kopplad till personen.`);
    else if (result.error) setErrors(serverErrorsOf(result.error));
  };
  const general = unplacedText(errors, ['personId']);

  return (
    <FormDialog isOpen title={`Koppla rad ${deviation.rowNumber} till en person`} onClose={onClose} data-testid="flat-rate-link-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void link(personId);
        }}
        noValidate
        className="mig-import__dialog-form"
      >
        <DeviationSummary deviation={deviation} />
        {general && (
          <Alert tone="error" title="Raden kunde inte kopplas" data-testid="flat-rate-link-error">
            <p>{general}</p>
          </Alert>
        )}
        {deviation.suggestedPersonId && (
          <div className="mig-import__suggestion">
            <p>Förslag: personen med id {deviation.suggestedPersonId}</p>
            <Button variant="secondary" isDisabled={fetching} onPress={() => void link(deviation.suggestedPersonId!)}>
              Koppla till förslaget
            </Button>
          </div>
        )}
        <TextField label="Personens id" description="Finns på personkortet." value={personId} onChange={setPersonId} errorMessage={messageFor(errors.fields, 'personId')} />
        <div className="sb-dialog__actions">
          <Button type="submit" isDisabled={fetching}>
            Koppla
          </Button>
          <Button variant="secondary" onPress={onClose}>
            Avbryt
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}

type PersonForm = { firstName: string; lastName: string; personalIdentityNumber: string; migIndividualNumber: string; birthDate: string; note: string };
const PERSON_FIELDS: readonly (keyof PersonForm)[] = ['firstName', 'lastName', 'personalIdentityNumber', 'migIndividualNumber', 'birthDate', 'note'];

/** Checks the new person's form; errors keyed by input field. */
export function checkPersonForm(form: PersonForm): { errors: Record<string, string>; birthDate: string } {
  const errors: Record<string, string> = {};
  if (!form.firstName.trim()) errors.firstName = 'Ange förnamn.';
  if (!form.lastName.trim()) errors.lastName = 'Ange efternamn.';
  if (!form.personalIdentityNumber.trim() && !form.migIndividualNumber.trim()) errors.personalIdentityNumber = 'Ange personnummer eller dossiernummer.';
  const date = parseDateInput(form.birthDate, { label: 'Födelsedatum', notInFuture: true });
  if (!date.ok) errors.birthDate = date.message;
  else if (!date.value) errors.birthDate = 'Ange födelsedatum (ÅÅÅÅ-MM-DD).';
  return { errors, birthDate: date.ok ? date.value : '' };
}

/** MiG's name as "Efternamn, Förnamn" or "Förnamn Efternamn". */
export function splitName(name: string): { firstName: string; lastName: string } {
  const text = name.trim().replace(/\s+/g, ' ');
  if (text.includes(',')) {
    const [last, ...first] = text.split(',');
    return { firstName: first.join(',').trim(), lastName: last!.trim() };
  }
  const words = text.split(' ');
  return words.length < 2 ? { firstName: '', lastName: text } : { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1]! };
}

/** The birth date a 12-digit personnummer or samordningsnummer (day + 60) carries, else ''. */
export function birthDateOf(identityNumber: string): string {
  const digits = identityNumber.replace(/\D/g, '');
  if (digits.length !== 12) return '';
  const day = Number(digits.slice(6, 8));
  const realDay = day > 60 ? day - 60 : day;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${String(realDay).padStart(2, '0')}`;
}

/** "Registrera ny person": registers the person from the row (name, identifiers and birth date prefilled from it) and applies it. */
export function RegisterPersonDialog({ deviation, onClose, onDone }: FlatRateDeviationDialogProps) {
  const read = (field: string) => deviation.values.find((v) => v.field === field)?.value ?? '';
  const [form, setForm] = useState<PersonForm>(() => ({
    ...splitName(read('name')),
    personalIdentityNumber: read('personalIdentityNumber'),
    migIndividualNumber: read('migIndividualNumber'),
    birthDate: birthDateOf(read('personalIdentityNumber')),
    note: '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching }, register] = useMutation(REGISTER_FLAT_RATE_PERSON_MUTATION);
  const set = (field: keyof PersonForm) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const check = checkPersonForm(form);
    setErrors(check.errors);
    if (Object.keys(check.errors).length > 0) return;
    const input: RegisterFlatRatePersonInput = {
      deviationId: deviation.id,
      firstName: form.firstName.trim(),
      lastName: form.lastName.trim(),
      personalIdentityNumber: form.personalIdentityNumber.trim() || null,
      migIndividualNumber: form.migIndividualNumber.trim() || null,
      birthDate: check.birthDate,
      note: form.note.trim() || null,
    };
    const result = await register({ input }, TYPENAMES);
    if (result.data?.registerFlatRatePerson) {
      onDone(`${input.firstName} ${input.lastName} är registrerad och rad ${deviation.rowNumber} är genomförd.`);
    } else if (result.error) {
      const server = serverErrorsOf(result.error);
      const placed: Record<string, string> = {};
      for (const field of PERSON_FIELDS) {
        const message = messageFor(server.fields, field);
        if (message) placed[field] = message;
      }
      setErrors(placed);
      setGeneral(unplacedText(server, PERSON_FIELDS as string[]) || null);
    }
  };

  return (
    <FormDialog isOpen title={`Registrera ny person för rad ${deviation.rowNumber}`} onClose={onClose} data-testid="flat-rate-register-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate className="mig-import__dialog-form">
        <DeviationSummary deviation={deviation} />
        {general && (
          <Alert tone="error" title="Personen kunde inte registreras" data-testid="flat-rate-register-error">
            <p>{general}</p>
          </Alert>
        )}
        <TextField label="Förnamn" value={form.firstName} onChange={set('firstName')} errorMessage={errors.firstName} isRequired />
        <TextField label="Efternamn" value={form.lastName} onChange={set('lastName')} errorMessage={errors.lastName} isRequired />
        <TextField label="Personnummer" description="12 siffror eller ÅÅÅÅMMDD-NNNN." value={form.personalIdentityNumber} onChange={set('personalIdentityNumber')} errorMessage={errors.personalIdentityNumber} />
        <TextField label="Dossiernummer" description="Migrationsverkets nummer, om personnummer saknas." value={form.migIndividualNumber} onChange={set('migIndividualNumber')} errorMessage={errors.migIndividualNumber} />
        <TextField label="Födelsedatum" description="ÅÅÅÅ-MM-DD." value={form.birthDate} onChange={set('birthDate')} errorMessage={errors.birthDate} isRequired />
        <TextField label="Kommentar" description="Frivilligt." value={form.note} onChange={set('note')} errorMessage={errors.note} />
        <div className="sb-dialog__actions">
          <Button type="submit" isDisabled={fetching}>
            Registrera personen
          </Button>
          <Button variant="secondary" onPress={onClose}>
            Avbryt
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}

/** "Bokför som AmF:s intäkt" (no district): asks first. */
export function AmfRevenueDialog({ deviation, onClose, onDone }: FlatRateDeviationDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [, resolve] = useMutation(RESOLVE_FLAT_RATE_DEVIATION_MUTATION);
  return (
    <ConfirmDialog
      isOpen
      title={`Bokför rad ${deviation.rowNumber} som AmF:s intäkt?`}
      confirmLabel="Bokför som AmF:s intäkt"
      onCancel={onClose}
      onConfirm={() => {
        setError(null);
        void resolve({ input: { deviationId: deviation.id, acceptAsAmfRevenue: true } }, TYPENAMES).then((result) => {
          if (result.data?.resolveFlatRateDeviation) onDone(`Rad ${deviation.rowNumber} är bokförd som AmF:s intäkt.`);
          else if (result.error) setError(unplacedText(serverErrorsOf(result.error), []));
        });
      }}
      data-testid="flat-rate-amf-dialog"
    >
      <p>
        Personen har ingen adress i någon stadsdel. Beloppet {formatKronor(deviation.amount)} bokförs på AmF:s egen intäkt i stället för på en stadsdel.
      </p>
      {error && (
        <Alert tone="error" title="Raden kunde inte bokföras">
          <p>{error}</p>
        </Alert>
      )}
    </ConfirmDialog>
  );
}

export { CLOSE_REASON_REQUIRED } from '../../import-shared/components/close-deviation-dialog.js';

/** "Stäng": a reason is required; the dialog is the confirmation (the row is not applied). */
export function CloseFlatRateDeviationDialog({ deviation, onClose, onDone }: FlatRateDeviationDialogProps) {
  const [{ fetching }, close] = useMutation(CLOSE_FLAT_RATE_DEVIATION_MUTATION);
  return (
    <CloseWithReasonDialog
      rowNumber={deviation.rowNumber}
      testId="flat-rate-close-dialog"
      fetching={fetching}
      onClose={onClose}
      onDone={onDone}
      close={async (reason) => {
        const result = await close({ deviationId: deviation.id, reason }, TYPENAMES);
        return { closed: !!result.data?.closeFlatRateDeviation, error: result.error };
      }}
    >
      <p>Raden bokförs inte. Avvikelsen stängs med din motivering och syns kvar under &quot;Stängda&quot;.</p>
      <DeviationSummary deviation={deviation} />
    </CloseWithReasonDialog>
  );
}
