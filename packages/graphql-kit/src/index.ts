import 'reflect-metadata';
export * from './errors.js';
export * from './scalars.js';
export * from './federation.js';
export * from './authorization.js';
export * from './pagination.js';
export * from './server.js';
export * from './loaders.js';
