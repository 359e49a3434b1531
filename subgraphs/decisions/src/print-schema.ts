import { writeSubgraphSdl } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { decisionsSubgraph } from './subgraph.js';

await writeSubgraphSdl(decisionsSubgraph, fileURLToPath(new URL('../schema.graphql', import.meta.url)));
