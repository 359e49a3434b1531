import { Alert, Button, ConfirmDialog, Select, TextField, formatKronorPlain, graphqlErrorText, parseDateInput } from '@statsbidrag/ui';
import { useState } from 'react';
import { useClient, useMutation, type CombinedError } from 'urql';
import { parseKronor } from '../../proposals/excel/proposal-excel.js';
import { searchPersons, type FoundPerson } from '../../proposals/graphql/proposals.graphql.js';
import { UPDATE_CLAIM_DETAILS_MUTATION, type ClaimDetailField, type ClaimDetailsNode, type UpdateClaimDetailsInput } from '../graphql/claim-details.graphql.js';

type Field = 'unitCode' | 'officerUsername' | 'amount' | 'periodFrom' | 'periodTo' | 'claimTypeCode' | 'personId' | 'reason';
type Values = Record<Field, string>;
type Errors = Partial<Record<Field, string>>;

/** Which form field edits which detail (the server's `editableDetails` decide which are shown). */
const FIELD_OF: Partial<Record<ClaimDetailField, Field>> = {
  UNIT: 'unitCode',
  OFFICER: 'officerUsername',
  AMOUNT: 'amount',
  PERIOD_FROM: 'periodFrom',
  PERIOD_TO: 'periodTo',
  CLAIM_TYPE: 'claimTypeCode',
  PERSON: 'personId',
};

const LABELS: Record<Field, string> = {
  unitCode: 'Enhet',
  officerUsername: 'Handläggare SDF (användarnamn)',
  amount: 'Belopp i kronor',
  periodFrom: 'Period från',
  periodTo: 'Period till',
  claimTypeCode: 'Ersättningstyp',
  personId: 'Ny person',
  reason: 'Anledning (frivillig)',
};

export function initialValues(claim: ClaimDetailsNode): Values {
  return {
    unitCode: claim.unitCode ?? '',
    officerUsername: claim.officerUsername ?? '',
    amount: claim.amount == null ? '' : formatKronorPlain(claim.amount),
    periodFrom: claim.periodFrom ?? '',
    periodTo: claim.periodTo ?? '',
    claimTypeCode: claim.claimType.code,
    personId: '',
    reason: '',
  };
}

/** Checks the form and builds the input with only the changed details; `noChanges` when nothing changed. */
export function detailsInputOf(claim: ClaimDetailsNode, fields: readonly Field[], values: Values): { input?: UpdateClaimDetailsInput; errors: Errors; noChanges?: boolean } {
  const errors: Errors = {};
  const input: UpdateClaimDetailsInput = { claimId: claim.id };
  const before = initialValues(claim);
  let changed = false;
  for (const field of fields) {
    const value = values[field].trim();
    if (value === before[field].trim()) continue;
    if (field === 'amount') {
      const ore = parseKronor(value);
      if (ore === null) errors.amount = 'Ange beloppet.';
      else if (Number.isNaN(ore)) errors.amount = 'Skriv beloppet i kronor, till exempel 12 500 eller 12 500,50.';
      else if (ore <= 0) errors.amount = 'Beloppet måste vara större än noll.';
      else input.amount = ore;
    } else if (field === 'periodFrom' || field === 'periodTo') {
      const date = parseDateInput(value, { label: LABELS[field] });
      if (!date.ok) errors[field] = date.message;
      else if (!date.value) errors[field] = `Ange ${LABELS[field].toLowerCase()}.`;
      else input[field] = date.value;
    } else if (field === 'personId') {
      input.personId = value;
    } else if (field !== 'reason') {
      if (!value) errors[field] = `Ange ${LABELS[field].toLowerCase()}.`;
      else input[field] = value;
    }
    if (field !== 'reason') changed = true;
  }
  const from = input.periodFrom ?? claim.periodFrom;
  const to = input.periodTo ?? claim.periodTo;
  if (!errors.periodFrom && !errors.periodTo && from && to && from > to) errors.periodTo = 'Perioden måste sluta samma dag som den börjar eller senare.';
  if (values.reason.trim()) input.reason = values.reason.trim();
  if (Object.keys(errors).length) return { errors };
  if (!changed) return { errors: {}, noChanges: true };
  return { input, errors };
}

function serverErrors(error: CombinedError): Errors {
  const errors: Errors = {};
  const known = Object.keys(LABELS) as Field[];
  for (const e of error.graphQLErrors) {
    const problems = Array.isArray(e.extensions?.problems) ? (e.extensions.problems as { field: string; message: string }[]) : [];
    for (const p of problems) if (known.includes(p.field as Field)) errors[p.field as Field] ??= p.message;
    const field = e.extensions?.field;
    if (typeof field === 'string' && known.includes(field as Field)) errors[field as Field] ??= e.message;
  }
  return errors;
}

