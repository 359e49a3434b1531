import { runCreateMigration } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { appealsSubgraph } from './subgraph.js';

await runCreateMigration(appealsSubgraph, fileURLToPath(new URL('..', import.meta.url)));
