import { Role } from '@statsbidrag/domain';
import { Alert, Badge, Button, ConfirmDialog, DataTable, ErrorMessage, Select, Spinner, todayForFilename, type DataTableColumn, graphqlErrorText } from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DISTRICT_REGISTER_QUERY, type DistrictRegisterRow } from '../graphql/organisation-admin.graphql.js';
import { SET_DISTRICT_CONTACT_MUTATION, STAFF_MEMBERS_QUERY, type DistrictRow, type StaffMembersVariables } from '../graphql/organisation.graphql.js';
import { DistrictForm } from './district-form.js';
import { FormDialog } from './form-dialog.js';
import { OrganisationHistory } from './organisation-history.js';

const DISTRICT_FIELD_LABELS = {
  contact: 'Kontaktperson',
  contactUsername: 'Kontaktperson',
  name: 'Namn',
  code: 'Kod',
  validFrom: 'Giltig från',
  validTo: 'Giltig till',
  successorCode: 'Efterträdare',
};

function isCurrent(d: Pick<DistrictRegisterRow, 'validFrom' | 'validTo'>, today: string): boolean {
  return d.validFrom <= today && (d.validTo === null || d.validTo >= today);
}

function validityText(d: Pick<DistrictRegisterRow, 'validFrom' | 'validTo'>, today: string): string {
  if (d.validFrom > today) return `Från ${d.validFrom}`;
  if (d.validTo !== null && d.validTo < today) return 'Upphörd';
  return 'Gäller';
}

/**
 * "Stadsdelar": every district with its validity and successor (the 2023 merger) and the contact
 * person of the current ones; the system administrator adds and edits districts and changes contacts.
 */
export function DistrictsSection() {
  const [{ data, error }, reexecute] = useQuery({ query: DISTRICT_REGISTER_QUERY });
  const [editing, setEditing] = useState<DistrictRow | null>(null);
  const [form, setForm] = useState<DistrictRegisterRow | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const today = todayForFilename();

  const columns = useMemo<DataTableColumn<DistrictRegisterRow>[]>(
    () => [
      { id: 'name', label: 'Stadsdel', text: (d) => d.name, isRowHeader: true, allowsSorting: true },
      { id: 'code', label: 'Kod', text: (d) => d.code, allowsSorting: true },
      { id: 'validFrom', label: 'Giltig från', text: (d) => d.validFrom, allowsSorting: true },
      { id: 'validTo', label: 'Giltig till', text: (d) => d.validTo ?? 'Tills vidare', sortValue: (d) => d.validTo ?? '9999-12-31', allowsSorting: true },
      { id: 'status', label: 'Status', text: (d) => validityText(d, today), render: (d) => <Badge tone={isCurrent(d, today) ? 'success' : 'neutral'}>{validityText(d, today)}</Badge>, cellTestId: 'district-status' },
      { id: 'successor', label: 'Efterträdare', text: (d) => d.successor?.name ?? '', cellTestId: 'district-successor' },
      { id: 'contact', label: 'Kontaktperson', text: (d) => (isCurrent(d, today) ? (d.contact?.name ?? 'Ingen utsedd') : ''), cellTestId: 'district-contact' },
      { id: 'units', label: 'Enheter', text: (d) => d.units.map((u) => u.name).join(', ') },
      {
        id: 'action',
        label: 'Åtgärd',
        text: () => '',
        render: (d) => (
          <div className="sb-toolbar">
            <Button
              variant="secondary"
              aria-label={`Ändra ${d.name}`}
              onPress={() => {
                setDone(null);
                setForm(d);
              }}
            >
              Ändra
            </Button>
            {isCurrent(d, today) && (
              <Button
                variant="secondary"
                aria-label={`Byt kontaktperson för ${d.name}`}
                onPress={() => {
                  setDone(null);
                  setEditing(d);
                }}
              >
                Byt kontaktperson
              </Button>
            )}
          </div>
        ),
      },
    ],
    [today],
  );

  return (
    <section aria-labelledby="districts-heading">
      <h2 id="districts-heading">Stadsdelar</h2>
      <p>Stadsdelar med giltighetstid. En stadsdel som upphör pekar på den som tar över (t.ex. Rinkeby-Kista → Järva 2023-07-01).</p>
      <div className="sb-toolbar">
        <Button
          onPress={() => {
            setDone(null);
            setForm('new');
          }}
        >
          Ny stadsdel
        </Button>
      </div>
      {done && <Alert tone="success" title={done} data-testid="district-contact-saved" />}
      {error && !data ? (
        <ErrorMessage title="Stadsdelarna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar stadsdelar…" />
      ) : (
        <DataTable label="Stadsdelar" columns={columns} rows={data.districts} getRowId={(d) => d.code} emptyText="Det finns inga stadsdelar." rowTestId="district-row" filterable />
      )}
      <FormDialog isOpen={form !== null} title={form === 'new' ? 'Ny stadsdel' : `Ändra ${form?.name ?? ''}`} onClose={() => setForm(null)} data-testid="district-dialog">
        {form !== null && (
          <DistrictForm
            key={form === 'new' ? 'new' : form.code}
            district={form === 'new' ? null : form}
            districts={data?.districts ?? []}
            onDone={(message) => {
              setForm(null);
              if (message) setDone(message);
            }}
          />
        )}
      </FormDialog>
      {editing && (
        <ChangeDistrictContact
          key={editing.code}
          district={editing}
          onClose={(message) => {
            setEditing(null);
            if (message) setDone(message);
          }}
        />
      )}
      <OrganisationHistory entityType="DISTRICT" fieldLabels={DISTRICT_FIELD_LABELS} title="Ändringshistorik för stadsdelar" />
    </section>
  );
}

