export * from './mapping.js';
export * from './read-rows.js';
export * from './map-rows.js';
