import { runSubgraphMain } from '@statsbidrag/graphql-kit';
import { appealsSubgraph } from './subgraph.js';

await runSubgraphMain(appealsSubgraph);
