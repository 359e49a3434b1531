import { Alert, Badge, Button, ConfirmDialog, DataTable, ErrorMessage, Select, Spinner, TextField, graphqlErrorText, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { SERVICE_DOWN } from '../../mig-import/import-file-checks.js';
import { FLAT_RATE_KINDS, FLAT_RATE_PROFILES_PATH, KIND_GENERALSCHABLON, flatRateKindLabel } from '../flat-rate-roles.js';
import { DELETE_FLAT_RATE_PROFILE_MUTATION, FLAT_RATE_PROFILES_QUERY, SAVE_FLAT_RATE_PROFILE_MUTATION, type FlatRateImportProfile } from '../graphql/flat-rate-profiles.graphql.js';
import { ProfileColumnFields, placeServerErrors } from '../../import-shared/components/profile-column-fields.js';
import { DELIMITERS, PROFILE_FORMATS, checkProfile, columnValues, fieldsOfKind, formatLabel, newProfileValues, profileValuesOf, type ColumnValues, type ProfileFormValues } from './flat-rate-profile-form.js';
import type { FlatRatePageProps } from './flat-rate-import-page.js';
import { FlatRateNav } from './flat-rate-nav.js';

type Editing = { mode: 'new' | 'edit'; values: ProfileFormValues } | null;
const TYPENAMES = { additionalTypenames: ['FlatRateImportProfile'] };
const delimiterLabel = (d: string | null): string => (d === null ? '' : (DELIMITERS.find((x) => x.id === d)?.label ?? d));

/**
 * "Importprofiler för schabloner" (administrator): where each field is in the generalschablon's fixed-width
 * text or the e-service's export. Built-in profiles cannot be changed but can be copied.
 */
export function FlatRateProfilesPage({ roles, navigate }: FlatRatePageProps) {
  const context = useMemo(() => TYPENAMES, []);
  const [{ data, error }, reexecute] = useQuery({ query: FLAT_RATE_PROFILES_QUERY, variables: {}, context });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<FlatRateImportProfile | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [, deleteProfile] = useMutation(DELETE_FLAT_RATE_PROFILE_MUTATION);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const profiles = useMemo(() => data?.flatRateImportProfiles ?? [], [data]);

  const columns = useMemo<DataTableColumn<FlatRateImportProfile>[]>(
    () => [
      { id: 'name', label: 'Namn', text: (p) => p.name, allowsSorting: true, isRowHeader: true, cellTestId: 'flat-rate-profile-name' },
      { id: 'key', label: 'Nyckel', text: (p) => p.key, allowsSorting: true },
      { id: 'kind', label: 'Typ av fil', text: (p) => flatRateKindLabel(p.kind), allowsSorting: true },
      { id: 'format', label: 'Format', text: (p) => [formatLabel(p.format), delimiterLabel(p.delimiter)].filter(Boolean).join(', '), allowsSorting: true },
      { id: 'hasHeader', label: 'Rubrikrad', text: (p) => (p.hasHeader ? 'Ja' : 'Nej') },
      {
        id: 'action',
        label: 'Åtgärd',
        text: (p) => (p.builtIn ? 'Inbyggd' : ''),
        render: (p) => (
          <div className="sb-toolbar mig-import__row-actions">
            {p.builtIn ? (
              <>
                <Badge data-testid="flat-rate-profile-built-in">Inbyggd</Badge>
                <Button variant="secondary" aria-label={`Kopiera ${p.name}`} onPress={() => (setDone(null), setEditing({ mode: 'new', values: profileValuesOf(p, true) }))}>
                  Kopiera
                </Button>
              </>
            ) : (
              <>
                <Button variant="secondary" aria-label={`Ändra ${p.name}`} onPress={() => (setDone(null), setEditing({ mode: 'edit', values: profileValuesOf(p) }))}>
                  Ändra
                </Button>
                <Button variant="danger" aria-label={`Ta bort ${p.name}`} onPress={() => (setDone(null), setDeleteError(null), setDeleting(p))}>
                  Ta bort
                </Button>
              </>
            )}
          </div>
        ),
      },
    ],
    [],
  );

  return (
    <section className="mig-import" aria-labelledby="flat-rate-profiles-heading">
      <h1 id="flat-rate-profiles-heading">Importprofiler för schabloner</h1>
      <FlatRateNav current={FLAT_RATE_PROFILES_PATH} roles={roles} navigate={navigate} />
      <p>En importprofil talar om var i filen varje fält finns: startposition och längd i generalschablonens textfil, kolumn i en avgränsad fil eller i Excel.</p>
      {done && (
        <Alert tone="success" data-testid="flat-rate-profile-done">
          {done}
        </Alert>
      )}
      {deleteError && (
        <ErrorMessage title="Profilen kunde inte tas bort">
          <p>{deleteError}</p>
        </ErrorMessage>
      )}
      <div className="sb-toolbar">
        <Button onPress={() => (setDone(null), setEditing({ mode: 'new', values: newProfileValues(KIND_GENERALSCHABLON) }))}>Ny profil</Button>
      </div>
      {error && !data ? (
        <ErrorMessage title="Profilerna kunde inte hämtas" onRetry={refresh}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar profiler…" />
      ) : (
        <DataTable label="Importprofiler för schabloner" columns={columns} rows={profiles} getRowId={(p) => p.key} filterable rowTestId="flat-rate-profile-row" emptyText="Inga profiler." />
      )}
      {editing && (
        <ProfileForm
          key={`${editing.mode}-${editing.values.key}`}
          mode={editing.mode}
          initial={editing.values}
          profiles={profiles}
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
          void deleteProfile({ key: gone.key }, TYPENAMES).then((result) => {
            if (result.data?.deleteFlatRateImportProfile) {
              setDone(`Profilen ${gone.name} är borttagen.`);
              refresh();
            } else {
              setDeleteError(result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : 'Profilen kunde inte tas bort.');
            }
          });
        }}
        data-testid="flat-rate-profile-delete-dialog"
      >
        <p>Importer som redan gjorts med profilen påverkas inte.</p>
      </ConfirmDialog>
    </section>
  );
}

interface ProfileFormProps {
  mode: 'new' | 'edit';
  initial: ProfileFormValues;
  profiles: readonly FlatRateImportProfile[];
  onCancel: () => void;
  onSaved: (profile: FlatRateImportProfile) => void;
}

function ProfileForm({ mode, initial, profiles, onCancel, onSaved }: ProfileFormProps) {
  const [values, setValues] = useState<ProfileFormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching }, saveProfile] = useMutation(SAVE_FLAT_RATE_PROFILE_MUTATION);
  const fields = useMemo(() => fieldsOfKind(profiles, values.kind), [profiles, values.kind]);
  const fixed = values.format === 'fixed';
  const delimited = values.format === 'csv';

  const set = (change: Partial<ProfileFormValues>) => setValues((v) => ({ ...v, ...change }));
  const setColumn = (field: string, change: Partial<ColumnValues>) => setValues((v) => ({ ...v, columns: { ...v.columns, [field]: { ...columnValues(v, field), ...change } } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const check = checkProfile(values, fields);
    if (!check.input) {
      const { columns: columnsError, ...rest } = check.errors;
      setErrors(rest);
      setGeneral(columnsError ?? null);
      return;
    }
    setErrors({});
    const result = await saveProfile({ input: check.input }, TYPENAMES);
    if (result.data?.saveFlatRateImportProfile) {
      onSaved(result.data.saveFlatRateImportProfile);
      return;
    }
    if (!result.error) return;
    const { placed, general: unplaced } = placeServerErrors(result.error, ['key', 'kind', 'name', 'format', 'hasHeader', 'delimiter', ...fields.map((f) => `columns.${f.field}`)]);
    setErrors(placed);
    setGeneral(unplaced);
  };

  return (
    <section className="organisation__panel mig-import__profile-form" aria-labelledby="flat-rate-profile-form-heading">
      <h2 id="flat-rate-profile-form-heading">{mode === 'new' ? 'Ny profil' : `Ändra profilen ${initial.name}`}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="flat-rate-profile-form-heading">
        {general && (
          <Alert tone="error" title="Profilen kunde inte sparas" data-testid="flat-rate-profile-error">
            <p>{general}</p>
          </Alert>
        )}
        <div className="mig-import__profile-grid">
          <TextField label="Nyckel" description="Små bokstäver, siffror, - och _; kan inte ändras senare." value={values.key} onChange={(key) => set({ key })} errorMessage={errors.key} isDisabled={mode === 'edit'} />
          <TextField label="Namn" value={values.name} onChange={(name) => set({ name })} errorMessage={errors.name} />
          <Select label="Typ av fil" options={FLAT_RATE_KINDS} selectedKey={values.kind} onSelectionChange={(kind) => kind && set({ kind })} errorMessage={errors.kind} data-testid="flat-rate-profile-kind" />
          <Select label="Format" options={PROFILE_FORMATS} selectedKey={values.format} onSelectionChange={(format) => format && set({ format })} errorMessage={errors.format} data-testid="flat-rate-profile-format" />
          {delimited && <Select label="Avgränsare" options={DELIMITERS} selectedKey={values.delimiter} onSelectionChange={(delimiter) => delimiter && set({ delimiter })} errorMessage={errors.delimiter} data-testid="flat-rate-profile-delimiter" />}
          {!fixed && (
            <label className="organisation__checkbox">
              <input type="checkbox" checked={values.hasHeader} onChange={(e) => set({ hasHeader: e.target.checked })} /> Filen har en rubrikrad
            </label>
          )}
        </div>
        <h3>Fält</h3>
        <p className="sb-muted">
          {fixed
            ? 'Ange var varje fält börjar på raden (första tecknet är 1) och hur många tecken det har.'
            : values.hasHeader
              ? 'Ange kolumnrubrikerna som fältet kan ha (kommaseparerade), eller kolumnens nummer (första kolumnen är 1).'
              : 'Ange kolumnens nummer (första kolumnen är 1).'}
        </p>
        {fields.length === 0 && <p className="sb-muted">Det finns ingen inbyggd profil för den här typen av fil att hämta fälten från.</p>}
        {fields.map((field) => (
          <ProfileColumnFields
            key={field.field}
            field={field.field}
            label={field.label}
            column={columnValues(values, field.field)}
            fixed={fixed}
            hasHeader={values.hasHeader}
            message={errors[`columns.${field.field}`]}
            testIdPrefix="flat-rate-profile"
            onChange={(change) => setColumn(field.field, change)}
          />
        ))}
        <div className="sb-toolbar">
          <Button type="submit" isDisabled={fetching}>
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
