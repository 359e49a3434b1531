import { runSubgraphMain } from '@statsbidrag/graphql-kit';
import { allocationSubgraph } from './subgraph.js';

await runSubgraphMain(allocationSubgraph);
