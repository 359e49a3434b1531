export { claimsSubgraph } from './subgraph.js';
export { CLAIMS_RESOLVERS } from './schema.js';
