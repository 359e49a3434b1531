export * from './errors.js';
export * from './identity-claims.js';
export * from './user-token.js';
export * from './internal-identity.js';
