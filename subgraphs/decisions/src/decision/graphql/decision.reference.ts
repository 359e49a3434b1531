import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { DecisionsContext } from '../../context.js';
import { canSeeDecision } from '../application/decision-access.js';
import { toDecision } from './decision.type.js';

/** Decision references: batched, and null for decisions outside the caller's districts. */
export const decisionReference = authorizedReference<DecisionsContext, { id: string }>(
  () => undefined,
  async (ref, { loaders, identity }) => {
    const row = await loaders.decision.load(ref.id);
    return row && canSeeDecision(identity, row) ? toDecision(row) : null;
  },
);
