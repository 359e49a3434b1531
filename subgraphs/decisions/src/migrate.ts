import { runSubgraphMigrate } from '@statsbidrag/graphql-kit';
import { decisionsSubgraph } from './subgraph.js';

await runSubgraphMigrate(decisionsSubgraph);
