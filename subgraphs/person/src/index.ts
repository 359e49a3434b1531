export { personSubgraph } from './subgraph.js';
export { PERSON_RESOLVERS } from './schema.js';
