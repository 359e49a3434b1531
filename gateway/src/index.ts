export { startGateway, type GatewayOptions, type RunningGateway } from './gateway.js';
export { composeSupergraph, SUBGRAPHS, defaultSubgraphUrl, type SubgraphName } from './composition/compose.js';
export { readGatewayEnvironment, DEV_TOKEN_SECRET, DEFAULT_FRONTEND_ORIGINS } from './environment.js';
