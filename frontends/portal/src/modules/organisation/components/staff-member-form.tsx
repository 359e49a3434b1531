import { ALL_ROLES, DISTRICT_ROLES, type Role } from '@statsbidrag/domain';
import { Button, ConfirmDialog, ErrorMessage, Select, Spinner, TextField } from '@statsbidrag/ui';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldErrorsOf } from '../field-errors.js';
import { UPSERT_STAFF_MEMBER_MUTATION, type DistrictRow, type StaffMember } from '../graphql/organisation.graphql.js';
import { roleLabel } from '../organisation-roles.js';

export interface StaffMemberFormProps {
  /** The member to edit; null adds a new one. */
  member: StaffMember | null;
  districts: readonly Pick<DistrictRow, 'code' | 'name'>[];
  /** Called with a success message after saving, or without when cancelled. */
  onDone: (message?: string) => void;
}

const isDistrictRole = (role: Role) => DISTRICT_ROLES.includes(role);

/** Adds or edits a staff member (`upsertStaffMember`); asks before deactivating someone. */
export function StaffMemberForm({ member, districts, onDone }: StaffMemberFormProps) {
  const id = useId();
  const [username, setUsername] = useState(member?.username ?? '');
  const [name, setName] = useState(member?.name ?? '');
  const [email, setEmail] = useState(member?.email ?? '');
  const [roles, setRoles] = useState<Role[]>(member?.roles ?? []);
  const [districtCode, setDistrictCode] = useState<string | null>(member?.districtCodes[0] ?? null);
  const [active, setActive] = useState(member?.active ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, upsert] = useMutation(UPSERT_STAFF_MEMBER_MUTATION);
  const needsDistrict = roles.some(isDistrictRole);

  const check = (): Record<string, string> => {
    const problems: Record<string, string> = {};
    if (!username.trim()) problems.username = 'Fyll i användarnamn.';
    if (!name.trim()) problems.name = 'Fyll i namn.';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) problems.email = 'Ange en giltig e-postadress.';
    if (roles.length === 0) problems.roles = 'Välj minst en roll.';
    else if (needsDistrict && roles.some((r) => !isDistrictRole(r))) problems.roles = 'Stadsdelsroller och AmF-roller kan inte blandas.';
    if (needsDistrict && !districtCode) problems.districtCodes = 'Välj stadsdel för stadsdelsrollen.';
    return problems;
  };

  const save = async () => {
    setConfirming(false);
    const input: StaffMember = {
      username: username.trim(),
      name: name.trim(),
      email: email.trim(),
      roles: ALL_ROLES.filter((r) => roles.includes(r)),
      districtCodes: needsDistrict && districtCode ? [districtCode] : [],
      active,
    };
    const result = await upsert({ input });
    if (result.data?.upsertStaffMember) {
      onDone(`${result.data.upsertStaffMember.name} är sparad.`);
    } else if (result.error) {
      const { fields, general: message } = fieldErrorsOf(result.error);
      setErrors(fields);
      setGeneral(message);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const problems = check();
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    if (member?.active && !active) setConfirming(true);
    else void save();
  };

  const rolesErrorId = `${id}-roles-error`;
  return (
    <form className="organisation__panel organisation__form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{member ? `Ändra ${member.name}` : 'Lägg till medarbetare'}</h3>
      <TextField
        label="Användarnamn"
        description="Samma som i inloggningen."
        value={username}
        onChange={setUsername}
        isRequired
        isReadOnly={member !== null}
        errorMessage={errors.username}
        isDisabled={fetching}
      />
      <TextField label="Namn" value={name} onChange={setName} isRequired errorMessage={errors.name} isDisabled={fetching} />
      <TextField label="E-post" type="email" description="T.ex. namn@stockholm.se." value={email} onChange={setEmail} isRequired errorMessage={errors.email} isDisabled={fetching} />
      <fieldset className="organisation__roles" aria-describedby={errors.roles ? rolesErrorId : undefined} aria-invalid={errors.roles ? true : undefined}>
        <legend>Roller</legend>
        <p className="sb-field__description">Stadsdelsroller och AmF-roller kan inte blandas.</p>
        {ALL_ROLES.map((role) => (
          <label key={role} className="organisation__checkbox">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              disabled={fetching}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setRoles((current) => (checked ? [...current, role] : current.filter((r) => r !== role)));
              }}
            />{' '}
            {roleLabel(role)}
          </label>
        ))}
        {errors.roles && (
          <p id={rolesErrorId} className="sb-field__error" role="alert">
            {errors.roles}
          </p>
        )}
      </fieldset>
      {needsDistrict && (
        <div>
          <Select
            label="Stadsdel"
            description="Stadsdelsroller gäller exakt en stadsdel."
            options={districts.map((d) => ({ id: d.code, label: d.name }))}
            selectedKey={districtCode}
            onSelectionChange={setDistrictCode}
            isDisabled={fetching}
            data-testid="staff-district"
          />
          {errors.districtCodes && (
            <p className="sb-field__error" role="alert">
              {errors.districtCodes}
            </p>
          )}
        </div>
      )}
      <label className="organisation__checkbox">
        <input type="checkbox" checked={active} disabled={fetching} onChange={(event) => setActive(event.currentTarget.checked)} /> Aktiv
      </label>
      {errors.active && (
        <p className="sb-field__error" role="alert">
          {errors.active}
        </p>
      )}
      <div className="sb-toolbar">
        <Button type="submit" isDisabled={fetching}>
          Spara medarbetare
        </Button>
        <Button variant="secondary" onPress={() => onDone()} isDisabled={fetching}>
          Avbryt
        </Button>
      </div>
      {fetching && <Spinner label="Sparar…" />}
      {general && (
        <ErrorMessage title="Medarbetaren kunde inte sparas">
          <p>{general}</p>
        </ErrorMessage>
      )}
      <ConfirmDialog
        isOpen={confirming}
        title={`Inaktivera ${member?.name ?? ''}?`}
        confirmLabel="Inaktivera"
        tone="danger"
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
        data-testid="staff-deactivate-confirm"
      >
        <p>{member?.name} kan inte längre logga in i Statsbidrag.</p>
      </ConfirmDialog>
    </form>
  );
}
