import { runSubgraphMigrate } from '@statsbidrag/graphql-kit';
import { allocationSubgraph } from './subgraph.js';

await runSubgraphMigrate(allocationSubgraph);
