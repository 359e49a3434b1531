import { runSubgraphMain } from '@statsbidrag/graphql-kit';
import { personSubgraph } from './subgraph.js';

await runSubgraphMain(personSubgraph);
