import { Alert, Badge, Button, DataTable, ErrorMessage, ExportCsvButton, Select, Spinner, TextField, csvColumnsOf, formatCount, parseDateInput, todayForFilename, type DataTableColumn, graphqlErrorText } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldErrorsOf } from '../field-errors.js';
import {
  COMPENSATION_TYPES_QUERY,
  CREATE_COMPENSATION_TYPE_MUTATION,
  UPDATE_COMPENSATION_TYPE_MUTATION,
  type CompensationTypeFilter,
  type CompensationTypeRow,
  type CompensationTypeValues,
} from '../graphql/organisation-admin.graphql.js';
import { FormDialog } from './form-dialog.js';
import { OrganisationHistory } from './organisation-history.js';

const ALL = 'ALLA';
const WITH = 'MED';
const WITHOUT = 'UTAN';
const PAGE = 500;

export const COMPENSATION_TYPE_FIELD_LABELS = {
  code: 'Kod',
  groupCode: 'Gruppkod',
  groupName: 'Gruppnamn',
  name: 'Klartext',
  paidWithApplication: 'Betalning',
  validFrom: 'Giltig från',
  validTo: 'Giltig till',
};

export function paymentText(paidWithApplication: boolean): string {
  return paidWithApplication ? 'Efter ansökan' : 'Utan ansökan (schablon)';
}

