import { createOrm, createTestDatabase, type MikroORM } from '@statsbidrag/db';
import { IMPORT_ENTITIES, ImportProfileEntity } from './entities.js';
import type { MappingProfile } from './mapping.js';
import { storeProfile } from './store-profile.js';

const SCHEMA = 'engine_profiles';
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase('import_engine_profiles');
  orm = await createOrm({ schema: SCHEMA, databaseUrl: db.url, entities: [...IMPORT_ENTITIES], migrations: [] });
  await orm.em.getConnection().execute(`create schema if not exists "${SCHEMA}"`);
  await orm.schema.create();
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

const profile = (name: string, position: number): MappingProfile => ({ key: 'EGEN_PROFIL', name, format: 'csv', hasHeader: false, delimiter: ';', columns: { amount: { position } } });

describe('storeProfile', () => {
  it('creates a profile, updates it under the same kind, and refuses the key for another kind without changing it', async () => {
    expect(await storeProfile(orm.em.fork(), 'MIG_BESLUT', profile('Första', 1), 'admin1')).toBe('STORED');
    expect(await storeProfile(orm.em.fork(), 'MIG_BESLUT', profile('Andra', 2), 'admin2')).toBe('STORED');
    expect(await storeProfile(orm.em.fork(), 'GENERALSCHABLON', profile('Tredje', 3), 'admin3')).toBe('KEY_TAKEN');

    const stored = await orm.em.fork().find(ImportProfileEntity, {});
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ key: 'EGEN_PROFIL', kind: 'MIG_BESLUT', name: 'Andra', createdBy: 'admin1', updatedBy: 'admin2' });
    expect(stored[0]!.definition).toEqual({ name: 'Andra', format: 'csv', hasHeader: false, delimiter: ';', columns: { amount: { position: 2 } } });
  });
});
