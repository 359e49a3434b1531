import { Alert, Button, ErrorMessage, Select, Spinner, TextField, graphqlErrorText, parseDateInput, parseKronorInput } from '@statsbidrag/ui';
import type { ClaimsScreenProps } from '@statsbidrag/ui/host';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { AttachmentPicker, uploadAttachments, type AttachmentPick } from '../attachments/index.js';
import { PersonPicker } from './person-picker.js';
import { INITIATE_CLAIM, START_CLAIM_OPTIONS, type PersonMatch } from './start-claim.graphql.js';

export const START_CLAIM_PATH = '/atersokningar/ny';

type Field = 'person' | 'districtCode' | 'unitCode' | 'officerUsername' | 'claimTypeCode' | 'amount' | 'periodFrom' | 'periodTo' | 'question';
type Values = Record<Exclude<Field, 'person'>, string>;
type Errors = Partial<Record<Field, string>>;

/** What the form sends, or what is wrong with each field (in Swedish). */
export function validateStartClaim(values: Values, person: PersonMatch | null): { ok: true; input: import('./start-claim.graphql.js').InitiateClaimInput } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  if (!person) errors.person = 'Välj eller registrera personen.';
  if (!values.districtCode) errors.districtCode = 'Välj kostnadsbärande stadsdel.';
  if (!values.unitCode) errors.unitCode = 'Välj kostnadsbärande enhet.';
  if (!values.officerUsername) errors.officerUsername = 'Välj handläggare.';
  if (!values.claimTypeCode) errors.claimTypeCode = 'Välj ersättningstyp.';
  const amount = parseKronorInput(values.amount);
  if (!amount.ok) errors.amount = amount.message;
  else if (amount.value === null) errors.amount = 'Fyll i belopp.';
  const from = parseDateInput(values.periodFrom, { label: 'Period från' });
  const to = parseDateInput(values.periodTo, { label: 'Period till' });
  if (!from.ok) errors.periodFrom = from.message;
  else if (!from.value) errors.periodFrom = 'Fyll i när perioden börjar (ÅÅÅÅ-MM-DD).';
  if (!to.ok) errors.periodTo = to.message;
  else if (!to.value) errors.periodTo = 'Fyll i när perioden slutar (ÅÅÅÅ-MM-DD).';
  if (from.ok && to.ok && from.value && to.value && from.value > to.value) errors.periodTo = 'Perioden måste sluta samma dag som den börjar eller senare.';
  if (values.question.length > 4000) errors.question = 'Frågan får vara högst 4 000 tecken.';
  if (Object.keys(errors).length || !person || !amount.ok || !from.ok || !to.ok) return { ok: false, errors };
  return {
    ok: true,
    input: {
      personId: person.id,
      districtCode: values.districtCode,
      unitCode: values.unitCode,
      officerUsername: values.officerUsername,
      claimTypeCode: values.claimTypeCode,
      amount: amount.value!,
      periodFrom: from.value,
      periodTo: to.value,
      question: values.question.trim() || null,
    },
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="start-claim__section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * "Ny återsökning" (step 1a): the district's officer starts a claim – cost-bearing district, unit and
 * officer, the person (found or registered), the claim type by its text with the code, amount,
 * period, attachments by kind and an optional question to Statsbidragsgruppen. The claim opens
 * afterwards; a file the server refuses is named, and the claim is started anyway.
 */
export function StartClaimPage({ navigate }: ClaimsScreenProps) {
  const [{ data, error }, reexecute] = useQuery({ query: START_CLAIM_OPTIONS });
  const [{ fetching }, initiate] = useMutation(INITIATE_CLAIM);
  const [person, setPerson] = useState<PersonMatch | null>(null);
  const [values, setValues] = useState<Values>({ districtCode: '', unitCode: '', officerUsername: '', claimTypeCode: '', amount: '', periodFrom: '', periodTo: '', question: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  const [picks, setPicks] = useState<AttachmentPick[]>([]);
  const [uploading, setUploading] = useState<string>();
  const [partly, setPartly] = useState<{ claimId: string; failed: string[] }>();
  const client = useClient();
  const questionId = useId();

  const me = data?.me;
  const districtCode = values.districtCode || (me?.districts.length === 1 ? me.districts[0]!.code : '');
  const officer = values.officerUsername || (me && me.roles.includes('DISTRICT_OFFICER') ? me.username : '');
  const district = me?.districts.find((d) => d.code === districtCode);
  const typeOptions = useMemo(() => (data?.claimTypes ?? []).map((t) => ({ id: t.code, label: `${t.name} (${t.code})` })), [data]);
  const officerOptions = useMemo(
    () =>
      (data?.staffMembers.edges ?? [])
        .map((e) => e.node)
        .filter((s) => s.active && s.districtCodes.includes(districtCode) && s.roles.some((r) => r === 'DISTRICT_OFFICER' || r === 'DISTRICT_CONTACT'))
        .map((s) => ({ id: s.username, label: s.name })),
    [data, districtCode],
  );

  if (!data) {
    return error ? (
      <section>
        <h1>Ny återsökning</h1>
        <ErrorMessage title="Formuläret kunde inte laddas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      </section>
    ) : (
      <Spinner label="Laddar formuläret…" />
    );
  }

  const set = (field: keyof Values) => (value: string | null) => setValues((v) => ({ ...v, [field]: value ?? '', ...(field === 'districtCode' ? { unitCode: '', officerUsername: '' } : {}) }));
  const submit = async () => {
    setFailure(undefined);
    const checked = validateStartClaim({ ...values, districtCode, officerUsername: officer }, person);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const result = await initiate({ input: checked.input });
    if (result.error) {
      const field = result.error.graphQLErrors[0]?.extensions?.field as Field | undefined;
      const message = graphqlErrorText(result.error, 'Återsökningen kunde inte startas. Försök igen.');
      if (field && field !== 'person' && field in values) setErrors({ [field]: message });
      else setFailure(message);
      return;
    }
    const claimId = result.data!.initiateClaim.id;
    if (picks.length) {
      setUploading(`Laddar upp bilagor (${picks.length} st)…`);
      const uploaded = await uploadAttachments(client, claimId, picks);
      setUploading(undefined);
      const failed = uploaded.filter((u) => u.error).map((u) => `${u.pick.file.name}: ${u.error && 'graphQLErrors' in u.error ? graphqlErrorText(u.error, 'kunde inte laddas upp') : (u.error?.message ?? 'kunde inte laddas upp')}`);
      if (failed.length) {
        setPartly({ claimId, failed });
        return;
      }
    }
    navigate?.(`/atersokningar/${encodeURIComponent(claimId)}`);
  };

  if (partly) {
    return (
      <section aria-labelledby="start-claim-heading" className="start-claim">
        <h1 id="start-claim-heading">Ny återsökning</h1>
        <Alert tone="warning" data-testid="start-claim-partly">
          <p>Återsökningen är startad, men {partly.failed.length === 1 ? 'en bilaga' : `${partly.failed.length} bilagor`} kunde inte laddas upp:</p>
          <ul>
            {partly.failed.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          <p>Lägg till dem på återsökningen.</p>
        </Alert>
        <Button onPress={() => navigate?.(`/atersokningar/${encodeURIComponent(partly.claimId)}`)}>Öppna återsökningen</Button>
      </section>
    );
  }

  const requiredKinds = data.claimTypes.find((t) => t.code === values.claimTypeCode)?.requiredAttachmentKinds ?? [];
  const errorCount = Object.keys(errors).length;
  return (
    <section aria-labelledby="start-claim-heading" className="start-claim">
      <h1 id="start-claim-heading">Ny återsökning</h1>
      <p className="sb-muted">Stadsdelen startar en återsökning av en kostnad hos Migrationsverket. Statsbidragsgruppen på AmF granskar den och skickar ansökan till Migrationsverket.</p>
      {errorCount > 0 && (
        <Alert tone="error" data-testid="start-claim-errors">
          <p>
            {errorCount === 1 ? 'Ett fält' : `${errorCount} fält`} behöver rättas: {Object.values(errors).join(' ')}
          </p>
        </Alert>
      )}
      {failure && (
        <Alert tone="error" data-testid="start-claim-failure">
          <p>{failure}</p>
        </Alert>
      )}
      <Section title="1. Person">
        <PersonPicker selected={person} onSelect={setPerson} districtCode={districtCode || null} error={errors.person} />
      </Section>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Section title="2. Kostnadsbärare">
          {me!.districts.length === 1 ? (
            <p>
              <strong>Kostnadsbärande stadsdel:</strong> <span data-testid="start-claim-district">{me!.districts[0]!.name}</span>
            </p>
          ) : (
            <Select label="Kostnadsbärande stadsdel" options={me!.districts.map((d) => ({ id: d.code, label: d.name }))} selectedKey={districtCode || null} onSelectionChange={set('districtCode')} errorMessage={errors.districtCode} data-testid="start-claim-districtCode" />
          )}
          <Select
            label="Kostnadsbärande enhet"
            options={(district?.units ?? []).map((u) => ({ id: u.code, label: u.name }))}
            selectedKey={values.unitCode || null}
            onSelectionChange={set('unitCode')}
            isDisabled={!district}
            errorMessage={errors.unitCode}
            errorTestId="start-claim-error-unitCode"
            data-testid="start-claim-unitCode"
          />
          <Select label="Handläggare" options={officerOptions} selectedKey={officer || null} onSelectionChange={set('officerUsername')} errorMessage={errors.officerUsername} data-testid="start-claim-officerUsername" />
        </Section>
        <Section title="3. Ersättning">
          <Select label="Ersättningstyp" options={typeOptions} selectedKey={values.claimTypeCode || null} onSelectionChange={set('claimTypeCode')} errorMessage={errors.claimTypeCode} errorTestId="start-claim-error-claimTypeCode" data-testid="start-claim-claimTypeCode" />
          {values.claimTypeCode && <p className="sb-muted" data-testid="start-claim-type-code">Kod hos Migrationsverket: {values.claimTypeCode}</p>}
          <TextField label="Belopp (kr)" description="Till exempel 12 345,50." value={values.amount} onChange={set('amount')} errorMessage={errors.amount} isRequired data-testid="start-claim-amount" />
          <TextField label="Period från" description="ÅÅÅÅ-MM-DD" value={values.periodFrom} onChange={set('periodFrom')} errorMessage={errors.periodFrom} isRequired data-testid="start-claim-periodFrom" />
          <TextField label="Period till" description="ÅÅÅÅ-MM-DD" value={values.periodTo} onChange={set('periodTo')} errorMessage={errors.periodTo} isRequired data-testid="start-claim-periodTo" />
          <div className="sb-field">
            <label className="sb-field__label" htmlFor={questionId}>
              Fråga till Statsbidragsgruppen (valfritt)
            </label>
            <textarea id={questionId} className="sb-field__input" rows={3} value={values.question} onChange={(event) => set('question')(event.target.value)} data-testid="start-claim-question" />
            {errors.question && <p className="sb-field__error" role="alert">{errors.question}</p>}
          </div>
        </Section>
        <Section title="4. Bilagor">
          <p className="sb-muted">Ekonomiskt underlag, insatsbeslut, medicinskt underlag: PDF, JPEG, PNG, Word eller Excel, högst 10 MB per fil. Du kan också lägga till bilagor senare.</p>
          <AttachmentPicker value={picks} onChange={setPicks} requiredKinds={requiredKinds} headingLevel={3} isDisabled={fetching || !!uploading} />
        </Section>
        {uploading && <p role="status">{uploading}</p>}
        <div className="sb-toolbar">
          <Button type="submit" isDisabled={fetching || !!uploading} data-testid="start-claim-submit">
            {fetching ? 'Startar…' : 'Starta återsökning'}
          </Button>
          <Button variant="secondary" onPress={() => navigate?.('/atersokningar')}>
            Avbryt
          </Button>
        </div>
      </form>
    </section>
  );
}

/** `claims/StartClaim`. */
export { StartClaimPage as StartClaim };
