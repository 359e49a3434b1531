export { appealsSubgraph } from './subgraph.js';
export { APPEALS_RESOLVERS } from './schema.js';
