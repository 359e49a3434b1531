export { createOrm, migrate, ormConfig, Migration, type SubgraphOrmOptions, type MikroORM, type EntityManager } from './orm.js';
export { queryCounter, type RecordedQuery } from './query-counter.js';
export { createTestDatabase } from './test-database.js';
export { ensureDatabase, freePort } from './embedded.js';
