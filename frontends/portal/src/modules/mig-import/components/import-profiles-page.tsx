import { Alert, Badge, Button, ConfirmDialog, DataTable, ErrorMessage, Select, Spinner, TextField, graphqlErrorText, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { DELETE_IMPORT_PROFILE_MUTATION, IMPORT_FIELDS_QUERY, IMPORT_PROFILES_QUERY, SAVE_IMPORT_PROFILE_MUTATION, type ImportProfile } from '../graphql/import-profiles.graphql.js';
import { SERVICE_DOWN } from '../import-file-checks.js';
import { IMPORT_KINDS, IMPORT_KIND_DECISIONS, IMPORT_PROFILES_PATH, kindLabel } from '../mig-import-roles.js';
import { ImportNav } from './import-nav.js';
import { ProfileColumnFields, placeServerErrors } from '../../import-shared/components/profile-column-fields.js';
import { PROFILE_FORMATS, checkProfile, columnValues, formatLabel, newProfileValues, profileValuesOf, type ColumnValues, type ProfileFormValues } from './profile-form.js';

export interface ImportProfilesPageProps {
  roles: readonly string[];
  navigate: (url: string) => void;
}

type Editing = { mode: 'new' | 'edit'; values: ProfileFormValues } | null;

/**
 * "Importprofiler" (system administrator, administrator): which column or fixed-width field of a file
 * holds which field. The built-in profiles for MiG's exports cannot be changed; others can be added,
 * changed and deleted without a code change.
 */
export function ImportProfilesPage({ roles, navigate }: ImportProfilesPageProps) {
  const context = useMemo(() => ({ additionalTypenames: ['ImportProfile'] }), []);
  const [{ data, error }, reexecute] = useQuery({ query: IMPORT_PROFILES_QUERY, variables: {}, context });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ImportProfile | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [, deleteProfile] = useMutation(DELETE_IMPORT_PROFILE_MUTATION);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const columns = useMemo<DataTableColumn<ImportProfile>[]>(
    () => [
      { id: 'name', label: 'Namn', text: (p) => p.name, allowsSorting: true, isRowHeader: true, cellTestId: 'profile-name' },
      { id: 'key', label: 'Nyckel', text: (p) => p.key, allowsSorting: true },
      { id: 'kind', label: 'Typ av fil', text: (p) => kindLabel(p.kind), allowsSorting: true },
      { id: 'format', label: 'Format', text: (p) => formatLabel(p.format), allowsSorting: true },
      { id: 'hasHeader', label: 'Rubrikrad', text: (p) => (p.hasHeader ? 'Ja' : 'Nej') },
      {
        id: 'action',
        label: 'Åtgärd',
        text: (p) => (p.builtIn ? 'Inbyggd' : ''),
        render: (p) => (
          <div className="sb-toolbar mig-import__row-actions">
            {p.builtIn && <Badge data-testid="profile-built-in">Inbyggd</Badge>}
            {!p.builtIn && (
              <>
                <Button variant="secondary" aria-label={`Ändra ${p.name}`} onPress={() => (setDone(null), setEditing({ mode: 'edit', values: profileValuesOf(p) }))}>
                  Ändra
                </Button>
                <Button variant="danger" aria-label={`Ta bort ${p.name}`} onPress={() => (setDone(null), setDeleteError(null), setDeleting(p))}>
                  Ta bort
                </Button>
              </>
            )}
            {p.builtIn && (
              <Button variant="secondary" aria-label={`Kopiera ${p.name}`} onPress={() => (setDone(null), setEditing({ mode: 'new', values: profileValuesOf(p, true) }))}>
                Kopiera
              </Button>
            )}
          </div>
        ),
      },
    ],
    [],
  );

  return (
    <section className="mig-import" aria-labelledby="import-profiles-heading">
      <h1 id="import-profiles-heading">Importprofiler</h1>
      <ImportNav current={IMPORT_PROFILES_PATH} roles={roles} navigate={navigate} />
      <p>En importprofil talar om vilken kolumn i filen som innehåller vilket fält. De inbyggda profilerna följer MiG:s export och kan inte ändras.</p>
      {done && (
        <Alert tone="success" data-testid="profile-done">
          {done}
        </Alert>
      )}
      {deleteError && (
        <ErrorMessage title="Profilen kunde inte tas bort">
          <p>{deleteError}</p>
        </ErrorMessage>
      )}
      <div className="sb-toolbar">
        <Button onPress={() => (setDone(null), setEditing({ mode: 'new', values: newProfileValues(IMPORT_KIND_DECISIONS) }))}>Ny profil</Button>
      </div>
      {error && !data ? (
        <ErrorMessage title="Profilerna kunde inte hämtas" onRetry={refresh}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar profiler…" />
      ) : (
        <DataTable label="Importprofiler" columns={columns} rows={data.importProfiles} getRowId={(p) => p.key} filterable rowTestId="profile-row" emptyText="Inga profiler." />
      )}
      {editing && (
        <ProfileForm
          key={`${editing.mode}-${editing.values.key}`}
          mode={editing.mode}
          initial={editing.values}
          onCancel={() => setEditing(null)}
          onSaved={(p) => {
            setEditing(null);
            setDone(`Profilen ${p.name} är sparad.`);
            refresh();
          }}
        />
      )}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={`Ta bort profilen ${deleting?.name ?? ''}?`}
        confirmLabel="Ta bort profilen"
        tone="danger"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const gone = deleting;
          setDeleting(null);
          if (!gone) return;
          void deleteProfile({ key: gone.key }, { additionalTypenames: ['ImportProfile'] }).then((result) => {
            if (result.data?.deleteImportProfile) {
              setDone(`Profilen ${gone.name} är borttagen.`);
              refresh();
            } else {
              setDeleteError(result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : 'Profilen kunde inte tas bort.');
            }
          });
        }}
      >
        <p>Importer som redan gjorts med profilen påverkas inte.</p>
      </ConfirmDialog>
    </section>
  );
}

