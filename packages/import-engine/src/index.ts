export * from './mapping.js';
export * from './read-rows.js';
export * from './map-rows.js';
export * from './entities.js';
export * from './run-import.js';
export * from './store-profile.js';
