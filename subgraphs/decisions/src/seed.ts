import { runSubgraphSeed } from '@statsbidrag/graphql-kit';
import { decisionsSubgraph } from './subgraph.js';

await runSubgraphSeed(decisionsSubgraph);
