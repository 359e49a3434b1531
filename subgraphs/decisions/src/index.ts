export { decisionsSubgraph } from './subgraph.js';
export { DECISIONS_RESOLVERS } from './schema.js';