interface ProfileFormProps {
  mode: 'new' | 'edit';
  initial: ProfileFormValues;
  onCancel: () => void;
  onSaved: (profile: ImportProfile) => void;
}

function ProfileForm({ mode, initial, onCancel, onSaved }: ProfileFormProps) {
  const [values, setValues] = useState<ProfileFormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const fieldsVariables = useMemo(() => ({ kind: values.kind }), [values.kind]);
  const [{ data: fieldData, error: fieldError }] = useQuery({ query: IMPORT_FIELDS_QUERY, variables: fieldsVariables });
  const fields = useMemo(() => fieldData?.importFields ?? [], [fieldData]);
  const [{ fetching }, saveProfile] = useMutation(SAVE_IMPORT_PROFILE_MUTATION);
  const fixed = values.format === 'fixed';

  const set = (change: Partial<ProfileFormValues>) => setValues((v) => ({ ...v, ...change }));
  const setColumn = (field: string, change: Partial<ColumnValues>) => setValues((v) => ({ ...v, columns: { ...v.columns, [field]: { ...columnValues(v, field), ...change } } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const check = checkProfile(values, fields);
    if (!check.input) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    const result = await saveProfile({ input: check.input }, { additionalTypenames: ['ImportProfile'] });
    if (result.data?.saveImportProfile) {
      onSaved(result.data.saveImportProfile);
      return;
    }
    if (!result.error) return;
    const { placed, general: unplaced } = placeServerErrors(result.error, ['key', 'kind', 'name', 'format', 'hasHeader', ...fields.map((f) => `columns.${f.key}`)]);
    setErrors(placed);
    setGeneral(unplaced);
  };

  return (
    <section className="organisation__panel mig-import__profile-form" aria-labelledby="profile-form-heading">
      <h2 id="profile-form-heading">{mode === 'new' ? 'Ny profil' : `Ändra profilen ${initial.name}`}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="profile-form-heading">
        {general && (
          <Alert tone="error" title="Profilen kunde inte sparas" data-testid="profile-error">
            <p>{general}</p>
          </Alert>
        )}
        <div className="mig-import__profile-grid">
          <TextField label="Nyckel" description="Små bokstäver, siffror, - och _; kan inte ändras senare." value={values.key} onChange={(key) => set({ key })} errorMessage={errors.key} isDisabled={mode === 'edit'} />
          <TextField label="Namn" value={values.name} onChange={(name) => set({ name })} errorMessage={errors.name} />
          <Select label="Typ av fil" options={IMPORT_KINDS} selectedKey={values.kind} onSelectionChange={(kind) => kind && set({ kind })} errorMessage={errors.kind} data-testid="profile-kind" />
          <Select label="Format" options={PROFILE_FORMATS} selectedKey={values.format} onSelectionChange={(format) => format && set({ format })} errorMessage={errors.format} data-testid="profile-format" />
          <label className="organisation__checkbox">
            <input type="checkbox" checked={values.hasHeader} onChange={(e) => set({ hasHeader: e.target.checked })} /> Filen har en rubrikrad
          </label>
        </div>
        <h3>Fält</h3>
        <p className="sb-muted">
          {fixed
            ? 'Ange var varje fält börjar på raden (första tecknet är 1) och hur många tecken det har.'
            : values.hasHeader
              ? 'Ange kolumnrubrikerna som fältet kan ha (kommaseparerade), eller kolumnens nummer (första kolumnen är 1).'
              : 'Ange kolumnens nummer (första kolumnen är 1).'}
        </p>
        {fieldError && <ErrorMessage title="Fälten kunde inte hämtas">{graphqlErrorText(fieldError, SERVICE_DOWN)}</ErrorMessage>}
        {!fieldData && !fieldError && <Spinner label="Laddar fält…" />}
        {fields.map((field) => (
          <ProfileColumnFields
            key={field.key}
            field={field.key}
            label={field.label}
            required={field.required}
            column={columnValues(values, field.key)}
            fixed={fixed}
            hasHeader={values.hasHeader}
            message={errors[`columns.${field.key}`]}
            testIdPrefix="profile"
            onChange={(change) => setColumn(field.key, change)}
          />
        ))}
        <div className="sb-toolbar">
          <Button type="submit" isDisabled={fetching || !fieldData}>
            Spara profilen
          </Button>
          <Button variant="secondary" onPress={onCancel}>
            Avbryt
          </Button>
        </div>
      </form>
    </section>
  );
}
