import { DISTRICT_ROLES } from '@statsbidrag/domain';
import { Alert, Badge, Button, DataTable, ErrorMessage, Select, Spinner, formatDateTime, type DataTableColumn, graphqlErrorText } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldErrorsOf } from '../field-errors.js';
import { DEFAULT_OFFICERS_QUERY, SET_DEFAULT_OFFICER_MUTATION, type DefaultOfficerRow } from '../graphql/organisation-admin.graphql.js';
import { STAFF_MEMBERS_QUERY, type StaffMembersVariables } from '../graphql/organisation.graphql.js';
import { FormDialog } from './form-dialog.js';
import { OrganisationHistory } from './organisation-history.js';

export const GRANTS_TEAM = 'Statsbidragsgruppen';
const GRANTS_TEAM_KEY = 'STATSBIDRAGSGRUPPEN';
const DEFAULT_OFFICER_FIELD_LABELS = { officerUsername: 'Standardhandläggare' };

/** "Standardhandläggare": who a new claim of each claim type (återsökningstyp) goes to – an AmF officer or Statsbidragsgruppen. */
export function DefaultOfficersSection() {
  const context = useMemo(() => ({ additionalTypenames: ['ClaimTypeDefaultOfficer'] }), []);
  const [{ data, error }, reexecute] = useQuery({ query: DEFAULT_OFFICERS_QUERY, context });
  const [editing, setEditing] = useState<DefaultOfficerRow | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const columns = useMemo<DataTableColumn<DefaultOfficerRow>[]>(
    () => [
      { id: 'code', label: 'Kod', text: (r) => r.claimTypeCode, allowsSorting: true },
      { id: 'name', label: 'Återsökningstyp', text: (r) => r.claimType.name, isRowHeader: true, allowsSorting: true },
      { id: 'group', label: 'Grupp', text: (r) => r.claimType.groupName, allowsSorting: true },
      {
        id: 'assignee',
        label: 'Standardhandläggare',
        text: (r) => r.assigneeName,
        render: (r) => (r.grantsTeam ? <Badge>{GRANTS_TEAM}</Badge> : r.assigneeName),
        allowsSorting: true,
        cellTestId: 'default-officer-assignee',
      },
      { id: 'updated', label: 'Senast ändrad', text: (r) => (r.updatedAt ? `${formatDateTime(r.updatedAt)} av ${r.updatedBy ?? ''}` : '') },
      {
        id: 'action',
        label: 'Åtgärd',
        text: () => '',
        render: (r) => (
          <Button
            variant="secondary"
            aria-label={`Byt standardhandläggare för ${r.claimTypeCode}`}
            onPress={() => {
              setDone(null);
              setEditing(r);
            }}
          >
            Byt
          </Button>
        ),
      },
    ],
    [],
  );

  return (
    <section aria-labelledby="default-officers-heading">
      <h2 id="default-officers-heading">Standardhandläggare per återsökningstyp</h2>
      <p>Nya återsökningar av en typ går till standardhandläggaren. Utan vald handläggare går de till {GRANTS_TEAM} som helhet.</p>
      {done && <Alert tone="success" title={done} data-testid="default-officer-saved" />}
      {error && !data ? (
        <ErrorMessage title="Standardhandläggarna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar standardhandläggare…" />
      ) : (
        <DataTable label="Standardhandläggare per återsökningstyp" columns={columns} rows={data.defaultOfficers} getRowId={(r) => r.claimTypeCode} emptyText="Det finns inga återsökningstyper." rowTestId="default-officer-row" filterable />
      )}
      <FormDialog isOpen={editing !== null} title={`Standardhandläggare för ${editing?.claimTypeCode ?? ''}`} onClose={() => setEditing(null)} data-testid="default-officer-dialog">
        {editing && (
          <DefaultOfficerForm
            key={editing.claimTypeCode}
            row={editing}
            onDone={(message) => {
              setEditing(null);
              if (message) setDone(message);
            }}
          />
        )}
      </FormDialog>
      <OrganisationHistory entityType="DEFAULT_OFFICER" fieldLabels={DEFAULT_OFFICER_FIELD_LABELS} title="Ändringshistorik för standardhandläggare" />
    </section>
  );
}

function DefaultOfficerForm({ row, onDone }: { row: DefaultOfficerRow; onDone: (message?: string) => void }) {
  const variables = useMemo<StaffMembersVariables>(() => ({ filter: {}, first: 500, after: null }), []);
  const [{ data, error }] = useQuery({ query: STAFF_MEMBERS_QUERY, variables });
  const [selected, setSelected] = useState<string>(row.officer?.username ?? GRANTS_TEAM_KEY);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching }, setOfficer] = useMutation(SET_DEFAULT_OFFICER_MUTATION);
  // AmF staff only: active members without a district role.
  const options = [
    { id: GRANTS_TEAM_KEY, label: GRANTS_TEAM },
    ...(data?.staffMembers.edges ?? [])
      .map((e) => e.node)
      .filter((m) => m.active && !m.roles.some((r) => DISTRICT_ROLES.includes(r)))
      .map((m) => ({ id: m.username, label: `${m.name} (${m.username})` })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    setGeneral(null);
    const username = selected === GRANTS_TEAM_KEY ? null : selected;
    const result = await setOfficer({ input: { claimTypeCode: row.claimTypeCode, username } });
    if (result.data?.setDefaultOfficer) {
      onDone(`${row.claimTypeCode} går nu till ${result.data.setDefaultOfficer.assigneeName}.`);
    } else if (result.error) {
      const { fields, general: message } = fieldErrorsOf(result.error);
      setFieldError(fields.username ?? fields.claimTypeCode ?? null);
      setGeneral(message);
    }
  };

  return (
    <form className="organisation__form" onSubmit={submit} noValidate aria-label={`Standardhandläggare för ${row.claimTypeCode}`}>
      <p>
        {row.claimTypeCode} – {row.claimType.name}
      </p>
      {error && !data ? (
        <ErrorMessage title="Personalen kunde inte hämtas">
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar personal…" />
      ) : (
        <div>
          <Select
            label="Standardhandläggare"
            description={`Aktiva medarbetare på AmF, eller ${GRANTS_TEAM} som helhet.`}
            options={options}
            selectedKey={selected}
            onSelectionChange={(key) => setSelected(key ?? GRANTS_TEAM_KEY)}
            isDisabled={fetching}
            data-testid="default-officer-select"
          />
          {fieldError && (
            <p className="sb-field__error" role="alert" data-testid="default-officer-error">
              {fieldError}
            </p>
          )}
        </div>
      )}
      <div className="sb-dialog__actions">
        <Button type="submit" isDisabled={fetching || !data}>
          Spara standardhandläggare
        </Button>
        <Button variant="secondary" onPress={() => onDone()} isDisabled={fetching}>
          Avbryt
        </Button>
      </div>
      {fetching && <Spinner label="Sparar…" />}
      {general && (
        <ErrorMessage title="Standardhandläggaren kunde inte sparas">
          <p>{general}</p>
        </ErrorMessage>
      )}
    </form>
  );
}
