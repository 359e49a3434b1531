import { Alert, Badge, Button, ConfirmDialog, DataTable, ErrorMessage, Select, Spinner, TextField, type DataTableColumn, graphqlErrorText } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldErrorsOf } from '../field-errors.js';
import { CREATE_UNIT_MUTATION, DEACTIVATE_UNIT_MUTATION, DISTRICT_UNITS_QUERY, UPDATE_UNIT_MUTATION, type DistrictUnits, type UnitRow, type UnitValues } from '../graphql/organisation-admin.graphql.js';
import { FormDialog } from './form-dialog.js';
import { OrganisationHistory } from './organisation-history.js';

export const UNIT_FIELD_LABELS = { code: 'Kod', name: 'Namn', districtCode: 'Stadsdel', active: 'Aktiv' };

/** "Enheter": the units of one current district; add, rename, move to another district, deactivate (never delete). */
export function UnitsSection() {
  const context = useMemo(() => ({ additionalTypenames: ['Unit'] }), []);
  const [{ data, error }, reexecute] = useQuery({ query: DISTRICT_UNITS_QUERY, context });
  const [selected, setSelected] = useState<string | null>(null);
  const [form, setForm] = useState<UnitRow | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<UnitRow | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching: deactivatingNow }, deactivate] = useMutation(DEACTIVATE_UNIT_MUTATION);
  const districts = useMemo(() => data?.districts ?? [], [data]);
  const districtCode = selected ?? districts[0]?.code ?? null;
  const district = districts.find((d) => d.code === districtCode) ?? null;

  const confirmDeactivate = async () => {
    const unit = deactivating;
    setDeactivating(null);
    if (!unit) return;
    const result = await deactivate({ input: { code: unit.code } });
    if (result.data?.deactivateUnit) setDone(`${unit.name} är avvecklad.`);
    else if (result.error) setFailure(graphqlErrorText(result.error, 'Tjänsten svarar inte just nu. Försök igen om en stund.'));
  };

  const columns = useMemo<DataTableColumn<UnitRow>[]>(
    () => [
      { id: 'name', label: 'Enhet', text: (u) => u.name, isRowHeader: true, allowsSorting: true, cellTestId: 'unit-name' },
      { id: 'code', label: 'Kod', text: (u) => u.code, allowsSorting: true },
      { id: 'status', label: 'Status', text: (u) => (u.active ? 'Aktiv' : 'Avvecklad'), render: (u) => <Badge tone={u.active ? 'success' : 'neutral'}>{u.active ? 'Aktiv' : 'Avvecklad'}</Badge>, cellTestId: 'unit-status' },
      {
        id: 'action',
        label: 'Åtgärd',
        text: () => '',
        render: (u) =>
          u.active ? (
            <div className="sb-toolbar">
              <Button
                variant="secondary"
                aria-label={`Ändra ${u.name}`}
                onPress={() => {
                  setDone(null);
                  setForm(u);
                }}
              >
                Ändra
              </Button>
              <Button
                variant="danger"
                aria-label={`Avveckla ${u.name}`}
                onPress={() => {
                  setDone(null);
                  setFailure(null);
                  setDeactivating(u);
                }}
              >
                Avveckla
              </Button>
            </div>
          ) : (
            ''
          ),
      },
    ],
    [],
  );

  return (
    <section aria-labelledby="units-heading">
      <h2 id="units-heading">Enheter</h2>
      <p>Enheter tas aldrig bort eftersom ärenden hänvisar till dem; en avvecklad enhet finns kvar men kan inte väljas i nya ärenden.</p>
      {error && !data ? (
        <ErrorMessage title="Enheterna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar enheter…" />
      ) : (
        <>
          <div className="sb-toolbar organisation__toolbar">
            <Select
              label="Stadsdel"
              options={districts.map((d) => ({ id: d.code, label: d.name }))}
              selectedKey={districtCode}
              onSelectionChange={(key) => {
                setSelected(key);
                setDone(null);
              }}
              data-testid="units-district"
            />
            <span className="sb-toolbar__spacer" />
            <Button
              isDisabled={!district}
              onPress={() => {
                setDone(null);
                setForm('new');
              }}
            >
              Ny enhet
            </Button>
          </div>
          {done && <Alert tone="success" title={done} data-testid="unit-saved" />}
          {failure && (
            <ErrorMessage title="Enheten kunde inte avvecklas" data-testid="unit-error">
              <p>{failure}</p>
            </ErrorMessage>
          )}
          {district && (
            <DataTable label={`Enheter i ${district.name}`} columns={columns} rows={district.units} getRowId={(u) => u.code} emptyText="Stadsdelen har inga enheter." rowTestId="unit-row" />
          )}
          {deactivatingNow && <Spinner label="Avvecklar…" />}
        </>
      )}
      <FormDialog isOpen={form !== null} title={form === 'new' ? `Ny enhet i ${district?.name ?? ''}` : `Ändra ${form?.name ?? ''}`} onClose={() => setForm(null)} data-testid="unit-dialog">
        {form !== null && district && (
          <UnitForm
            key={form === 'new' ? 'new' : form.code}
            unit={form === 'new' ? null : form}
            districtCode={district.code}
            districts={districts}
            onDone={(message) => {
              setForm(null);
              if (message) setDone(message);
            }}
          />
        )}
      </FormDialog>
      <ConfirmDialog
        isOpen={deactivating !== null}
        title={`Avveckla ${deactivating?.name ?? ''}?`}
        confirmLabel="Avveckla"
        tone="danger"
        onConfirm={() => void confirmDeactivate()}
        onCancel={() => setDeactivating(null)}
        data-testid="unit-deactivate-confirm"
      >
        <p>Enheten finns kvar för tidigare ärenden men kan inte väljas i nya. Det går inte att ändra den efteråt.</p>
      </ConfirmDialog>
      <OrganisationHistory entityType="UNIT" fieldLabels={UNIT_FIELD_LABELS} title="Ändringshistorik för enheter" />
    </section>
  );
}

