import { allocationSubgraph } from '@statsbidrag/subgraph-allocation';
import { appealsSubgraph } from '@statsbidrag/subgraph-appeals';
import { claimsSubgraph } from '@statsbidrag/subgraph-claims';
import { decisionsSubgraph } from '@statsbidrag/subgraph-decisions';
import { personSubgraph } from '@statsbidrag/subgraph-person';
import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';

/** Every subgraph of the platform, in migration/seed order. */
export const SUBGRAPH_DEFINITIONS = [personSubgraph, claimsSubgraph, allocationSubgraph, decisionsSubgraph, appealsSubgraph] as unknown as readonly SubgraphDefinition<object>[];
