import { writeSubgraphSdl } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { appealsSubgraph } from './subgraph.js';

await writeSubgraphSdl(appealsSubgraph, fileURLToPath(new URL('../schema.graphql', import.meta.url)));
