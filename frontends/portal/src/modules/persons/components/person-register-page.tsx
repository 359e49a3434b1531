import { formatIdentityNumber } from '@statsbidrag/domain';
import { Alert, AppLink, Button, Spinner, TextField, graphqlErrorText } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import { createRequest, useClient, useMutation, useQuery, type Client } from 'urql';
import { filter, pipe, take, toPromise } from 'wonka';
import { DISTRICT_OPTIONS_QUERY, EXISTING_PERSONS_QUERY, REGISTER_PERSON_MUTATION, type ExistingPerson } from '../graphql/person-register.graphql.js';
import { useFocusFirstError } from '../hooks/use-focus-first-error.js';
import { mutationProblems } from '../mutation-problems.js';
import { setPersonCardMessage } from '../person-card-message.js';
import {
  BIRTH_DATE_LABEL,
  DISTRICT_LABEL,
  FIRST_NAME_LABEL,
  IDENTITY_NUMBER_LABEL,
  LAST_NAME_LABEL,
  MIG_LABEL,
  checkPersonData,
  type CheckedPersonData,
  type PersonDataErrors,
  type PersonDataValues,
} from '../person-data-form.js';
import { personCardUrl, PERSONS_PATH } from '../person-format.js';
import { without } from './handling-dialogs.js';
import { SelectField } from './select-field.js';
import './person-data.css';

/** The select's key for "no district" (district codes are capitals, digits and underscores, never a dash). */
const NO_DISTRICT = '-';

const SERVICE_DOWN = 'Personregistret svarar inte just nu. Försök igen om en stund.';

const EMPTY: PersonDataValues = { firstName: '', lastName: '', personalIdentityNumber: '', migIndividualNumber: '', birthDate: '' };

type Field = keyof PersonDataValues | 'districtCode';
type Errors = PersonDataErrors & { districtCode?: string };
const FIELDS: readonly Field[] = ['firstName', 'lastName', 'personalIdentityNumber', 'migIndividualNumber', 'birthDate', 'districtCode'];

export interface PersonRegisterPageProps {
  /** Client-side navigation of the host. */
  navigate: (url: string) => void;
}

type Lookup = { ok: true; person: ExistingPerson | null } | { ok: false; message: string };

