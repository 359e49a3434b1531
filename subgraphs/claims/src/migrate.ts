import { runSubgraphMigrate } from '@statsbidrag/graphql-kit';
import { claimsSubgraph } from './subgraph.js';

await runSubgraphMigrate(claimsSubgraph);
