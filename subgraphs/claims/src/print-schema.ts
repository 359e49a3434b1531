import { writeSubgraphSdl } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { claimsSubgraph } from './subgraph.js';

await writeSubgraphSdl(claimsSubgraph, fileURLToPath(new URL('../schema.graphql', import.meta.url)));
