import { runSubgraphSeed } from '@statsbidrag/graphql-kit';
import { appealsSubgraph } from './subgraph.js';

await runSubgraphSeed(appealsSubgraph);
