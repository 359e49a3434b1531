import { claimsSubgraph } from '@statsbidrag/subgraph-claims';
import { personSubgraph } from '@statsbidrag/subgraph-person';

/** Every subgraph of the platform, in migration/seed order. */
export const SUBGRAPH_DEFINITIONS = [personSubgraph, claimsSubgraph] as const;
