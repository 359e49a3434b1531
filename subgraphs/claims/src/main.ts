import { runSubgraphMain } from '@statsbidrag/graphql-kit';
import { claimsSubgraph } from './subgraph.js';

await runSubgraphMain(claimsSubgraph);
