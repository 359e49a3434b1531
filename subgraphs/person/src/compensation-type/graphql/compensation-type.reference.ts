import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { PersonContext } from '../../context.js';
import { compensationTypeLoader } from './compensation-type.loader.js';
import { toCompensationType } from './compensation-type.type.js';

/**
 * CompensationType references from claims and decisions, batched (one statement for all codes of
 * a request). MiG's code table is public reference data, not personal data: any signed-in caller
 * may resolve a code that another subgraph has already shown them (a district user's claim).
 */
export const compensationTypeReference = authorizedReference<PersonContext, { code: string }>(
  () => undefined,
  async (ref, context) => {
    const row = await compensationTypeLoader(context).load(ref.code);
    return row ? toCompensationType(row) : null;
  },
);
