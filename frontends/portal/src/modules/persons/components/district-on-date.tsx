import { Button, ErrorMessage, Spinner, TextField, parseDateInput, graphqlErrorText } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { PERSON_DISTRICT_ON_QUERY } from '../graphql/person-district-on.query.js';
import { districtText } from '../person-format.js';

export const DISTRICT_DATE_LABEL = 'Datum';

/**
 * "Stadsdel ett visst datum": the district the person belonged to on a date (13 districts before
 * 2023-07-01, 11 after; a merged district is shown with its successor).
 */
export function DistrictOnDate({ personId }: { personId: string }) {
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | undefined>(undefined);
  const [date, setDate] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PERSON_DISTRICT_ON_QUERY,
    variables: { id: personId, date: date ?? '' },
    pause: !date,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDateInput(input, { label: DISTRICT_DATE_LABEL });
    if (!parsed.ok || !parsed.value) {
      setInputError(parsed.ok ? 'Ange ett datum som ÅÅÅÅ-MM-DD.' : parsed.message);
      return;
    }
    setInputError(undefined);
    setInput(parsed.value);
    setDate(parsed.value);
  };

  const district = data?.person?.districtOn;
  return (
    <section className="person-card__section" aria-labelledby="district-on-heading">
      <h2 id="district-on-heading">Stadsdel ett visst datum</h2>
      <form className="sb-toolbar" onSubmit={submit} noValidate aria-label="Stadsdel ett visst datum">
        <TextField
          label={DISTRICT_DATE_LABEL}
          value={input}
          onChange={(value) => {
            setInput(value);
            if (inputError) setInputError(undefined);
          }}
          name="datum"
          inputMode="numeric"
          autoComplete="off"
          description="ÅÅÅÅ-MM-DD"
          errorMessage={inputError}
        />
        <Button type="submit" variant="secondary">
          Visa stadsdel
        </Button>
      </form>
      <div aria-live="polite">
        {!date ? null : fetching && !data ? (
          <Spinner label="Hämtar stadsdel…" />
        ) : error && !data ? (
          <ErrorMessage title="Stadsdelen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
            <p>{graphqlErrorText(error, 'Personregistret svarar inte just nu. Försök igen om en stund.')}</p>
          </ErrorMessage>
        ) : district ? (
          <p data-testid="district-on-result">
            Stadsdel {date}: <strong>{districtText(district)}</strong>
          </p>
        ) : (
          <p data-testid="district-on-result">Personen hörde inte till någon stadsdel {date} (ingen känd folkbokföringsadress i staden).</p>
        )}
      </div>
    </section>
  );
}