export interface ClaimDetailsDialogProps {
  claim: ClaimDetailsNode;
  claimTypes: { code: string; name: string }[];
  /** The district's officers and contacts to choose from; a username field when not known. */
  officers?: readonly { username: string; name: string }[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "Ändra uppgifter": the details the server says the viewer may change now, and a reason. */
export function ClaimDetailsDialog({ claim, claimTypes, officers = [], onClose, onDone }: ClaimDetailsDialogProps) {
  const fields: Field[] = [...new Set(claim.editableDetails.map((d) => FIELD_OF[d]).filter((f): f is Field => !!f)), 'reason'];
  const [values, setValues] = useState<Values>(() => initialValues(claim));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [{ fetching }, update] = useMutation(UPDATE_CLAIM_DETAILS_MUTATION);
  const set = (field: Field) => (value: string | null) => setValues((v) => ({ ...v, [field]: value ?? '' }));

  const submit = async () => {
    if (fetching) return;
    setFormError(undefined);
    const checked = detailsInputOf(claim, fields, values);
    setErrors(checked.errors);
    if (checked.noChanges) {
      setFormError('Inga ändringar att spara.');
      return;
    }
    if (!checked.input) return;
    const result = await update({ input: checked.input });
    if (result.error) {
      const fieldErrors = serverErrors(result.error);
      setErrors(fieldErrors);
      if (!Object.keys(fieldErrors).length) setFormError(graphqlErrorText(result.error, 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.'));
      return;
    }
    const status = result.data?.updateClaimDetails;
    onDone(status && status.status !== claim.status ? `Uppgifterna är sparade. Återsökningen har nu status "${status.statusLabel}".` : 'Uppgifterna är sparade.');
  };

  const client = useClient();
  const [personSearch, setPersonSearch] = useState('');
  const [persons, setPersons] = useState<FoundPerson[] | null>(null);
  const [personError, setPersonError] = useState<string>();
  const findPersons = async () => {
    setPersonError(undefined);
    if (personSearch.trim().length < 2) {
      setPersonError('Skriv minst två tecken av namn eller personnummer.');
      return;
    }
    const { persons: found, error } = await searchPersons(client, personSearch.trim(), 20);
    if (error) setPersonError(graphqlErrorText(error, 'Personsökningen svarar inte just nu. Försök igen om en stund.'));
    else setPersons(found);
  };
  const units = claim.district.units;
  return (
    <ConfirmDialog isOpen title="Ändra uppgifter" confirmLabel={fetching ? 'Sparar…' : 'Spara'} onConfirm={() => void submit()} onCancel={onClose} data-testid="claim-details-dialog">
      {formError && (
        <Alert tone="error" title="Inget sparades" data-testid="claim-details-error">
          <p>{formError}</p>
        </Alert>
      )}
      <form
        className="sb-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {fields.map((field) => {
          if (field === 'personId') {
            return (
              <fieldset key={field} className="sb-fieldset">
                <legend>Byt person</legend>
                <div className="sb-toolbar">
                  <TextField label="Sök person (namn eller personnummer)" value={personSearch} onChange={setPersonSearch} errorMessage={personError} data-testid="details-person-search" />
                  <Button variant="secondary" onPress={() => void findPersons()} data-testid="details-person-search-button">
                    Sök
                  </Button>
                </div>
                {persons !== null && persons.length === 0 && <p role="status">Ingen person hittades.</p>}
                {persons !== null && persons.length > 0 && (
                  <Select
                    label={LABELS.personId}
                    options={persons.map((p) => ({ id: p.id, label: `${p.fullName}${p.personalIdentityNumber ? ` (${p.personalIdentityNumber})` : ''}` }))}
                    selectedKey={values.personId || null}
                    onSelectionChange={set('personId')}
                    data-testid="details-field-personId"
                  />
                )}
                {errors.personId && (
                  <p className="sb-field__error" role="alert" data-testid="details-error-personId">
                    {errors.personId}
                  </p>
                )}
              </fieldset>
            );
          }
          const selectOptions =
            field === 'claimTypeCode'
              ? claimTypes.map((t) => ({ id: t.code, label: `${t.name} (${t.code})` }))
              : field === 'unitCode' && units.length
                ? units.map((u) => ({ id: u.code, label: u.name }))
                : field === 'officerUsername' && officers.length
                  ? officers.map((o) => ({ id: o.username, label: `${o.name} (${o.username})` }))
                  : null;
          return selectOptions ? (
            <div key={field}>
              <Select label={field === 'officerUsername' ? 'Handläggare SDF' : LABELS[field]} options={selectOptions} selectedKey={values[field] || null} onSelectionChange={set(field)}
                errorMessage={errors[field]}
                errorTestId={`details-error-${field}`}
                data-testid={`details-field-${field}`}
              />
            </div>
          ) : (
            <TextField
              key={field}
              label={LABELS[field]}
              name={field}
              value={values[field]}
              onChange={set(field)}
              errorMessage={errors[field]}
              description={field === 'periodFrom' || field === 'periodTo' ? 'ÅÅÅÅ-MM-DD' : field === 'amount' ? 'Till exempel 12 500 eller 12 500,50.' : undefined}
              data-testid={`details-field-${field}`}
            />
          );
        })}
      </form>
    </ConfirmDialog>
  );
}
