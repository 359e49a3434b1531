import { runCreateMigration } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { decisionsSubgraph } from './subgraph.js';

await runCreateMigration(decisionsSubgraph, fileURLToPath(new URL('..', import.meta.url)));
