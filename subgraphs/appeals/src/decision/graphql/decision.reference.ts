import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { AppealsContext } from '../../context.js';
import { decisionRef } from './decision.type.js';

/**
 * Decision representations from the gateway. This subgraph holds only the key: the district scope
 * is applied to the appeals behind `Decision.appeal`.
 */
export const decisionReference = authorizedReference<AppealsContext, { id: string }>(
  () => undefined,
  (ref) => decisionRef(ref.id),
);