/** Asks the register for a person with the personnummer/samordningsnummer or the MiG individnummer (exact match). */
async function findExistingPerson(client: Client, person: CheckedPersonData): Promise<Lookup> {
  const identifiers = [person.personalIdentityNumber, person.migIndividualNumber].filter(Boolean);
  const results = await Promise.all(
    identifiers.map((search) =>
      pipe(
        client.executeQuery(createRequest(EXISTING_PERSONS_QUERY, { search }), { requestPolicy: 'network-only' }),
        filter((r) => !r.stale),
        take(1),
        toPromise,
      ),
    ),
  );
  for (const result of results) {
    if (!result.data) return { ok: false, message: result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : SERVICE_DOWN };
    const match = result.data.persons.edges
      .map((e) => e.node)
      .find(
        (n) =>
          (person.personalIdentityNumber && n.personalIdentityNumber === person.personalIdentityNumber) || (person.migIndividualNumber && n.migIndividualNumber === person.migIndividualNumber),
      );
    if (match) return { ok: true, person: match };
  }
  return { ok: true, person: null };
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

/**
 * "Registrera person": AmF staff register a person with names, personnummer/samordningsnummer and/or
 * MiG individnummer, birth date (needed only without a personnummer) and district. The register is
 * asked first whether the person already exists (the same individual must never exist twice): if so,
 * the page links to that person instead of registering. After registering, the new card opens.
 */
export function PersonRegisterPage({ navigate }: PersonRegisterPageProps) {
  const client = useClient();
  const [values, setValues] = useState<PersonDataValues>(EMPTY);
  const [districtCode, setDistrictCode] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [existing, setExisting] = useState<ExistingPerson | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [districts] = useQuery({ query: DISTRICT_OPTIONS_QUERY, variables: {} });
  const [{ fetching: registering }, register] = useMutation(REGISTER_PERSON_MUTATION);
  const busy = checking || registering;
  const { formRef, focusFirstError } = useFocusFirstError();

  const districtOptions = [{ id: NO_DISTRICT, label: 'Ingen stadsdel (okänd)' }, ...(districts.data?.districts ?? []).map((d) => ({ id: d.code, label: d.name }))];

  const set = (field: keyof PersonDataValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => without(e, field));
    setExisting(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setExisting(null);
    const checked = checkPersonData(values, { birthDateRequiredWithoutIdentityNumber: true });
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    const person = checked.value;
    setValues({ ...person, personalIdentityNumber: person.personalIdentityNumber ? formatIdentityNumber(person.personalIdentityNumber) : '' });

    setChecking(true);
    const lookup = await findExistingPerson(client, person);
    setChecking(false);
    if (!lookup.ok) {
      setFormError(`Det gick inte att kontrollera om personen redan finns: ${lookup.message}`);
      return;
    }
    if (lookup.person) {
      setExisting(lookup.person);
      return;
    }

    const result = await register({
      input: {
        firstName: person.firstName,
        lastName: person.lastName,
        personalIdentityNumber: person.personalIdentityNumber || null,
        migIndividualNumber: person.migIndividualNumber || null,
        birthDate: person.birthDate || null,
        districtCode: districtCode && districtCode !== NO_DISTRICT ? districtCode : null,
      },
    });
    const registered = result.data?.registerPerson;
    if (registered) {
      // registerPerson answers with the existing person when an identifier matched one (e.g. registered
      // a moment ago by someone else): then the names are not the ones typed.
      const created = sameName(registered.firstName, person.firstName) && sameName(registered.lastName, person.lastName);
      setPersonCardMessage(registered.id, created ? `${registered.fullName} är registrerad.` : `Personen fanns redan: ${registered.fullName}. Ingen ny person registrerades.`);
      navigate(personCardUrl(registered.id));
      return;
    }
    if (result.error) {
      const problems = mutationProblems(result.error);
      const fieldErrors: Errors = {};
      for (const [field, message] of Object.entries(problems.fields)) if ((FIELDS as readonly string[]).includes(field)) fieldErrors[field as Field] = message;
      setErrors(fieldErrors);
      setFormError(Object.keys(fieldErrors).length > 0 ? null : graphqlErrorText(result.error, SERVICE_DOWN));
      focusFirstError();
    }
  };

  return (
    <section className="person-register" aria-labelledby="person-register-heading">
      <p className="person-card__back">
        <AppLink href={PERSONS_PATH} onNavigate={navigate}>
          <span aria-hidden="true">← </span>
          Till personsök
        </AppLink>
      </p>
      <h1 id="person-register-heading">Registrera person</h1>
      <p>
        Ange personnummer eller samordningsnummer, individnummer (MiG), eller båda. Innan personen registreras kontrolleras att ingen person med samma nummer redan finns.
      </p>
      <form ref={formRef} className="person-data__form" onSubmit={(e) => void submit(e)} noValidate aria-label="Registrera person">
        <TextField label={FIRST_NAME_LABEL} value={values.firstName} onChange={set('firstName')} autoComplete="off" isRequired errorMessage={errors.firstName} />
        <TextField label={LAST_NAME_LABEL} value={values.lastName} onChange={set('lastName')} autoComplete="off" isRequired errorMessage={errors.lastName} />
        <TextField
          label={IDENTITY_NUMBER_LABEL}
          description="10 eller 12 siffror, med eller utan bindestreck, till exempel 19900517-2383."
          value={values.personalIdentityNumber}
          onChange={set('personalIdentityNumber')}
          inputMode="numeric"
          autoComplete="off"
          errorMessage={errors.personalIdentityNumber}
        />
        <TextField
          label={MIG_LABEL}
          description="Migrationsverkets individnummer (dossiernummer), 7 eller 8 siffror."
          value={values.migIndividualNumber}
          onChange={set('migIndividualNumber')}
          inputMode="numeric"
          autoComplete="off"
          errorMessage={errors.migIndividualNumber}
        />
        <TextField
          label={BIRTH_DATE_LABEL}
          description="ÅÅÅÅ-MM-DD. Behövs bara när personnummer/samordningsnummer saknas; annars tas det från numret."
          value={values.birthDate}
          onChange={set('birthDate')}
          inputMode="numeric"
          autoComplete="off"
          errorMessage={errors.birthDate}
        />
        <SelectField
          label={DISTRICT_LABEL}
          description="Stadsdelen där personen är folkbokförd, om den är känd."
          options={districtOptions}
          selectedKey={districtCode}
          onSelectionChange={(key) => {
            setDistrictCode(key);
            setErrors((e) => without(e, 'districtCode'));
          }}
          errorMessage={errors.districtCode ?? (districts.error ? `Stadsdelarna kunde inte hämtas: ${graphqlErrorText(districts.error, SERVICE_DOWN)}` : undefined)}
          data-testid="register-district"
        />

        {existing && (
          <Alert tone="warning" title={`Personen finns redan: ${existing.fullName}`} data-testid="person-exists">
            <p>Samma person får inte finnas två gånger, så ingen ny person har registrerats.</p>
            <p>
              <AppLink href={personCardUrl(existing.id)} onNavigate={navigate}>
                Öppna personkortet för {existing.fullName}
              </AppLink>
            </p>
          </Alert>
        )}
        {formError && (
          <Alert tone="error" title="Personen kunde inte registreras" data-testid="register-error">
            <p>{formError}</p>
          </Alert>
        )}

        <div className="sb-dialog__actions">
          <Button type="submit" isDisabled={busy}>
            Registrera person
          </Button>
          <Button variant="secondary" onPress={() => navigate(PERSONS_PATH)} isDisabled={busy}>
            Avbryt
          </Button>
          {checking && <Spinner label="Kontrollerar om personen redan finns…" />}
          {registering && <Spinner label="Registrerar…" />}
        </div>
      </form>
    </section>
  );
}
