import { Alert, AppLink, Button, Select, TextField, graphqlErrorText, parseDateInput } from '@statsbidrag/ui';
import { useState } from 'react';
import { useClient, useMutation, type CombinedError } from 'urql';
import { parseKronor } from '../excel/proposal-excel.js';
import { PROPOSE_CLAIM_MUTATION, searchPersons, type FoundPerson, type Option, type ProposeClaimInput } from '../graphql/proposals.graphql.js';

type Field = 'personId' | 'districtCode' | 'claimTypeCode' | 'periodFrom' | 'periodTo' | 'amount' | 'comment';
type Errors = Partial<Record<Field | 'search', string>>;

export interface ProposeFormValues {
  personId: string | null;
  districtCode: string | null;
  claimTypeCode: string | null;
  periodFrom: string;
  periodTo: string;
  amount: string;
  comment: string;
}

/** Checks the form like the server will (the server checks again); returns the input or the problems. */
export function checkProposal(values: ProposeFormValues): { input: ProposeClaimInput; errors?: undefined } | { errors: Errors; input?: undefined } {
  const errors: Errors = {};
  if (!values.personId) errors.personId = 'Sök fram och välj personen.';
  if (!values.districtCode) errors.districtCode = 'Välj kostnadsbärande stadsdel.';
  if (!values.claimTypeCode) errors.claimTypeCode = 'Välj ersättningstyp.';
  const from = parseDateInput(values.periodFrom, { label: 'Period från' });
  const to = parseDateInput(values.periodTo, { label: 'Period till' });
  if (!from.ok) errors.periodFrom = from.message;
  if (!to.ok) errors.periodTo = to.message;
  if (from.ok && to.ok && from.value && to.value && from.value > to.value) errors.periodTo = 'Perioden måste sluta samma dag som den börjar eller senare.';
  const amount = parseKronor(values.amount);
  if (amount !== null && Number.isNaN(amount)) errors.amount = 'Skriv beloppet i kronor, till exempel 12 500 eller 12 500,50.';
  if (values.comment.length > 4000) errors.comment = 'Kommentaren får vara högst 4 000 tecken.';
  if (Object.keys(errors).length) return { errors };
  const input: ProposeClaimInput = { personId: values.personId!, districtCode: values.districtCode!, claimTypeCode: values.claimTypeCode! };
  if (from.ok && from.value) input.periodFrom = from.value;
  if (to.ok && to.value) input.periodTo = to.value;
  if (amount !== null) input.amount = amount;
  if (values.comment.trim()) input.comment = values.comment.trim();
  return { input };
}

/** The server's refusals per field (`extensions.problems` or `extensions.field`). */
function serverErrors(error: CombinedError): Errors {
  const errors: Errors = {};
  const known: Field[] = ['personId', 'districtCode', 'claimTypeCode', 'periodFrom', 'periodTo', 'amount', 'comment'];
  for (const e of error.graphQLErrors) {
    const problems = Array.isArray(e.extensions?.problems) ? (e.extensions.problems as { field: string; message: string }[]) : [];
    for (const p of problems) if (known.includes(p.field as Field)) errors[p.field as Field] ??= p.message;
    const field = e.extensions?.field;
    if (typeof field === 'string' && known.includes(field as Field)) errors[field as Field] ??= e.message;
  }
  return errors;
}

const EMPTY: ProposeFormValues = { personId: null, districtCode: null, claimTypeCode: null, periodFrom: '', periodTo: '', amount: '', comment: '' };

