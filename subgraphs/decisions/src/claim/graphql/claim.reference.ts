import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { DecisionsContext } from '../../context.js';
import { claimRef } from './claim.type.js';

/**
 * Claim representations from the gateway. This subgraph holds only the key: the district scope is
 * applied to the decisions behind `Claim.decision`.
 */
export const claimReference = authorizedReference<DecisionsContext, { id: string }>(
  () => undefined,
  (ref) => claimRef(ref.id),
);
