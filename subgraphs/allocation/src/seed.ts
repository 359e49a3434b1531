import { runSubgraphSeed } from '@statsbidrag/graphql-kit';
import { allocationSubgraph } from './subgraph.js';

await runSubgraphSeed(allocationSubgraph);
