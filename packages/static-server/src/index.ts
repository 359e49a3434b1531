export { startStaticServer, buildFrontendConfig, type StaticServer, type StaticServerOptions, type FrontendConfig } from './server.js';
export { readEnvironment, DEFAULTS, type StaticServerEnvironment } from './environment.js';
export { contentTypeOf } from './content-types.js';
