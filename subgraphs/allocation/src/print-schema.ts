import { writeSubgraphSdl } from '@statsbidrag/graphql-kit';
import { fileURLToPath } from 'node:url';
import { allocationSubgraph } from './subgraph.js';

await writeSubgraphSdl(allocationSubgraph, fileURLToPath(new URL('../schema.graphql', import.meta.url)));
