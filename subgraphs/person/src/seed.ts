import { runSubgraphSeed } from '@statsbidrag/graphql-kit';
import { personSubgraph } from './subgraph.js';

await runSubgraphSeed(personSubgraph);
