import { runSubgraphMain } from '@statsbidrag/graphql-kit';
import { decisionsSubgraph } from './subgraph.js';

await runSubgraphMain(decisionsSubgraph);
