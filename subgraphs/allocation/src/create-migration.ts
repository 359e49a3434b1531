import { runCreateMigration } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { allocationSubgraph } from './subgraph.js';

await runCreateMigration(allocationSubgraph, fileURLToPath(new URL('..', import.meta.url)));
