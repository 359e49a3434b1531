import { ErrorMessage, Spinner, graphqlErrorText } from '@statsbidrag/ui';
import { useQuery } from 'urql';
import { PROPOSAL_OPTIONS_QUERY } from '../graphql/proposals.graphql.js';
import { ImportProposals } from './import-proposals.js';
import { ProposeClaimForm } from './propose-claim-form.js';

export interface ClaimProposalsPageProps {
  /** Client-side navigation of the host (links to the created claim). */
  navigate?: (url: string) => void;
}

/**
 * "Förslag till stadsdelar" (step 1b, Statsbidragsgruppen): one proposal by form, or many from an
 * Excel file. The server decides who may propose (COORDINATOR) and checks every row again.
 */
export function ClaimProposalsPage({ navigate }: ClaimProposalsPageProps) {
  const [{ data, error }, reexecute] = useQuery({ query: PROPOSAL_OPTIONS_QUERY, variables: {} });
  return (
    <section aria-labelledby="proposals-heading" className="claim-proposals">
      <h1 id="proposals-heading">Förslag till stadsdelar</h1>
      {!data ? (
        error ? (
          <ErrorMessage title="Stadsdelar och ersättningstyper kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
            <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
          </ErrorMessage>
        ) : (
          <Spinner label="Laddar stadsdelar och ersättningstyper…" />
        )
      ) : (
        <>
          <ProposeClaimForm districts={data.districts} claimTypes={data.claimTypes} {...(navigate ? { navigate } : {})} />
          <ImportProposals districts={data.districts} claimTypes={data.claimTypes} />
        </>
      )}
    </section>
  );
}

export default ClaimProposalsPage;
