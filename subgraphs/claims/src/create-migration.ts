import { runCreateMigration } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { claimsSubgraph } from './subgraph.js';

await runCreateMigration(claimsSubgraph, fileURLToPath(new URL('..', import.meta.url)));
