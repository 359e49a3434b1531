import { writeSubgraphSdl } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { personSubgraph } from './subgraph.js';

await writeSubgraphSdl(personSubgraph, fileURLToPath(new URL('../schema.graphql', import.meta.url)));
