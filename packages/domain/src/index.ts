export * from './roles.js';
export * from './identity.js';
export * from './personal-identity-number.js';
export * from './claim-status.js';
export * from './money.js';
export * from './validation.js';
