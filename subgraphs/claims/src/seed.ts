import { runSubgraphSeed } from '@statsbidrag/graphql-kit';
import { claimsSubgraph } from './subgraph.js';

await runSubgraphSeed(claimsSubgraph);