/** "Ersättningskoder": MiG's code table – filter, sort, export to Excel (CSV), add and edit codes. */
export function CompensationTypesSection() {
  const context = useMemo(() => ({ additionalTypenames: ['CompensationType'] }), []);
  const [search, setSearch] = useState('');
  const [group, setGroup] = useState(ALL);
  const [payment, setPayment] = useState(ALL);
  const [validOn, setValidOn] = useState('');
  const [validOnError, setValidOnError] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState<CompensationTypeFilter>({});
  const [form, setForm] = useState<CompensationTypeRow | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const allVariables = useMemo(() => ({ filter: {}, first: PAGE }), []);
  const [{ data: all }] = useQuery({ query: COMPENSATION_TYPES_QUERY, variables: allVariables, context });
  const groups = useMemo(() => {
    const byCode = new Map((all?.compensationTypes.edges ?? []).map((e) => [e.node.group, e.node.groupName]));
    return [...byCode.entries()].sort((a, b) => a[0].localeCompare(b[0], 'sv'));
  }, [all]);
  const variables = useMemo(() => ({ filter, first: PAGE }), [filter]);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: COMPENSATION_TYPES_QUERY, variables, context });
  const rows = useMemo(() => data?.compensationTypes.edges.map((e) => e.node) ?? [], [data]);

  const columns = useMemo<DataTableColumn<CompensationTypeRow>[]>(
    () => [
      { id: 'code', label: 'Kod', text: (t) => t.code, isRowHeader: true, allowsSorting: true, cellTestId: 'compensation-type-code' },
      { id: 'group', label: 'Gruppkod', text: (t) => t.group, allowsSorting: true },
      { id: 'groupName', label: 'Grupp', text: (t) => t.groupName, allowsSorting: true },
      { id: 'name', label: 'Klartext', text: (t) => t.name, allowsSorting: true },
      {
        id: 'payment',
        label: 'Betalning',
        text: (t) => paymentText(t.paidWithApplication),
        render: (t) => <Badge tone={t.paidWithApplication ? 'neutral' : 'success'}>{paymentText(t.paidWithApplication)}</Badge>,
        allowsSorting: true,
        cellTestId: 'compensation-type-payment',
      },
      { id: 'recovery', label: 'Återkrav', text: (t) => (t.isRecovery ? 'Ja' : 'Nej'), allowsSorting: true },
      { id: 'validFrom', label: 'Giltig från', text: (t) => t.validFrom, allowsSorting: true },
      { id: 'validTo', label: 'Giltig till', text: (t) => t.validTo ?? '', sortValue: (t) => t.validTo ?? '9999-12-31', allowsSorting: true },
    ],
    [],
  );
  const withAction = useMemo<DataTableColumn<CompensationTypeRow>[]>(
    () => [
      ...columns,
      {
        id: 'action',
        label: 'Åtgärd',
        text: () => '',
        render: (t) => (
          <Button
            variant="secondary"
            aria-label={`Ändra ${t.code}`}
            onPress={() => {
              setDone(null);
              setForm(t);
            }}
          >
            Ändra
          </Button>
        ),
      },
    ],
    [columns],
  );
  const csvColumns = useMemo(() => csvColumnsOf(columns), [columns]);

  const submitFilter = (event: FormEvent) => {
    event.preventDefault();
    const date = parseDateInput(validOn, { label: 'Gäller datum' });
    setValidOnError(date.ok ? undefined : date.message);
    if (!date.ok) return;
    setFilter({
      search: search.trim() || null,
      group: group === ALL ? null : group,
      paidWithApplication: payment === ALL ? null : payment === WITH,
      validOn: date.value || null,
    });
  };

  return (
    <section aria-labelledby="compensation-types-heading">
      <h2 id="compensation-types-heading">Ersättningskoder</h2>
      <p>Migrationsverkets koder för statlig ersättning (grupp, kod, klartext) och om ersättningen betalas efter ansökan eller utan ansökan (schablon).</p>
      <form className="sb-toolbar organisation__toolbar" onSubmit={submitFilter} noValidate aria-label="Sök ersättningskoder">
        <TextField label="Sök på kod, klartext eller grupp" value={search} onChange={setSearch} />
        <Select
          label="Grupp"
          options={[{ id: ALL, label: 'Alla grupper' }, ...groups.map(([code, name]) => ({ id: code, label: `${code} – ${name}` }))]}
          selectedKey={group}
          onSelectionChange={(key) => setGroup(key ?? ALL)}
          data-testid="compensation-type-group-filter"
        />
        <Select
          label="Betalning"
          options={[
            { id: ALL, label: 'Alla' },
            { id: WITH, label: 'Efter ansökan' },
            { id: WITHOUT, label: 'Utan ansökan (schablon)' },
          ]}
          selectedKey={payment}
          onSelectionChange={(key) => setPayment(key ?? ALL)}
          data-testid="compensation-type-payment-filter"
        />
        <TextField label="Gäller datum" description="ÅÅÅÅ-MM-DD." value={validOn} onChange={setValidOn} errorMessage={validOnError} />
        <Button type="submit">Sök</Button>
        <span className="sb-toolbar__spacer" />
        <Button
          variant="secondary"
          onPress={() => {
            setDone(null);
            setForm('new');
          }}
        >
          Ny ersättningskod
        </Button>
      </form>
      {done && <Alert tone="success" title={done} data-testid="compensation-type-saved" />}
      {error && !data ? (
        <ErrorMessage title="Ersättningskoderna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar ersättningskoder…" />
      ) : (
        <div aria-busy={fetching}>
          <div className="sb-toolbar">
            <p className="sb-muted" aria-live="polite" data-testid="compensation-type-count">
              {formatCount(data.compensationTypes.totalCount)} koder
            </p>
            <span className="sb-toolbar__spacer" />
            <ExportCsvButton filename={`ersattningskoder-${todayForFilename()}`} columns={csvColumns} rows={rows} />
          </div>
          <DataTable label="Ersättningskoder" columns={withAction} rows={rows} getRowId={(t) => t.code} emptyText="Ingen ersättningskod matchar urvalet." rowTestId="compensation-type-row" />
        </div>
      )}
      <FormDialog isOpen={form !== null} title={form === 'new' ? 'Ny ersättningskod' : `Ändra ${form?.code ?? ''}`} onClose={() => setForm(null)} data-testid="compensation-type-dialog">
        {form !== null && (
          <CompensationTypeForm
            key={form === 'new' ? 'new' : form.code}
            type={form === 'new' ? null : form}
            onDone={(message) => {
              setForm(null);
              if (message) setDone(message);
            }}
          />
        )}
      </FormDialog>
      <OrganisationHistory entityType="COMPENSATION_TYPE" fieldLabels={COMPENSATION_TYPE_FIELD_LABELS} title="Ändringshistorik för ersättningskoder" />
    </section>
  );
}

