import { Alert, AppLink, ConfirmDialog, TextField, graphqlErrorText } from '@statsbidrag/ui';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useFocusFirstError } from '../hooks/use-focus-first-error.js';
import { UPDATE_PERSON_MUTATION } from '../graphql/update-person.mutation.js';
import { duplicateIdentifier, mutationProblems } from '../mutation-problems.js';
import {
  BIRTH_DATE_LABEL,
  FIRST_NAME_LABEL,
  IDENTITY_NUMBER_LABEL,
  LAST_NAME_LABEL,
  MIG_LABEL,
  changesSomething,
  checkPersonData,
  personDataValuesOf,
  updateInputOf,
  type EditablePerson,
  type PersonDataErrors,
  type PersonDataValues,
} from '../person-data-form.js';
import { PROTECTED_IDENTITY_TEXT, personCardUrl } from '../person-format.js';
import { FormDialog } from './form-dialog.js';
import { DialogActions, without } from './handling-dialogs.js';
import './person-data.css';

export const PERSON_DATA_SAVED = 'Personuppgifterna är sparade.';
export const NOTHING_CHANGED = 'Inget har ändrats.';
export const DUPLICATE_FIELD_MESSAGE = 'Numret tillhör redan en annan person.';

const FIELDS: readonly (keyof PersonDataValues)[] = ['firstName', 'lastName', 'personalIdentityNumber', 'migIndividualNumber', 'birthDate'];

export interface PersonDataDialogProps {
  person: EditablePerson & { fullName: string };
  /** Client-side navigation of the host (the link to the person who already has an identifier). */
  navigate: (url: string) => void;
  /** After saving, with a message for the card; without one when cancelled. */
  onDone: (message?: string) => void;
}

interface Refusal {
  message: string;
  /** DUPLICATE_IDENTIFIER: the person who already has the identifier. */
  existingPersonId: string | null;
}

/**
 * "Ändra personuppgifter" (aktualisera personuppgifter): names, personnummer/samordningsnummer,
 * MiG individnummer, birth date and protected identity, pre-filled. Turning protected identity on or
 * off asks first. Only the fields that changed are sent; an identifier that belongs to another person
 * is refused with a link to that person. Render it only while open.
 */
