import { Alert, Button, ErrorMessage, Select, Spinner, TextField, graphqlErrorText } from '@statsbidrag/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { PersonMatch } from '../../start-claim/start-claim.graphql.js';
import { RECOVERY_OPTIONS_QUERY, START_RECOVERY_MUTATION } from '../graphql/recoveries.graphql.js';
import { EMPTY_NEW_RECOVERY, MAX_TEXT, RECOVERIES_PATH, checkNewRecovery, formFieldOf, recoveryPath, type NewRecoveryErrors, type NewRecoveryValues } from '../recovery-rules.js';
import { Link } from './link.js';
import { RecoveryPersonPicker } from './recovery-person-picker.js';
import { TextArea } from './text-area.js';

export interface NewRecoveryPageProps {
  navigate: (url: string) => void;
}

const PERSONS_DISTRICT = 'PERSONS_DISTRICT';
const SERVICE_DOWN = 'Tjänsten för beslut och återkrav svarar inte just nu. Försök igen om en stund.';

/**
 * "Nytt återkrav" (5.1): an officer who finds a wrong payment records the person, compensation,
 * period, amount in kronor and the reason; MiG's case number, the decision date, a proposed action
 * and another district than the person's are optional.
 */
export function NewRecoveryPage({ navigate }: NewRecoveryPageProps) {
  const [{ data: options, error: optionsError }, reloadOptions] = useQuery({ query: RECOVERY_OPTIONS_QUERY, variables: {} });
  const [{ fetching }, startRecovery] = useMutation(START_RECOVERY_MUTATION);
  const [values, setValues] = useState<NewRecoveryValues>(EMPTY_NEW_RECOVERY);
  const [person, setPerson] = useState<PersonMatch | null>(null);
  const [errors, setErrors] = useState<NewRecoveryErrors>({});
  const [formError, setFormError] = useState<string>();

  const set =
    <K extends keyof NewRecoveryValues>(field: K) =>
    (value: NewRecoveryValues[K]) =>
      setValues((v) => ({ ...v, [field]: value }));

  const submit = async () => {
    setFormError(undefined);
    const checked = checkNewRecovery({ ...values, personId: person?.id ?? null });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const result = await startRecovery({ input: checked.input });
    if (result.error) {
      const message = graphqlErrorText(result.error, SERVICE_DOWN);
      const field = formFieldOf(result.error.graphQLErrors[0]?.extensions?.field);
      if (field) setErrors({ [field]: message });
      else setFormError(message);
      return;
    }
    navigate(recoveryPath(result.data!.startRecovery.id));
  };

  if (optionsError && !options) {
    return (
      <section>
        <h1>Nytt återkrav</h1>
        <ErrorMessage title="Formuläret kunde inte hämtas" onRetry={() => reloadOptions({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(optionsError, SERVICE_DOWN)}</p>
        </ErrorMessage>
      </section>
    );
  }
  if (!options) return <Spinner label="Laddar formuläret…" />;

  const typeOptions = options.claimTypes.map((t) => ({ id: t.code, label: `${t.name} (${t.code})` }));
  const districtOptions = [{ id: PERSONS_DISTRICT, label: 'Personens stadsdel under perioden' }, ...options.districts.map((d) => ({ id: d.code, label: d.name }))];

  return (
    <section aria-labelledby="new-recovery-heading">
      <p>
        <Link href={RECOVERIES_PATH} navigate={navigate}>
          Tillbaka till återkrav
        </Link>
      </p>
      <h1 id="new-recovery-heading">Nytt återkrav</h1>
      <form
        className="sb-form"
        noValidate
        aria-label="Nytt återkrav"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <RecoveryPersonPicker selected={person} onSelect={setPerson} error={errors.personId} />
        <Select
          label="Ersättning"
          options={typeOptions}
          selectedKey={values.compensationCode}
          onSelectionChange={set('compensationCode')}
          errorMessage={errors.compensationCode}
          data-testid="recovery-compensation"
        />
        <div className="sb-toolbar">
          <TextField label="Period från" description="ÅÅÅÅ-MM-DD" isRequired value={values.periodFrom} onChange={set('periodFrom')} errorMessage={errors.periodFrom} data-testid="recovery-period-from" />
          <TextField label="Period till" description="ÅÅÅÅ-MM-DD" isRequired value={values.periodTo} onChange={set('periodTo')} errorMessage={errors.periodTo} data-testid="recovery-period-to" />
        </div>
        <TextField label="Belopp (kr)" description="Beloppet som ska återkrävas, till exempel 12 345,50." isRequired value={values.amount} onChange={set('amount')} errorMessage={errors.amount} data-testid="recovery-amount-input" />
        <TextArea label="Orsak" description="Varför utbetalningen var felaktig." isRequired value={values.reason} onChange={set('reason')} errorMessage={errors.reason} maxLength={MAX_TEXT + 100} data-testid="recovery-reason" />
        <div className="sb-toolbar">
          <TextField label="MiG:s diarienummer" value={values.migCaseNumber} onChange={set('migCaseNumber')} errorMessage={errors.migCaseNumber} data-testid="recovery-mig-case" />
          <TextField
            label="Beslutsdatum"
            description="ÅÅÅÅ-MM-DD. Tomt: i dag. Överklagandefristen räknas från beslutsdatum."
            value={values.decidedAt}
            onChange={set('decidedAt')}
            errorMessage={errors.decidedAt}
            data-testid="recovery-decided-at"
          />
        </div>
        <TextArea
          label="Föreslagen åtgärd"
          description="Förslaget som stadsdelens kontaktperson får, t.ex. att godta kvittning vid nästa utbetalning."
          value={values.proposedAction}
          onChange={set('proposedAction')}
          errorMessage={errors.proposedAction}
          maxLength={MAX_TEXT + 100}
          data-testid="recovery-proposed-action"
        />
        <Select
          label="Stadsdel"
          description="Normalt personens stadsdel under perioden. Välj en annan bara om den ska bära återkravet."
          options={districtOptions}
          selectedKey={values.districtCode ?? PERSONS_DISTRICT}
          onSelectionChange={(k) => set('districtCode')(k && k !== PERSONS_DISTRICT ? k : null)}
          errorMessage={errors.districtCode}
          data-testid="recovery-district"
        />
        {formError && (
          <Alert tone="error" title="Återkravet kunde inte registreras">
            <p>{formError}</p>
          </Alert>
        )}
        {Object.keys(errors).length > 0 && (
          <Alert tone="error" data-testid="recovery-form-errors">
            <p>Rätta de markerade fälten.</p>
          </Alert>
        )}
        <div className="sb-toolbar">
          <Button type="submit" isDisabled={fetching} data-testid="recovery-save">
            {fetching ? 'Registrerar…' : 'Registrera återkrav'}
          </Button>
          <Button variant="secondary" onPress={() => navigate(RECOVERIES_PATH)}>
            Avbryt
          </Button>
        </div>
      </form>
    </section>
  );
}

export default NewRecoveryPage;