/** "Föreslå återsökning" (step 1b): one proposal to a district, for a person found through the gateway. */
export function ProposeClaimForm({ districts, claimTypes, navigate }: { districts: Option[]; claimTypes: Option[]; navigate?: (url: string) => void }) {
  const client = useClient();
  const [values, setValues] = useState<ProposeFormValues>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [search, setSearch] = useState('');
  const [hits, setHits] = useState<FoundPerson[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [created, setCreated] = useState<{ id: string; name: string }>();
  const [{ fetching }, propose] = useMutation(PROPOSE_CLAIM_MUTATION);
  const set = (field: keyof ProposeFormValues) => (value: string | null) => setValues((v) => ({ ...v, [field]: value ?? (field.endsWith('Code') || field === 'personId' ? null : '') }));

  const findPersons = async () => {
    if (search.trim().length < 2) {
      setErrors((e) => ({ ...e, search: 'Skriv minst två tecken av namn eller personnummer.' }));
      return;
    }
    setSearching(true);
    setErrors((e) => ({ ...e, search: undefined }));
    const { persons: found, error } = await searchPersons(client, search.trim(), 20);
    setSearching(false);
    if (error) {
      setErrors((e) => ({ ...e, search: graphqlErrorText(error, 'Personsökningen svarar inte just nu. Försök igen om en stund.') }));
      return;
    }
    setHits(found);
    if (found.length === 1) {
      setValues((v) => ({ ...v, personId: found[0]!.id, districtCode: v.districtCode ?? found[0]!.district?.code ?? null }));
    }
  };

  const submit = async () => {
    if (fetching) return;
    setFormError(undefined);
    setCreated(undefined);
    const checked = checkProposal(values);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const result = await propose({ input: checked.input });
    if (result.error || !result.data) {
      const fieldErrors = result.error ? serverErrors(result.error) : {};
      setErrors(fieldErrors);
      if (!Object.keys(fieldErrors).length) setFormError(result.error ? graphqlErrorText(result.error, 'Tjänsten för återsökningar svarar inte just nu.') : 'Förslaget sparades inte.');
      return;
    }
    const person = hits?.find((p) => p.id === values.personId);
    setCreated({ id: result.data.proposeClaim.id, name: person?.fullName ?? 'personen' });
    setValues(EMPTY);
    setHits(null);
    setSearch('');
  };

  const personOptions = (hits ?? []).map((p) => ({ id: p.id, label: `${p.fullName}${p.personalIdentityNumber ? ` (${p.personalIdentityNumber})` : ''}${p.district ? `, ${p.district.name}` : ''}` }));
  const href = created ? `/atersokningar/${encodeURIComponent(created.id)}` : '';
  return (
    <section aria-labelledby="propose-heading" data-testid="propose-claim">
      <h2 id="propose-heading">Föreslå återsökning</h2>
      <p>Förslaget går till stadsdelens kontaktperson, som fyller i enhet, handläggare, belopp och period och bekräftar eller avvisar.</p>
      {created && (
        <Alert tone="success" data-testid="propose-done">
          <p>
            Förslaget för {created.name} är skickat till stadsdelen.{' '}
            {navigate ? <AppLink href={href} onNavigate={navigate}>Visa återsökningen</AppLink> : <a href={href}>Visa återsökningen</a>}
          </p>
        </Alert>
      )}
      {formError && (
        <Alert tone="error" title="Förslaget sparades inte" data-testid="propose-error">
          <p>{formError}</p>
        </Alert>
      )}
      <form
        className="sb-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="sb-toolbar">
          <TextField label="Sök person (namn eller personnummer)" value={search} onChange={setSearch} errorMessage={errors.search} data-testid="propose-search" />
          <Button variant="secondary" onPress={() => void findPersons()} isDisabled={searching} data-testid="propose-search-button">
            {searching ? 'Söker…' : 'Sök'}
          </Button>
        </div>
        {hits !== null && hits.length === 0 && <p role="status">Ingen person hittades.</p>}
        <div>
          <Select
            label="Person"
            options={personOptions}
            selectedKey={values.personId}
            onSelectionChange={set('personId')}
            placeholder={hits === null ? 'Sök fram personen först' : 'Välj person…'}
            isDisabled={!hits?.length}
            errorMessage={errors.personId}
            errorTestId="propose-error-personId"
            data-testid="propose-person"
          />
        </div>
        <div>
          <Select label="Kostnadsbärande stadsdel" options={districts.map((d) => ({ id: d.code, label: d.name }))} selectedKey={values.districtCode} onSelectionChange={set('districtCode')} errorMessage={errors.districtCode} errorTestId="propose-error-districtCode" data-testid="propose-district" />
        </div>
        <div>
          <Select label="Ersättningstyp" options={claimTypes.map((t) => ({ id: t.code, label: `${t.name} (${t.code})` }))} selectedKey={values.claimTypeCode} onSelectionChange={set('claimTypeCode')} errorMessage={errors.claimTypeCode} errorTestId="propose-error-claimTypeCode" data-testid="propose-claim-type" />
        </div>
        <TextField label="Period från (frivillig)" description="ÅÅÅÅ-MM-DD" value={values.periodFrom} onChange={set('periodFrom')} errorMessage={errors.periodFrom} data-testid="propose-period-from" />
        <TextField label="Period till (frivillig)" description="ÅÅÅÅ-MM-DD" value={values.periodTo} onChange={set('periodTo')} errorMessage={errors.periodTo} data-testid="propose-period-to" />
        <TextField label="Belopp i kronor (frivilligt)" description="Till exempel 12 500 eller 12 500,50." value={values.amount} onChange={set('amount')} errorMessage={errors.amount} data-testid="propose-amount" />
        <TextField label="Kommentar till stadsdelen (frivillig)" value={values.comment} onChange={set('comment')} errorMessage={errors.comment} data-testid="propose-comment" />
        <Button type="submit" isDisabled={fetching} data-testid="propose-submit">
          {fetching ? 'Skickar…' : 'Skicka förslaget'}
        </Button>
      </form>
    </section>
  );
}
