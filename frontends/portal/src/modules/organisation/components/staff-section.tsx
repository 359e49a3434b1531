import { ALL_ROLES, type Role } from '@statsbidrag/domain';
import { Alert, Button, DataTable, ErrorMessage, ExportCsvButton, LoadMoreButton, Select, Spinner, TextField, formatCount, todayForFilename, type CsvColumn, type DataTableColumn, graphqlErrorText, usePagedRows, usePaging } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { DISTRICTS_QUERY, STAFF_MEMBERS_QUERY, type StaffMember, type StaffMembersVariables } from '../graphql/organisation.graphql.js';
import { roleLabel } from '../organisation-roles.js';
import { OrganisationHistory } from './organisation-history.js';
import { StaffMemberForm } from './staff-member-form.js';

export const STAFF_PAGE_SIZE = 50;
const ALL = 'ALL';

export const STAFF_FIELD_LABELS = { name: 'Namn', email: 'E-post', roles: 'Roller', districtCodes: 'Stadsdel', active: 'Aktiv' };

/** "Personal": staff members with roles; search, role filter, CSV export, add and edit. */
export function StaffSection() {
  const [term, setTerm] = useState('');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<string>(ALL);
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ data: districtData }] = useQuery({ query: DISTRICTS_QUERY });
  const districts = useMemo(() => districtData?.districts ?? [], [districtData]);
  const districtName = useMemo(() => {
    const names = new Map(districts.map((d) => [d.code, d.name]));
    return (m: StaffMember) => m.districtCodes.map((c) => names.get(c) ?? c).join(', ');
  }, [districts]);

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(term.trim());
  };

  return (
    <section aria-labelledby="staff-heading">
      <h2 id="staff-heading">Personal</h2>
      <form className="sb-toolbar organisation__toolbar" onSubmit={submitSearch} noValidate aria-label="Sök personal">
        <TextField label="Sök på namn, användarnamn eller e-post" value={term} onChange={setTerm} />
        <Select
          label="Roll"
          options={[{ id: ALL, label: 'Alla roller' }, ...ALL_ROLES.map((r) => ({ id: r, label: roleLabel(r) }))]}
          selectedKey={role}
          onSelectionChange={(key) => setRole(key ?? ALL)}
          data-testid="staff-role-filter"
        />
        <Button type="submit">Sök</Button>
        <span className="sb-toolbar__spacer" />
        <Button
          variant="secondary"
          onPress={() => {
            setSaved(null);
            setEditing('new');
          }}
        >
          Lägg till medarbetare
        </Button>
      </form>
      {saved && <Alert tone="success" title={saved} data-testid="staff-saved" />}
      {editing && (
        <StaffMemberForm
          key={editing === 'new' ? 'new' : editing.username}
          member={editing === 'new' ? null : editing}
          districts={districts}
          onDone={(message) => {
            setEditing(null);
            if (message) setSaved(message);
          }}
        />
      )}
      <StaffList
        key={`${search}|${role}`}
        search={search}
        role={role === ALL ? null : (role as Role)}
        districtName={districtName}
        onEdit={(m) => {
          setSaved(null);
          setEditing(m);
        }}
      />
      <OrganisationHistory entityType="STAFF_MEMBER" fieldLabels={STAFF_FIELD_LABELS} title="Ändringshistorik för personal" />
    </section>
  );
}

interface StaffListProps {
  search: string;
  role: Role | null;
  districtName: (m: StaffMember) => string;
  onEdit: (m: StaffMember) => void;
}

const byUsername = (m: StaffMember) => m.username;

function StaffList({ search, role, districtName, onEdit }: StaffListProps) {
  const paging = usePaging<StaffMember>();
  const { after } = paging;
  const variables = useMemo<StaffMembersVariables>(() => ({ filter: { search: search || null, role }, first: STAFF_PAGE_SIZE, after }), [search, role, after]);
  const context = useMemo(() => ({ additionalTypenames: ['StaffMember'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: STAFF_MEMBERS_QUERY, variables, context });
  const connection = data?.staffMembers;
  const pages = usePagedRows(paging, connection, byUsername);
  const { rows } = pages;

  const csvColumns = useMemo<CsvColumn<StaffMember>[]>(
    () => [
      { label: 'Namn', value: (m) => m.name },
      { label: 'Användarnamn', value: (m) => m.username },
      { label: 'E-post', value: (m) => m.email },
      { label: 'Roller', value: (m) => m.roles.map(roleLabel).join(', ') },
      { label: 'Stadsdel', value: districtName },
      { label: 'Aktiv', value: (m) => (m.active ? 'Ja' : 'Nej') },
    ],
    [districtName],
  );
  const columns = useMemo<DataTableColumn<StaffMember>[]>(
    () => [
      { id: 'name', label: 'Namn', text: (m) => m.name, isRowHeader: true, cellTestId: 'staff-name' },
      { id: 'username', label: 'Användarnamn', text: (m) => m.username },
      { id: 'email', label: 'E-post', text: (m) => m.email },
      { id: 'roles', label: 'Roller', text: (m) => m.roles.map(roleLabel).join(', '), cellTestId: 'staff-roles' },
      { id: 'district', label: 'Stadsdel', text: districtName },
      { id: 'active', label: 'Aktiv', text: (m) => (m.active ? 'Ja' : 'Nej') },
      {
        id: 'edit',
        label: 'Åtgärd',
        text: () => '',
        render: (m) => (
          <Button variant="secondary" aria-label={`Ändra ${m.name}`} onPress={() => onEdit(m)}>
            Ändra
          </Button>
        ),
      },
    ],
    [districtName, onEdit],
  );

  if (error && !connection) {
    return (
      <ErrorMessage title="Personalen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
      </ErrorMessage>
    );
  }
  if (!connection) return <Spinner label="Laddar personal…" />;
  return (
    <div aria-busy={fetching}>
      <div className="sb-toolbar">
        <p className="sb-muted" aria-live="polite" data-testid="staff-count">
          Visar {formatCount(rows.length)} av {formatCount(connection.totalCount)}
        </p>
        <span className="sb-toolbar__spacer" />
        <ExportCsvButton filename={`personal-${todayForFilename()}`} columns={csvColumns} rows={rows} />
      </div>
      <DataTable label="Personal" columns={columns} rows={rows} getRowId={(m) => m.username} emptyText="Ingen medarbetare matchar urvalet." rowTestId="staff-row" />
      {fetching && <Spinner label="Hämtar fler…" />}
      <LoadMoreButton pages={pages} fetching={fetching} />
    </div>
  );
}
