import { runSubgraphMigrate } from '@statsbidrag/graphql-kit';
import { personSubgraph } from './subgraph.js';

await runSubgraphMigrate(personSubgraph);
