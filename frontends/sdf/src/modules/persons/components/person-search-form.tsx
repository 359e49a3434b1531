import { Button, TextField } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';

export const SEARCH_LABEL = 'Sök på namn, personnummer, samordningsnummer eller MiG individnummer';
export const SEARCH_HELP =
  'Personnummer eller samordningsnummer med 10 eller 12 siffror (med eller utan bindestreck), minst 6 siffror av ett sådant nummer, MiG individnummer (7–8 siffror) eller namn.';
export const NOTHING_TO_SEARCH = 'Skriv ett namn eller ett nummer att söka på.';

export interface PersonSearchFormProps {
  initialTerm: string;
  /** Called with a non-empty, trimmed term. */
  onSearch: (term: string) => void;
}

/** The search form of "Personer": one field, checked for emptiness before anything is sent. */
export function PersonSearchForm({ initialTerm, onSearch }: PersonSearchFormProps) {
  const [term, setTerm] = useState(initialTerm);
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = term.trim();
    if (!trimmed) {
      setError(NOTHING_TO_SEARCH);
      return;
    }
    onSearch(trimmed);
  };

  return (
    <form role="search" aria-label="Sök person" className="sb-toolbar sdf-persons__form" onSubmit={submit} noValidate>
      <div className="sdf-persons__term">
        <TextField
          label={SEARCH_LABEL}
          description={SEARCH_HELP}
          value={term}
          onChange={(value) => {
            setTerm(value);
            if (error) setError(undefined);
          }}
          type="search"
          name="q"
          autoComplete="off"
          errorMessage={error}
        />
      </div>
      <Button type="submit">Sök</Button>
    </form>
  );
}
