import { Button, ErrorMessage, Select, Spinner, TextField, parseDateInput } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldErrorsOf } from '../field-errors.js';
import { CREATE_DISTRICT_MUTATION, UPDATE_DISTRICT_MUTATION, type DistrictRegisterRow, type DistrictValues } from '../graphql/organisation-admin.graphql.js';

export interface DistrictFormProps {
  /** The district to edit; null adds a new one. */
  district: DistrictRegisterRow | null;
  /** Every district (for the successor). */
  districts: readonly DistrictRegisterRow[];
  /** Called with a success message after saving, or without when cancelled. */
  onDone: (message?: string) => void;
}

const NO_SUCCESSOR = 'INGEN';

/** Adds (`createDistrict`) or edits (`updateDistrict`) a district: name, validity and successor. */
export function DistrictForm({ district, districts, onDone }: DistrictFormProps) {
  const [code, setCode] = useState(district?.code ?? '');
  const [name, setName] = useState(district?.name ?? '');
  const [validFrom, setValidFrom] = useState(district?.validFrom ?? '');
  const [validTo, setValidTo] = useState(district?.validTo ?? '');
  const [successorCode, setSuccessorCode] = useState<string>(district?.successor?.code ?? NO_SUCCESSOR);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CREATE_DISTRICT_MUTATION);
  const [{ fetching: updating }, update] = useMutation(UPDATE_DISTRICT_MUTATION);
  const fetching = creating || updating;

  const successorOptions = [
    { id: NO_SUCCESSOR, label: 'Ingen efterträdare' },
    ...districts.filter((d) => d.code !== district?.code).map((d) => ({ id: d.code, label: `${d.name} (${d.validFrom} – ${d.validTo ?? 'tills vidare'})` })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const problems: Record<string, string> = {};
    if (!code.trim()) problems.code = 'Fyll i kod.';
    else if (!/^[A-Za-z][A-Za-z0-9_ ]{1,39}$/.test(code.trim())) problems.code = 'Koden ska ha 2–40 tecken: bokstäver A–Z, siffror eller understreck, t.ex. NORRA_INNERSTADEN.';
    if (!name.trim()) problems.name = 'Fyll i namn.';
    const from = parseDateInput(validFrom, { label: 'Giltig från' });
    const to = parseDateInput(validTo, { label: 'Giltig till' });
    if (!from.ok) problems.validFrom = from.message;
    else if (!from.value) problems.validFrom = 'Fyll i giltig från.';
    if (!to.ok) problems.validTo = to.message;
    else if (from.ok && to.value && from.value && to.value < from.value) problems.validTo = 'Giltig till kan inte vara före giltig från.';
    else if (successorCode !== NO_SUCCESSOR && to.ok && !to.value) problems.validTo = 'En stadsdel med efterträdare måste ha ett slutdatum.';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !from.ok || !to.ok) return;
    const input: DistrictValues = { code: code.trim(), name: name.trim(), validFrom: from.value, validTo: to.value || null, successorCode: successorCode === NO_SUCCESSOR ? null : successorCode };
    const result = district ? await update({ input }) : await create({ input });
    const data = result.data as { updateDistrict?: DistrictRegisterRow; createDistrict?: DistrictRegisterRow } | undefined;
    const saved = data?.updateDistrict ?? data?.createDistrict;
    if (saved) onDone(`${saved.name} är sparad.`);
    else if (result.error) {
      const { fields, general: message } = fieldErrorsOf(result.error);
      setErrors(fields);
      setGeneral(message);
    }
  };

  return (
    <form className="organisation__form" onSubmit={submit} noValidate aria-label={district ? `Ändra ${district.name}` : 'Ny stadsdel'}>
      <TextField
        label="Kod"
        description="Versaler A–Z, siffror och understreck. Kan inte ändras."
        value={code}
        onChange={setCode}
        isRequired
        isReadOnly={district !== null}
        errorMessage={errors.code}
        isDisabled={fetching}
      />
      <TextField label="Namn" value={name} onChange={setName} isRequired errorMessage={errors.name} isDisabled={fetching} />
      <TextField label="Giltig från" description="ÅÅÅÅ-MM-DD." value={validFrom} onChange={setValidFrom} isRequired errorMessage={errors.validFrom} isDisabled={fetching} />
      <TextField
        label="Giltig till"
        description="ÅÅÅÅ-MM-DD. Tomt = tills vidare. Krävs om stadsdelen har en efterträdare."
        value={validTo}
        onChange={setValidTo}
        errorMessage={errors.validTo}
        isDisabled={fetching}
      />
      <div>
        <Select
          label="Efterträdare"
          description="Stadsdelen som tar över; den ska gälla dagen efter giltig till."
          options={successorOptions}
          selectedKey={successorCode}
          onSelectionChange={(key) => setSuccessorCode(key ?? NO_SUCCESSOR)}
          isDisabled={fetching}
          data-testid="district-successor"
        />
        {errors.successorCode && (
          <p className="sb-field__error" role="alert" data-testid="district-successor-error">
            {errors.successorCode}
          </p>
        )}
      </div>
      <div className="sb-dialog__actions">
        <Button type="submit" isDisabled={fetching}>
          Spara stadsdel
        </Button>
        <Button variant="secondary" onPress={() => onDone()} isDisabled={fetching}>
          Avbryt
        </Button>
      </div>
      {fetching && <Spinner label="Sparar…" />}
      {general && (
        <ErrorMessage title="Stadsdelen kunde inte sparas">
          <p>{general}</p>
        </ErrorMessage>
      )}
    </form>
  );
}
