import { Alert, Button, TextField, graphqlErrorText, parseDateInput } from '@statsbidrag/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { FIND_PERSON, REGISTER_PERSON, type PersonMatch, type RegisterPersonInput } from './start-claim.graphql.js';

export function personText(p: PersonMatch): string {
  const id = p.personalIdentityNumber ?? (p.migIndividualNumber ? `MiG ${p.migIndividualNumber}` : p.birthDate ? `född ${p.birthDate}` : 'utan identitet');
  return `${p.fullName} (${id})`;
}

interface Props {
  selected: PersonMatch | null;
  onSelect: (person: PersonMatch | null) => void;
  /** The district a new person is registered in. */
  districtCode: string | null;
  error?: string;
}

type RegisterValues = { firstName: string; lastName: string; personalIdentityNumber: string; migIndividualNumber: string; birthDate: string };
const EMPTY: RegisterValues = { firstName: '', lastName: '', personalIdentityNumber: '', migIndividualNumber: '', birthDate: '' };

/**
 * Step 1a's person: found by personnummer, samordningsnummer, MiG number or name among the
 * district's persons, or registered here when missing (the API finds an existing person with the
 * same identity instead of registering a second one).
 */
export function PersonPicker({ selected, onSelect, districtCode, error }: Props) {
  const [term, setTerm] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [found] = useQuery({ query: FIND_PERSON, variables: { search: submitted ?? '' }, pause: submitted === null, requestPolicy: 'network-only' });
  const [, registerPerson] = useMutation(REGISTER_PERSON);
  const matches = submitted !== null && found.data ? found.data.persons.edges.map((e) => e.node) : null;
  const searching = found.fetching;
  const [problem, setProblem] = useState<string>();
  const [registering, setRegistering] = useState(false);
  const [values, setValues] = useState<RegisterValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof RegisterValues, string>>>({});
  const [notice, setNotice] = useState<string>();

  const search = () => {
    setNotice(undefined);
    const text = term.trim();
    if (text.length < 2) return setProblem('Skriv minst två tecken: personnummer, samordningsnummer, MiG:s individnummer eller namn.');
    setProblem(undefined);
    setSubmitted(text);
  };
  const searchError = found.error ? graphqlErrorText(found.error, 'Sökningen misslyckades. Försök igen.') : undefined;

  const register = async () => {
    const next: typeof errors = {};
    if (!values.firstName.trim()) next.firstName = 'Fyll i förnamn.';
    if (!values.lastName.trim()) next.lastName = 'Fyll i efternamn.';
    const birth = parseDateInput(values.birthDate, { label: 'Födelsedatum', notInFuture: true });
    if (!birth.ok) next.birthDate = birth.message;
    if (!values.personalIdentityNumber.trim() && !values.migIndividualNumber.trim() && !(birth.ok && birth.value)) {
      next.personalIdentityNumber = 'Fyll i personnummer, samordningsnummer, MiG:s individnummer eller födelsedatum.';
    }
    setErrors(next);
    if (Object.keys(next).length) return;
    const input: RegisterPersonInput = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      personalIdentityNumber: values.personalIdentityNumber.trim() || null,
      migIndividualNumber: values.migIndividualNumber.trim() || null,
      birthDate: birth.ok && birth.value ? birth.value : null,
      districtCode,
    };
    const result = await registerPerson({ input });
    if (result.error) {
      const field = result.error.graphQLErrors[0]?.extensions?.field as keyof RegisterValues | undefined;
      const message = graphqlErrorText(result.error, 'Personen kunde inte registreras. Försök igen.');
      return setErrors(field && field in EMPTY ? { [field]: message } : { firstName: message });
    }
    const person = result.data!.registerPerson;
    setRegistering(false);
    setValues(EMPTY);
    setNotice(`${personText(person)} är vald.`);
    onSelect(person);
  };

  if (selected) {
    return (
      <div className="start-claim__person" data-testid="start-claim-person-selected">
        {notice && (
          <Alert tone="success">
            <p>{notice}</p>
          </Alert>
        )}
        <p>
          <strong>Person:</strong> <span data-testid="start-claim-person">{personText(selected)}</span>{' '}
          <Button variant="secondary" onPress={() => onSelect(null)}>
            Byt person
          </Button>
        </p>
      </div>
    );
  }

  const set = (field: keyof RegisterValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  return (
    <div className="start-claim__person">
      <form
        role="search"
        aria-label="Personsökning"
        onSubmit={(event) => {
          event.preventDefault();
          search();
        }}
      >
        <TextField
          label="Sök person"
          description="Personnummer, samordningsnummer, MiG:s individnummer eller namn."
          value={term}
          onChange={setTerm}
          errorMessage={problem ?? searchError ?? error}
          data-testid="start-claim-person-search"
        />
        <Button type="submit" variant="secondary" isDisabled={searching} data-testid="start-claim-person-search-button">
          {searching ? 'Söker…' : 'Sök'}
        </Button>
      </form>
      {matches && (
        <div aria-live="polite">
          {matches.length === 0 ? (
            <p data-testid="start-claim-no-person">Ingen person i din stadsdel matchar sökningen.</p>
          ) : (
            <ul className="start-claim__matches" data-testid="start-claim-matches">
              {matches.map((p) => (
                <li key={p.id}>
                  {personText(p)}{' '}
                  <Button variant="secondary" onPress={() => onSelect(p)} aria-label={`Välj ${p.fullName}`} data-testid="start-claim-choose-person">
                    Välj
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {!registering ? (
        <p>
          <Button variant="secondary" onPress={() => setRegistering(true)} data-testid="start-claim-register-open">
            Personen finns inte – registrera ny person
          </Button>
        </p>
      ) : (
        <fieldset className="start-claim__register" data-testid="start-claim-register">
          <legend>Registrera ny person</legend>
          <TextField label="Förnamn" isRequired value={values.firstName} onChange={set('firstName')} errorMessage={errors.firstName} data-testid="register-firstName" />
          <TextField label="Efternamn" isRequired value={values.lastName} onChange={set('lastName')} errorMessage={errors.lastName} data-testid="register-lastName" />
          <TextField
            label="Personnummer eller samordningsnummer"
            description="10 eller 12 siffror."
            value={values.personalIdentityNumber}
            onChange={set('personalIdentityNumber')}
            errorMessage={errors.personalIdentityNumber}
            data-testid="register-personalIdentityNumber"
          />
          <TextField label="MiG:s individnummer" value={values.migIndividualNumber} onChange={set('migIndividualNumber')} errorMessage={errors.migIndividualNumber} data-testid="register-migIndividualNumber" />
          <TextField label="Födelsedatum" description="ÅÅÅÅ-MM-DD, om personen saknar identitet." value={values.birthDate} onChange={set('birthDate')} errorMessage={errors.birthDate} data-testid="register-birthDate" />
          <div className="sb-toolbar">
            <Button onPress={() => void register()} data-testid="start-claim-register-save">
              Registrera och välj
            </Button>
            <Button variant="secondary" onPress={() => setRegistering(false)}>
              Avbryt
            </Button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