interface ChangeDistrictContactProps {
  district: DistrictRow;
  onClose: (message?: string) => void;
}

function ChangeDistrictContact({ district, onClose }: ChangeDistrictContactProps) {
  const variables = useMemo<StaffMembersVariables>(() => ({ filter: { districtCode: district.code, role: Role.DISTRICT_CONTACT }, first: 100, after: null }), [district.code]);
  const [{ data, error }] = useQuery({ query: STAFF_MEMBERS_QUERY, variables });
  const [selected, setSelected] = useState<string | null>(district.contact?.username ?? null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, setContact] = useMutation(SET_DISTRICT_CONTACT_MUTATION);
  const options = (data?.staffMembers.edges ?? []).filter((e) => e.node.active).map((e) => ({ id: e.node.username, label: `${e.node.name} (${e.node.email})` }));
  const chosen = options.find((o) => o.id === selected);

  const save = async () => {
    setConfirming(false);
    if (!selected) return;
    const result = await setContact({ input: { districtCode: district.code, username: selected } });
    if (result.data?.setDistrictContact) {
      onClose(`Kontaktpersonen för ${district.name} är bytt.`);
    } else if (result.error) {
      setFailure(graphqlErrorText(result.error, 'Tjänsten svarar inte just nu. Försök igen om en stund.'));
    }
  };

  return (
    <section className="organisation__panel" aria-labelledby="district-contact-heading">
      <h3 id="district-contact-heading">Byt kontaktperson för {district.name}</h3>
      {error && !data ? (
        <ErrorMessage title="Personalen kunde inte hämtas">
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar personal…" />
      ) : options.length === 0 ? (
        <Alert title="Ingen kan väljas">
          <p>Det finns ingen aktiv medarbetare med rollen Kontaktperson SDF i {district.name}. Lägg till rollen under Personal först.</p>
        </Alert>
      ) : (
        <div className="sb-toolbar organisation__toolbar">
          <Select
            label="Ny kontaktperson"
            description="Aktiva medarbetare med rollen Kontaktperson SDF i stadsdelen."
            options={options}
            selectedKey={selected}
            onSelectionChange={setSelected}
            isDisabled={fetching}
            data-testid="district-contact-select"
          />
          <Button isDisabled={!chosen || fetching || selected === district.contact?.username} onPress={() => setConfirming(true)}>
            Spara kontaktperson
          </Button>
        </div>
      )}
      <p>
        <Button variant="secondary" onPress={() => onClose()}>
          Avbryt
        </Button>
      </p>
      {fetching && <Spinner label="Sparar…" />}
      {failure && (
        <ErrorMessage title="Kontaktpersonen kunde inte bytas" data-testid="district-contact-error">
          <p>{failure}</p>
        </ErrorMessage>
      )}
      <ConfirmDialog
        isOpen={confirming}
        title={`Byta kontaktperson för ${district.name}?`}
        confirmLabel="Byt kontaktperson"
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
        data-testid="district-contact-confirm"
      >
        <p>
          {chosen?.label ?? ''} blir kontaktperson i stället för {district.contact?.name ?? 'ingen'}.
        </p>
      </ConfirmDialog>
    </section>
  );
}