/** Adds (`createCompensationType`) or edits (`updateCompensationType`) a code. */
function CompensationTypeForm({ type, onDone }: { type: CompensationTypeRow | null; onDone: (message?: string) => void }) {
  const [code, setCode] = useState(type?.code ?? '');
  const [group, setGroup] = useState(type?.group ?? '');
  const [groupName, setGroupName] = useState(type?.groupName ?? '');
  const [name, setName] = useState(type?.name ?? '');
  const [payment, setPayment] = useState(type ? (type.paidWithApplication ? WITH : WITHOUT) : WITH);
  const [validFrom, setValidFrom] = useState(type?.validFrom ?? '');
  const [validTo, setValidTo] = useState(type?.validTo ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CREATE_COMPENSATION_TYPE_MUTATION);
  const [{ fetching: updating }, update] = useMutation(UPDATE_COMPENSATION_TYPE_MUTATION);
  const fetching = creating || updating;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const problems: Record<string, string> = {};
    const normalisedCode = code.trim().toUpperCase();
    if (!normalisedCode) problems.code = 'Fyll i kod.';
    else if (normalisedCode.length > 12 || !/^[A-ZÅÄÖ0-9]+(-[A-ZÅÄÖ0-9]+)*$/.test(normalisedCode)) problems.code = 'Koden ska ha högst 12 tecken: bokstäver och siffror, delar åtskilda med bindestreck.';
    if (!group.trim()) problems.group = 'Fyll i gruppkod.';
    if (!groupName.trim()) problems.groupName = 'Fyll i gruppnamn.';
    if (!name.trim()) problems.name = 'Fyll i klartext.';
    const from = parseDateInput(validFrom, { label: 'Giltig från' });
    const to = parseDateInput(validTo, { label: 'Giltig till' });
    if (!from.ok) problems.validFrom = from.message;
    else if (!from.value) problems.validFrom = 'Fyll i giltig från.';
    if (!to.ok) problems.validTo = to.message;
    else if (from.ok && from.value && to.value && to.value < from.value) problems.validTo = 'Giltig till kan inte vara före giltig från.';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !from.ok || !to.ok) return;
    const input: CompensationTypeValues = {
      code: normalisedCode,
      group: group.trim(),
      groupName: groupName.trim(),
      name: name.trim(),
      paidWithApplication: payment === WITH,
      validFrom: from.value,
      validTo: to.value || null,
    };
    const result = type ? await update({ input }) : await create({ input });
    const data = result.data as { createCompensationType?: CompensationTypeRow; updateCompensationType?: CompensationTypeRow } | undefined;
    const saved = data?.updateCompensationType ?? data?.createCompensationType;
    if (saved) onDone(`Ersättningskoden ${saved.code} är sparad.`);
    else if (result.error) {
      const { fields, general: message } = fieldErrorsOf(result.error);
      setErrors(fields);
      setGeneral(message);
    }
  };

  return (
    <form className="organisation__form" onSubmit={submit} noValidate aria-label={type ? `Ändra ${type.code}` : 'Ny ersättningskod'}>
      <TextField label="Kod" description="T.ex. GSKA, BUV-A eller Å-FSK (återkrav). Kan inte ändras." value={code} onChange={setCode} isRequired isReadOnly={type !== null} errorMessage={errors.code} isDisabled={fetching} />
      <TextField label="Gruppkod" description="T.ex. SKOLA." value={group} onChange={setGroup} isRequired errorMessage={errors.group} isDisabled={fetching} />
      <TextField label="Gruppnamn" value={groupName} onChange={setGroupName} isRequired errorMessage={errors.groupName} isDisabled={fetching} />
      <TextField label="Klartext" value={name} onChange={setName} isRequired errorMessage={errors.name} isDisabled={fetching} />
      <div>
        <Select
          label="Betalning"
          options={[
            { id: WITH, label: 'Efter ansökan (återsökning)' },
            { id: WITHOUT, label: 'Utan ansökan (schablon)' },
          ]}
          selectedKey={payment}
          onSelectionChange={(key) => setPayment(key ?? WITH)}
          isDisabled={fetching}
          data-testid="compensation-type-payment"
        />
        {errors.paidWithApplication && (
          <p className="sb-field__error" role="alert">
            {errors.paidWithApplication}
          </p>
        )}
      </div>
      <TextField label="Giltig från" description="ÅÅÅÅ-MM-DD." value={validFrom} onChange={setValidFrom} isRequired errorMessage={errors.validFrom} isDisabled={fetching} />
      <TextField label="Giltig till" description="ÅÅÅÅ-MM-DD. Tomt = tills vidare." value={validTo} onChange={setValidTo} errorMessage={errors.validTo} isDisabled={fetching} />
      <div className="sb-dialog__actions">
        <Button type="submit" isDisabled={fetching}>
          Spara ersättningskod
        </Button>
        <Button variant="secondary" onPress={() => onDone()} isDisabled={fetching}>
          Avbryt
        </Button>
      </div>
      {fetching && <Spinner label="Sparar…" />}
      {general && (
        <ErrorMessage title="Ersättningskoden kunde inte sparas">
          <p>{general}</p>
        </ErrorMessage>
      )}
    </form>
  );
}
