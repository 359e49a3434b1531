import { runCreateMigration } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { personSubgraph } from './subgraph.js';

await runCreateMigration(personSubgraph, fileURLToPath(new URL('..', import.meta.url)));
