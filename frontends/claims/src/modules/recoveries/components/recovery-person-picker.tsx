import { Button, TextField, graphqlErrorText } from '@statsbidrag/ui';
import { useState } from 'react';
import { useQuery } from 'urql';
import { personText } from '../../start-claim/person-picker.js';
import { FIND_PERSON, type PersonMatch } from '../../start-claim/start-claim.graphql.js';

export interface RecoveryPersonPickerProps {
  selected: PersonMatch | null;
  onSelect: (person: PersonMatch | null) => void;
  error?: string;
}

/**
 * The person a recovery concerns: found by personnummer, samordningsnummer, MiG's number or name
 * (the same search as "Ny återsökning"; a recovery is only started for a person already registered).
 */
export function RecoveryPersonPicker({ selected, onSelect, error }: RecoveryPersonPickerProps) {
  const [term, setTerm] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [problem, setProblem] = useState<string>();
  const [found] = useQuery({ query: FIND_PERSON, variables: { search: submitted ?? '' }, pause: submitted === null, requestPolicy: 'network-only' });
  const matches = submitted !== null && found.data ? found.data.persons.edges.map((e) => e.node) : null;
  const searchError = found.error ? graphqlErrorText(found.error, 'Sökningen misslyckades. Försök igen.') : undefined;

  if (selected) {
    return (
      <p data-testid="recovery-person-selected">
        <strong>Person:</strong> <span data-testid="recovery-person">{personText(selected)}</span>{' '}
        <Button variant="secondary" onPress={() => onSelect(null)}>
          Byt person
        </Button>
      </p>
    );
  }

  const search = () => {
    const text = term.trim();
    if (text.length < 2) return setProblem('Skriv minst två tecken: personnummer, samordningsnummer, MiG:s individnummer eller namn.');
    setProblem(undefined);
    setSubmitted(text);
  };

  return (
    <div className="recovery-person">
      <div className="sb-toolbar">
        <TextField
          label="Sök person"
          description="Personnummer, samordningsnummer, MiG:s individnummer eller namn."
          value={term}
          onChange={setTerm}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              search();
            }
          }}
          errorMessage={problem ?? searchError ?? error}
          data-testid="recovery-person-search"
        />
        <Button variant="secondary" isDisabled={found.fetching} onPress={search} data-testid="recovery-person-search-button">
          {found.fetching ? 'Söker…' : 'Sök'}
        </Button>
      </div>
      {matches && (
        <div aria-live="polite">
          {matches.length === 0 ? (
            <p data-testid="recovery-no-person">Ingen person matchar sökningen.</p>
          ) : (
            <ul data-testid="recovery-person-matches">
              {matches.map((p) => (
                <li key={p.id}>
                  {personText(p)}{' '}
                  <Button variant="secondary" onPress={() => onSelect(p)} aria-label={`Välj ${p.fullName}`}>
                    Välj
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
