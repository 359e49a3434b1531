import { Alert, Button, ErrorMessage, Spinner, TextField, formatDateTime, graphqlErrorText } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { DECISION_SETTINGS_QUERY, UPDATE_DECISION_SETTINGS_MUTATION, type DecisionSettings } from '../graphql/decision-settings.graphql.js';
import { SERVICE_DOWN, messageFor, serverErrorsOf } from '../import-file-checks.js';
import { DECISION_SETTINGS_PATH } from '../mig-import-roles.js';
import { ImportNav } from './import-nav.js';

export interface DecisionSettingsPageProps {
  roles: readonly string[];
  navigate: (url: string) => void;
}

const DAYS = /^\d+$/;

/** "1–365", or the Swedish problem with the value. */
export function daysProblem(value: string, label: string): string | undefined {
  const v = value.trim();
  if (!v) return `Ange ${label.toLowerCase()}.`;
  if (!DAYS.test(v) || Number(v) < 1 || Number(v) > 365) return `${label} ska vara ett heltal från 1 till 365.`;
  return undefined;
}

const APPEAL_LABEL = 'Laga kraft efter (dagar)';
const PURGE_LABEL = 'Gallring efter laga kraft (dagar)';

/** "Beslutsregler" (system administrator, administrator): when a decision becomes final and when it is purged. */
export function DecisionSettingsPage({ roles, navigate }: DecisionSettingsPageProps) {
  const [{ data, error }, reexecute] = useQuery({ query: DECISION_SETTINGS_QUERY, variables: {} });
  return (
    <section className="mig-import" aria-labelledby="decision-settings-heading">
      <h1 id="decision-settings-heading">Beslutsregler</h1>
      <ImportNav current={DECISION_SETTINGS_PATH} roles={roles} navigate={navigate} />
      <p>
        Ett beslut från Migrationsverket vinner laga kraft när tiden för att överklaga har gått ut, om det inte har överklagats. Standard är 21 dagar (tre
        veckor) från beslutsdatum. Beslutet gallras sedan ett antal dagar efter laga kraft; gallringsdatumet kan ändras för hand på varje beslut.
        Ändrade regler gäller beslut som registreras eller ändras efter att du sparat.
      </p>
      {error && !data ? (
        <ErrorMessage title="Beslutsreglerna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar beslutsregler…" />
      ) : (
        <SettingsForm settings={data.decisionSettings} />
      )}
    </section>
  );
}

function SettingsForm({ settings }: { settings: DecisionSettings }) {
  const [appealDays, setAppealDays] = useState(String(settings.appealDays));
  const [purgeDays, setPurgeDays] = useState(String(settings.purgeDaysAfterFinal));
  const [errors, setErrors] = useState<{ appealDays?: string; purgeDaysAfterFinal?: string }>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<DecisionSettings | null>(null);
  const [{ fetching }, update] = useMutation(UPDATE_DECISION_SETTINGS_MUTATION);
  const shown = saved ?? settings;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setGeneral(null);
    const found = { appealDays: daysProblem(appealDays, APPEAL_LABEL), purgeDaysAfterFinal: daysProblem(purgeDays, PURGE_LABEL) };
    setErrors(found);
    if (found.appealDays || found.purgeDaysAfterFinal) return;
    const result = await update({ input: { appealDays: Number(appealDays.trim()), purgeDaysAfterFinal: Number(purgeDays.trim()) } });
    if (result.data?.updateDecisionSettings) {
      setSaved(result.data.updateDecisionSettings);
    } else if (result.error) {
      const server = serverErrorsOf(result.error);
      const atFields = { appealDays: messageFor(server.fields, 'appealDays'), purgeDaysAfterFinal: messageFor(server.fields, 'purgeDaysAfterFinal') };
      setErrors(atFields);
      setGeneral(atFields.appealDays || atFields.purgeDaysAfterFinal ? null : (server.general ?? Object.values(server.fields)[0] ?? null));
    }
  };

  return (
    <form className="mig-import__settings" onSubmit={(e) => void submit(e)} noValidate aria-label="Beslutsregler">
      {saved && (
        <Alert tone="success" title="Beslutsreglerna är sparade." data-testid="settings-saved">
          <p>
            Laga kraft {saved.appealDays} dagar efter beslutet, gallring {saved.purgeDaysAfterFinal} dagar efter laga kraft.
          </p>
        </Alert>
      )}
      {general && (
        <Alert tone="error" title="Beslutsreglerna kunde inte sparas">
          <p>{general}</p>
        </Alert>
      )}
      <TextField label={APPEAL_LABEL} description="Dagar från beslutsdatum till laga kraft, om beslutet inte överklagas (1–365)." inputMode="numeric" value={appealDays} onChange={setAppealDays} errorMessage={errors.appealDays} />
      <TextField label={PURGE_LABEL} description="Dagar från laga kraft till gallringsdatum (1–365)." inputMode="numeric" value={purgeDays} onChange={setPurgeDays} errorMessage={errors.purgeDaysAfterFinal} />
      {shown.updatedAt && (
        <p className="sb-muted" data-testid="settings-updated">
          Senast ändrad {formatDateTime(shown.updatedAt)}
          {shown.updatedBy ? ` av ${shown.updatedBy}` : ''}.
        </p>
      )}
      <div>
        <Button type="submit" isDisabled={fetching}>
          Spara
        </Button>
      </div>
    </form>
  );
}