interface UnitFormProps {
  unit: UnitRow | null;
  /** The district a new unit is added to. */
  districtCode: string;
  districts: readonly Pick<DistrictUnits, 'code' | 'name'>[];
  onDone: (message?: string) => void;
}

/** Adds a unit (`createUnit`) or renames/moves one (`updateUnit`). */
function UnitForm({ unit, districtCode: initialDistrict, districts, onDone }: UnitFormProps) {
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [districtCode, setDistrictCode] = useState<string | null>(unit?.districtCode ?? initialDistrict);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CREATE_UNIT_MUTATION);
  const [{ fetching: updating }, update] = useMutation(UPDATE_UNIT_MUTATION);
  const fetching = creating || updating;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const problems: Record<string, string> = {};
    if (!code.trim()) problems.code = 'Fyll i kod.';
    else if (!/^[A-Za-z0-9][A-Za-z0-9_ ]{1,59}$/.test(code.trim())) problems.code = 'Koden ska ha 2–60 tecken: bokstäver A–Z, siffror eller understreck, t.ex. JARVA_IFO.';
    if (!name.trim()) problems.name = 'Fyll i namn.';
    if (!districtCode) problems.districtCode = 'Välj stadsdel.';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !districtCode) return;
    const input: UnitValues = { code: code.trim(), name: name.trim(), districtCode };
    const result = unit ? await update({ input }) : await create({ input });
    const data = result.data as { createUnit?: UnitRow; updateUnit?: UnitRow } | undefined;
    const saved = data?.updateUnit ?? data?.createUnit;
    if (saved) {
      const moved = unit && saved.districtCode !== unit.districtCode ? ` och flyttad till ${districts.find((d) => d.code === saved.districtCode)?.name ?? saved.districtCode}` : '';
      onDone(`${saved.name} är sparad${moved}.`);
    } else if (result.error) {
      const { fields, general: message } = fieldErrorsOf(result.error);
      setErrors(fields);
      setGeneral(message);
    }
  };

  return (
    <form className="organisation__form" onSubmit={submit} noValidate aria-label={unit ? `Ändra ${unit.name}` : 'Ny enhet'}>
      <TextField
        label="Kod"
        description="Bokstäver A–Z, siffror och understreck, t.ex. JARVA_IFO. Kan inte ändras."
        value={code}
        onChange={setCode}
        isRequired
        isReadOnly={unit !== null}
        errorMessage={errors.code}
        isDisabled={fetching}
      />
      <TextField label="Namn" value={name} onChange={setName} isRequired errorMessage={errors.name} isDisabled={fetching} />
      <div>
        <Select
          label="Stadsdel"
          description={unit ? 'Välj en annan stadsdel för att flytta enheten.' : undefined}
          options={districts.map((d) => ({ id: d.code, label: d.name }))}
          selectedKey={districtCode}
          onSelectionChange={setDistrictCode}
          isDisabled={fetching}
          data-testid="unit-district"
        />
        {errors.districtCode && (
          <p className="sb-field__error" role="alert">
            {errors.districtCode}
          </p>
        )}
      </div>
      <div className="sb-dialog__actions">
        <Button type="submit" isDisabled={fetching}>
          Spara enhet
        </Button>
        <Button variant="secondary" onPress={() => onDone()} isDisabled={fetching}>
          Avbryt
        </Button>
      </div>
      {fetching && <Spinner label="Sparar…" />}
      {general && (
        <ErrorMessage title="Enheten kunde inte sparas">
          <p>{general}</p>
        </ErrorMessage>
      )}
    </form>
  );
}
