export * from './districts.js';
export * from './users.js';
export * from './persons.js';
export * from './claims.js';
export * from './compensation-types.js';
