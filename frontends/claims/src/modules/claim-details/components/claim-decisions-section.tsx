import { Badge, DataTable, ErrorMessage, Spinner, formatDate, formatKronor, graphqlErrorText, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Link } from '../../decisions/components/link.js';
import { decisionPath } from '../../decisions/decision-labels.js';
import { CLAIM_DECISIONS_QUERY, type ClaimDecision } from '../graphql/claim-decisions.graphql.js';

function columnsFor(navigate: ((url: string) => void) | undefined): DataTableColumn<ClaimDecision>[] {
  return [
    {
      id: 'outcome',
      label: 'Utfall',
      text: (d) => d.outcomeLabel,
      render: (d) => (
        <Link href={decisionPath(d.id)} navigate={navigate} data-testid="claim-decision-link">
          {d.outcomeLabel}
        </Link>
      ),
      isRowHeader: true,
      cellTestId: 'claim-decision-outcome',
    },
    { id: 'migCaseNumber', label: 'Diarienummer', text: (d) => d.migCaseNumber },
    { id: 'decidedAt', label: 'Beslutsdatum', text: (d) => formatDate(d.decidedAt), cellTestId: 'claim-decision-date' },
    { id: 'granted', label: 'Beviljat', text: (d) => formatKronor(d.grantedAmount), align: 'end', cellTestId: 'claim-decision-granted' },
    { id: 'paid', label: 'Utbetalt', text: (d) => formatKronor(d.paidAmount), align: 'end', cellTestId: 'claim-decision-paid' },
    {
      id: 'final',
      label: 'Laga kraft',
      text: (d) => [formatDate(d.finalAt), d.appealed ? 'Överklagat' : d.isFinal ? 'Laga kraft' : ''].filter(Boolean).join(' '),
      render: (d) => (
        <>
          {formatDate(d.finalAt)}{' '}
          {d.appealed ? <Badge tone="warning">Överklagat</Badge> : d.isFinal ? <Badge tone="success">Laga kraft</Badge> : null}
        </>
      ),
      cellTestId: 'claim-decision-final',
    },
  ];
}

/** "Beslut från MiG" on the claim page: the claim's decisions, newest first, each linking to its card. */
export function ClaimDecisionsSection({ claimId, navigate }: { claimId: string; navigate?: (url: string) => void }) {
  const [{ data, error }, reexecute] = useQuery({ query: CLAIM_DECISIONS_QUERY, variables: { id: claimId } });
  const columns = useMemo(() => columnsFor(navigate), [navigate]);
  const decisions = data?.claim?.decisions ?? [];
  return (
    <section aria-labelledby="claim-decisions-heading" data-testid="claim-decisions">
      <h2 id="claim-decisions-heading">Beslut från MiG</h2>
      {error && !data ? (
        <ErrorMessage title="Besluten kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten för beslut svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar besluten…" />
      ) : decisions.length === 0 ? (
        <p className="sb-muted" data-testid="claim-decisions-none">
          MiG har inte fattat något beslut på återsökningen ännu.
        </p>
      ) : (
        <DataTable label="Beslut från MiG" columns={columns} rows={decisions} getRowId={(d) => d.id} rowTestId="claim-decision-row" />
      )}
    </section>
  );
}
