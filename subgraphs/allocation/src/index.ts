export { allocationSubgraph } from './subgraph.js';
export { ALLOCATION_RESOLVERS } from './schema.js';
