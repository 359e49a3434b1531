import { Button, TextField, parseDateInput } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';

export const SEARCH_LABEL = 'Sök på namn, personnummer, samordningsnummer eller individnummer';
export const BIRTH_DATE_LABEL = 'Födelsedatum';
export const NOTHING_TO_SEARCH = 'Skriv något att söka på eller ange ett födelsedatum.';

export interface PersonSearchFormProps {
  initialTerm: string;
  initialBirthDate: string;
  /** Called with a valid search (birth date as ÅÅÅÅ-MM-DD or ''). */
  onSearch: (term: string, birthDate: string) => void;
}

/** The search form; the birth date is checked here, before anything is sent. */
export function PersonSearchForm({ initialTerm, initialBirthDate, onSearch }: PersonSearchFormProps) {
  const [term, setTerm] = useState(initialTerm);
  const [birthDate, setBirthDate] = useState(initialBirthDate);
  const [termError, setTermError] = useState<string | undefined>(undefined);
  const [birthDateError, setBirthDateError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = parseDateInput(birthDate, { label: BIRTH_DATE_LABEL, notInFuture: true });
    setBirthDateError(date.ok ? undefined : date.message);
    const empty = !term.trim() && !birthDate.trim();
    setTermError(empty ? NOTHING_TO_SEARCH : undefined);
    if (!date.ok || empty) return;
    setBirthDate(date.value);
    onSearch(term.trim(), date.value);
  };

  return (
    <form role="search" aria-label="Sök person" className="sb-toolbar persons-search__form" onSubmit={submit} noValidate>
      <div className="persons-search__term">
        <TextField
          label={SEARCH_LABEL}
          value={term}
          onChange={(value) => {
            setTerm(value);
            if (termError) setTermError(undefined);
          }}
          type="search"
          name="q"
          autoComplete="off"
          description="Personnummer med 10 eller 12 siffror, individnummer med 7–8 siffror, eller namn."
          errorMessage={termError}
        />
      </div>
      <div className="persons-search__date">
        <TextField
          label={BIRTH_DATE_LABEL}
          value={birthDate}
          onChange={(value) => {
            setBirthDate(value);
            if (birthDateError) setBirthDateError(undefined);
          }}
          name="fodelsedatum"
          inputMode="numeric"
          autoComplete="off"
          description="Valfritt. ÅÅÅÅ-MM-DD"
          errorMessage={birthDateError}
        />
      </div>
      <Button type="submit">Sök</Button>
    </form>
  );
}
