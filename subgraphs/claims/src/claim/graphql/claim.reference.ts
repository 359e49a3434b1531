import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { ClaimsContext } from '../../context.js';
import { toClaim } from './claim.mapper.js';

/** Claims referenced from other subgraphs (e.g. Decision.claim): batched and district-scoped. */
export const claimReference = authorizedReference<ClaimsContext, { id: string }>(
  () => undefined,
  async (ref, { loaders }) => {
    const row = await loaders.claim.load(ref.id);
    return row ? toClaim(row) : null;
  },
);

/** The Person stub: claims only adds `Person.claims`, which applies the caller's scope itself. */
export const personReference = authorizedReference<ClaimsContext, { id: string }>(
  () => undefined,
  (ref) => ({ id: ref.id }),
);
