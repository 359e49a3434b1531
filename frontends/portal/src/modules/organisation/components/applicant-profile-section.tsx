import { Alert, Button, ErrorMessage, Spinner, TextField, formatDateTime, graphqlErrorText } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldErrorsOf } from '../field-errors.js';
import { APPLICANT_PROFILE_QUERY, UPDATE_APPLICANT_PROFILE_MUTATION, type ApplicantProfile, type ApplicantProfileValues } from '../graphql/organisation.graphql.js';
import { OrganisationHistory } from './organisation-history.js';

type FieldName = keyof ApplicantProfileValues;

interface FieldSpec {
  name: FieldName;
  label: string;
  description?: string;
  type?: 'text' | 'email' | 'tel';
  required: boolean;
  /** Client-side format check: the Swedish message, or null when fine. */
  check?: (value: string) => string | null;
}

export const PROFILE_FIELDS: readonly FieldSpec[] = [
  { name: 'municipalityName', label: 'Kommun', description: 'T.ex. Stockholms stad.', required: true },
  { name: 'municipalityCode', label: 'Kommunkod', description: 'Fyra siffror, t.ex. 0180.', required: true, check: (v) => (/^\d{4}$/.test(v) ? null : 'Kommunkoden ska vara fyra siffror.') },
  { name: 'postalAddress', label: 'Postadress', required: true },
  { name: 'postalCode', label: 'Postnummer', description: 'Fem siffror, t.ex. 105 35.', required: true, check: (v) => (/^\d{3} ?\d{2}$/.test(v) ? null : 'Postnumret ska vara fem siffror, t.ex. 105 35.') },
  { name: 'city', label: 'Ort', required: true },
  { name: 'contactName', label: 'Kontaktperson', required: true },
  {
    name: 'phone',
    label: 'Telefon',
    description: '7–15 siffror; mellanslag, bindestreck och inledande +46 går bra.',
    type: 'tel',
    required: true,
    check: (v) => {
      const digits = v.replace(/^\+46/, '0').replace(/[\s-]/g, '');
      return /^\d{7,15}$/.test(digits) ? null : 'Telefonnumret ska ha 7–15 siffror.';
    },
  },
  { name: 'email', label: 'E-post', description: 'T.ex. namn@stockholm.se.', type: 'email', required: true, check: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? null : 'Ange en giltig e-postadress.') },
  { name: 'reference', label: 'Referens', description: 'Frivillig.', required: false },
];

export const PROFILE_FIELD_LABELS: Record<string, string> = Object.fromEntries(PROFILE_FIELDS.map((f) => [f.name, f.label]));

const EMPTY: Record<FieldName, string> = {
  municipalityName: '',
  municipalityCode: '',
  postalAddress: '',
  postalCode: '',
  city: '',
  contactName: '',
  phone: '',
  email: '',
  reference: '',
};

function valuesOf(profile: ApplicantProfile | null): Record<FieldName, string> {
  if (!profile) return { ...EMPTY };
  return Object.fromEntries(PROFILE_FIELDS.map((f) => [f.name, profile[f.name] ?? ''])) as Record<FieldName, string>;
}

function clientErrors(values: Record<FieldName, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of PROFILE_FIELDS) {
    const v = values[f.name].trim();
    if (!v) {
      if (f.required) errors[f.name] = `Fyll i ${f.label.toLowerCase()}.`;
    } else if (f.check) {
      const problem = f.check(v);
      if (problem) errors[f.name] = problem;
    }
  }
  return errors;
}

/** "Ansökande kommun": the applicant (uppgiftslämnare) that is printed on every claim, with its change history. */
export function ApplicantProfileSection() {
  const [{ data, error }, reexecute] = useQuery({ query: APPLICANT_PROFILE_QUERY });
  return (
    <section aria-labelledby="applicant-profile-heading">
      <h2 id="applicant-profile-heading">Ansökande kommun</h2>
      <p>Uppgiftslämnaren som står på varje ansökan om statlig ersättning. Alla fält utom referens krävs.</p>
      {error && !data ? (
        <ErrorMessage title="Uppgifterna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar uppgifterna…" />
      ) : (
        <>
          {data.applicantProfile ? (
            <p className="sb-muted" data-testid="applicant-profile-updated">
              Senast ändrad {formatDateTime(data.applicantProfile.updatedAt)} av {data.applicantProfile.updatedBy}.
            </p>
          ) : (
            <Alert title="Uppgifterna är inte inlagda">
              <p>Fyll i uppgifterna om ansökande kommun och spara.</p>
            </Alert>
          )}
          <ApplicantProfileForm profile={data.applicantProfile} />
        </>
      )}
      <OrganisationHistory entityType="APPLICANT_PROFILE" entityKey="DEFAULT" fieldLabels={PROFILE_FIELD_LABELS} />
    </section>
  );
}

function ApplicantProfileForm({ profile }: { profile: ApplicantProfile | null }) {
  const [values, setValues] = useState(() => valuesOf(profile));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UPDATE_APPLICANT_PROFILE_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setGeneral(null);
    const problems = clientErrors(values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const input: ApplicantProfileValues = {
      municipalityName: values.municipalityName.trim(),
      municipalityCode: values.municipalityCode.trim(),
      postalAddress: values.postalAddress.trim(),
      postalCode: values.postalCode.trim(),
      city: values.city.trim(),
      contactName: values.contactName.trim(),
      phone: values.phone.trim(),
      email: values.email.trim(),
      reference: values.reference.trim() || null,
    };
    const result = await update({ input });
    if (result.data?.updateApplicantProfile) {
      setValues(valuesOf(result.data.updateApplicantProfile));
      setSaved(true);
    } else if (result.error) {
      const { fields, general: message } = fieldErrorsOf(result.error);
      setErrors(fields);
      setGeneral(message);
    }
  };

  return (
    <form className="organisation__form" onSubmit={submit} noValidate aria-label="Ansökande kommun">
      {PROFILE_FIELDS.map((f) => (
        <TextField
          key={f.name}
          label={f.label}
          description={f.description}
          type={f.type ?? 'text'}
          isRequired={f.required}
          value={values[f.name]}
          onChange={(value) => {
            setValues((v) => ({ ...v, [f.name]: value }));
            setSaved(false);
          }}
          errorMessage={errors[f.name]}
          isDisabled={fetching}
        />
      ))}
      <div className="sb-toolbar">
        <Button type="submit" isDisabled={fetching}>
          Spara
        </Button>
      </div>
      {fetching && <Spinner label="Sparar…" />}
      {saved && <Alert tone="success" title="Uppgifterna är sparade." data-testid="applicant-profile-saved" />}
      {general && (
        <ErrorMessage title="Uppgifterna kunde inte sparas">
          <p>{general}</p>
        </ErrorMessage>
      )}
    </form>
  );
}