export function PersonDataDialog({ person, navigate, onDone }: PersonDataDialogProps) {
  const id = useId();
  const [values, setValues] = useState<PersonDataValues>(() => personDataValuesOf(person));
  const [protectedIdentity, setProtectedIdentity] = useState(person.protectedIdentity);
  /** The value protected identity is about to get, while the user is asked. */
  const [confirmProtected, setConfirmProtected] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<PersonDataErrors>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const [{ fetching }, update] = useMutation(UPDATE_PERSON_MUTATION);
  const { formRef, focusFirstError } = useFocusFirstError();

  const set = (field: keyof PersonDataValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => without(e, field));
    setUnchanged(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    setRefusal(null);
    setUnchanged(false);
    const checked = checkPersonData(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError();
      return;
    }
    if (!checked.value.birthDate && person.birthDate && !checked.value.personalIdentityNumber) {
      setErrors({ birthDate: 'Födelsedatumet kan inte tas bort. Skriv det som ÅÅÅÅ-MM-DD.' });
      focusFirstError();
      return;
    }
    setErrors({});
    const input = updateInputOf(person, checked.value, protectedIdentity);
    if (!changesSomething(input)) {
      setUnchanged(true);
      return;
    }
    const result = await update({ input });
    if (result.data?.updatePerson) {
      onDone(PERSON_DATA_SAVED);
      return;
    }
    if (!result.error) return;
    const duplicate = duplicateIdentifier(result.error);
    if (duplicate) {
      setErrors((FIELDS as readonly string[]).includes(duplicate.field) ? { [duplicate.field]: DUPLICATE_FIELD_MESSAGE } : {});
      setRefusal({ message: duplicate.message, existingPersonId: duplicate.existingPersonId });
      return;
    }
    const problems = mutationProblems(result.error);
    const fieldErrors: PersonDataErrors = {};
    for (const [field, message] of Object.entries(problems.fields)) if ((FIELDS as readonly string[]).includes(field)) fieldErrors[field as keyof PersonDataValues] = message;
    setErrors(fieldErrors);
    focusFirstError();
    if (Object.keys(fieldErrors).length === 0) setRefusal({ message: graphqlErrorText(result.error, 'Personregistret svarar inte just nu. Försök igen om en stund.'), existingPersonId: null });
  };

  const turningOn = confirmProtected === true;

  return (
    <FormDialog title="Ändra personuppgifter" onClose={() => onDone()} isBusy={fetching} data-testid="person-data-dialog">
      <form ref={formRef} className="person-data__form" onSubmit={(e) => void submit(e)} noValidate aria-label="Ändra personuppgifter">
        {refusal && (
          <Alert tone="error" title="Personuppgifterna kunde inte sparas" data-testid="person-data-refusal">
            <p>{refusal.message}</p>
            {refusal.existingPersonId && (
              <p>
                <AppLink
                  href={personCardUrl(refusal.existingPersonId)}
                  onNavigate={(href) => {
                    onDone();
                    navigate(href);
                  }}
                >
                  Öppna den personen
                </AppLink>
              </p>
            )}
          </Alert>
        )}
        <TextField label={FIRST_NAME_LABEL} value={values.firstName} onChange={set('firstName')} autoComplete="off" isRequired errorMessage={errors.firstName} />
        <TextField label={LAST_NAME_LABEL} value={values.lastName} onChange={set('lastName')} autoComplete="off" isRequired errorMessage={errors.lastName} />
        <TextField
          label={IDENTITY_NUMBER_LABEL}
          description="10 eller 12 siffror. Töm fältet för att ta bort numret; då måste individnummer (MiG) finnas."
          value={values.personalIdentityNumber}
          onChange={set('personalIdentityNumber')}
          inputMode="numeric"
          autoComplete="off"
          errorMessage={errors.personalIdentityNumber}
        />
        <TextField
          label={MIG_LABEL}
          description="7 eller 8 siffror. Töm fältet för att ta bort numret; då måste personnummer/samordningsnummer finnas."
          value={values.migIndividualNumber}
          onChange={set('migIndividualNumber')}
          inputMode="numeric"
          autoComplete="off"
          errorMessage={errors.migIndividualNumber}
        />
        <TextField
          label={BIRTH_DATE_LABEL}
          description="ÅÅÅÅ-MM-DD. Följer ett nytt personnummer om du inte ändrar det här."
          value={values.birthDate}
          onChange={set('birthDate')}
          inputMode="numeric"
          autoComplete="off"
          errorMessage={errors.birthDate}
        />
        <div>
          <label className="person-data__checkbox">
            <input
              type="checkbox"
              checked={protectedIdentity}
              onChange={(e) => setConfirmProtected(e.target.checked)}
              disabled={fetching}
              aria-describedby={`${id}-protected-help`}
              data-testid="protected-identity-checkbox"
            />
            {PROTECTED_IDENTITY_TEXT}
          </label>
          <p id={`${id}-protected-help`} className="sb-field__description">
            Namn, personnummer, födelsedatum och adress visas då bara för samordnare och administratörer.
          </p>
        </div>
        {unchanged && <Alert tone="info" title={NOTHING_CHANGED} data-testid="person-data-unchanged" />}
        <DialogActions submitLabel="Spara personuppgifter" onCancel={() => onDone()} busy={fetching} />
      </form>
      <ConfirmDialog
        isOpen={confirmProtected !== null}
        title={turningOn ? 'Markera skyddad identitet?' : 'Ta bort skyddad identitet?'}
        confirmLabel={turningOn ? 'Ja, markera skyddad identitet' : 'Ja, ta bort skyddad identitet'}
        onConfirm={() => {
          setProtectedIdentity(confirmProtected ?? protectedIdentity);
          setConfirmProtected(null);
          setUnchanged(false);
        }}
        onCancel={() => setConfirmProtected(null)}
        tone={turningOn ? 'primary' : 'danger'}
        data-testid="protected-identity-confirm"
      >
        {turningOn ? (
          <p>
            {person.fullName} markeras med skyddad identitet. Namn, personnummer, födelsedatum och adress visas då bara för samordnare och administratörer. Ändringen sparas när du
            sparar personuppgifterna.
          </p>
        ) : (
          <p>
            Skyddad identitet tas bort för {person.fullName}. Personens uppgifter visas då för alla som får se personen, även handläggare i stadsdelen. Ändringen sparas när du sparar
            personuppgifterna.
          </p>
        )}
      </ConfirmDialog>
    </FormDialog>
  );
}
