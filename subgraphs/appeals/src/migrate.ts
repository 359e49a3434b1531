import { runSubgraphMigrate } from '@statsbidrag/graphql-kit';
import { appealsSubgraph } from './subgraph.js';

await runSubgraphMigrate(appealsSubgraph);
