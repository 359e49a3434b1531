import { Role } from '@statsbidrag/domain';
import { Alert, Button, DataTable, ErrorMessage, formatDate, formatDateTime, Select, Spinner, TextField, type DataTableColumn, graphqlErrorText } from '@statsbidrag/ui';
import type { Viewer } from '@statsbidrag/ui/host';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { checkChildReportForm, childReportServerErrors as serverFieldErrors, type ChildReportFieldErrors as FieldErrors } from '@statsbidrag/ui';
import { REPORT_CHILD_RESPONSIBILITY_MUTATION, SDF_CHILD_REPORTS_QUERY, SDF_DISTRICT_UNITS_QUERY, type SdfChildReport } from './child-reports.graphql.js';
import { ChildReportEditDialog } from './components/child-report-edit-dialog.js';

/** Roles that may correct a report of their own district (the API also lets AmF do it, in the portal). */
export const CHILD_REPORT_EDITOR_ROLES: readonly string[] = [Role.DISTRICT_OFFICER, Role.DISTRICT_CONTACT];

const columns: DataTableColumn<SdfChildReport>[] = [
  { id: 'name', label: 'Barnets namn', text: (r) => r.fullName, isRowHeader: true, allowsSorting: true, cellTestId: 'child-report-name' },
  { id: 'birthDate', label: 'Födelsedatum', text: (r) => formatDate(r.birthDate), allowsSorting: true },
  { id: 'status', label: 'Status', text: (r) => r.statusLabel, allowsSorting: true },
  { id: 'createdAt', label: 'Inkommen', text: (r) => formatDateTime(r.createdAt), sortValue: (r) => r.createdAt, allowsSorting: true },
  { id: 'officer', label: 'Handläggare', text: (r) => r.officerUsername },
];

/** The district's reports about asylum-seeking children, the form to report a new one, and corrections of a report. */
export function ChildReportsPage({ viewer }: { viewer: Pick<Viewer, 'districts' | 'roles'> }) {
  const district = viewer.districts[0];
  const canEdit = viewer.roles.some((role) => CHILD_REPORT_EDITOR_ROLES.includes(role));
  const variables = useMemo(() => ({ filter: district ? { districtCode: district.code } : {}, first: 200 }), [district]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SDF_CHILD_REPORTS_QUERY, variables, requestPolicy: 'cache-and-network', pause: !district });
  const rows = data?.childResponsibilityReports.edges.map((e) => e.node) ?? [];
  const [editing, setEditing] = useState<SdfChildReport | null>(null);
  const [saved, setSaved] = useState<string>();

  const tableColumns = useMemo<DataTableColumn<SdfChildReport>[]>(
    () =>
      canEdit
        ? [
            ...columns,
            {
              id: 'action',
              label: 'Åtgärd',
              text: () => '',
              render: (r) => (
                <Button
                  variant="secondary"
                  aria-label={`Ändra uppgifter för ${r.fullName}`}
                  onPress={() => {
                    setSaved(undefined);
                    setEditing(r);
                  }}
                >
                  Ändra uppgifter
                </Button>
              ),
            },
          ]
        : columns,
    [canEdit],
  );

  if (!district) {
    return (
      <section aria-labelledby="child-reports-heading">
        <h1 id="child-reports-heading">Barnanmälningar</h1>
        <Alert tone="warning" title="Du är inte kopplad till någon stadsdel">
          Kontakta systemförvaltningen.
        </Alert>
      </section>
    );
  }
  return (
    <section aria-labelledby="child-reports-heading">
      <h1 id="child-reports-heading">Barnanmälningar</h1>
      <ChildReportForm district={district} onReported={() => reexecute({ requestPolicy: 'network-only' })} />
      <h2>Stadsdelens anmälningar ({district.name})</h2>
      {saved && <Alert tone="success" title={saved} data-testid="child-report-edit-success" />}
      {fetching && !data && <Spinner label="Laddar anmälningar…" />}
      {error && !data && (
        <ErrorMessage title="Anmälningarna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>Försök igen om en stund.</p>
        </ErrorMessage>
      )}
      {data && <DataTable label="Stadsdelens barnanmälningar" columns={tableColumns} rows={rows} getRowId={(r) => r.id} emptyText="Inga anmälningar ännu." rowTestId="child-report-row" />}
      {editing && (
        <ChildReportEditDialog
          key={editing.id}
          report={editing}
          districtCode={district.code}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setSaved(message);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </section>
  );
}

function ChildReportForm({ district, onReported }: { district: { code: string; name: string }; onReported: () => void }) {
  const [{ data: districtData }] = useQuery({ query: SDF_DISTRICT_UNITS_QUERY, variables: {} });
  const units = districtData?.districts?.find((d) => d.code === district.code)?.units ?? [];
  const [state, report] = useMutation(REPORT_CHILD_RESPONSIBILITY_MUTATION);
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [mig, setMig] = useState('');
  const [question, setQuestion] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [success, setSuccess] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSuccess(false);
    setFormError(undefined);
    const checked = checkChildReportForm({ unitCode, firstName, lastName, birthDate, migIndividualNumber: mig, question });
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    const { unitCode: unit, migIndividualNumber, question: questionValue, ...required } = checked.value;
    const result = await report({
      input: {
        districtCode: district.code,
        ...(unit ? { unitCode: unit } : {}),
        ...required,
        ...(migIndividualNumber ? { migIndividualNumber } : {}),
        ...(questionValue ? { question: questionValue } : {}),
      },
    });
    if (result.error) {
      const fieldErrors = serverFieldErrors(result.error);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(graphqlErrorText(result.error, 'Tjänsten svarar inte just nu. Försök igen om en stund.'));
      return;
    }
    setSuccess(true);
    setUnitCode(null);
    setFirstName('');
    setLastName('');
    setBirthDate('');
    setMig('');
    setQuestion('');
    onReported();
  };

  return (
    <form aria-labelledby="child-report-form-heading" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="child-report-form-heading">Anmäl ansvar för asylsökande barn</h2>
      <p data-testid="child-report-district">Stadsdel: {district.name}</p>
      <Select label="Enhet" options={units.map((u) => ({ id: u.code, label: u.name }))} selectedKey={unitCode} onSelectionChange={setUnitCode} />
      {errors.unitCode && <p className="sb-field__error">{errors.unitCode}</p>}
      <TextField label="Barnets förnamn" value={firstName} onChange={setFirstName} errorMessage={errors.firstName} isRequired />
      <TextField label="Barnets efternamn" value={lastName} onChange={setLastName} errorMessage={errors.lastName} isRequired />
      <TextField label="Födelsedatum" description="ÅÅÅÅ-MM-DD" value={birthDate} onChange={setBirthDate} errorMessage={errors.birthDate} isRequired />
      <TextField label="MiG individnummer (valfritt)" description="7–8 siffror" inputMode="numeric" value={mig} onChange={setMig} errorMessage={errors.migIndividualNumber} />
      <TextField label="Fråga till Statsbidragsgruppen (valfri)" value={question} onChange={setQuestion} errorMessage={errors.question} maxLength={4000} />
      {success && <Alert tone="success" title="Anmälan är skickad till Statsbidragsgruppen." data-testid="child-report-success" />}
      {formError && (
        <Alert tone="error" title="Anmälan kunde inte skickas" data-testid="child-report-error">
          {formError}
        </Alert>
      )}
      <Button type="submit" isDisabled={state.fetching}>
        Skicka anmälan
      </Button>
    </form>
  );
}
