import { ErrorMessage, Spinner, graphqlErrorText } from '@statsbidrag/ui';
import { useMutation, useQuery } from 'urql';
import { DECISIONS_PATH, SERVICE_DOWN, decisionPath } from '../decision-labels.js';
import { DECISION_OPTIONS_QUERY, REGISTER_DECISION_MUTATION } from '../graphql/decisions.graphql.js';
import { DecisionForm } from './decision-form.js';
import { Link } from './link.js';

export interface NewDecisionPageProps {
  navigate: (url: string) => void;
  /** Today as ÅÅÅÅ-MM-DD (tests). */
  today?: string;
}

/** "Registrera beslut" (`/beslut/ny`): MiG's decision typed in from the beslutsunderlag; opens the decision when saved. */
export function NewDecisionPage({ navigate, today }: NewDecisionPageProps) {
  const [{ data, error }, reload] = useQuery({ query: DECISION_OPTIONS_QUERY, variables: {} });
  const [, register] = useMutation(REGISTER_DECISION_MUTATION);
  return (
    <section aria-labelledby="new-decision-heading">
      <p>
        <Link href={DECISIONS_PATH} navigate={navigate}>
          ← Beslut
        </Link>
      </p>
      <h1 id="new-decision-heading">Registrera beslut</h1>
      <p>Fyll i beslutet som det står i MiG:s beslutsunderlag. Laga kraft- och gallringsdatum räknas fram när beslutet sparas.</p>
      {error && !data ? (
        <ErrorMessage title="Ersättningstyperna kunde inte hämtas" onRetry={() => reload({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar formuläret…" />
      ) : (
        <DecisionForm
          claimTypes={data.claimTypes}
          submitLabel="Registrera beslut"
          today={today}
          onCancel={() => navigate(DECISIONS_PATH)}
          onSubmit={async (input) => {
            const result = await register({ input });
            if (result.error || !result.data) return result.error ?? null;
            navigate(decisionPath(result.data.registerDecision.id));
            return null;
          }}
        />
      )}
    </section>
  );
}

export default NewDecisionPage;
