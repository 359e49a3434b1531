import pg from 'pg';
import { createTestDatabase } from './index.js';
import { startEmbeddedPostgres } from './embedded.js';
import { mkdtempSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('embedded PostgreSQL', () => {
  it('gives each test file its own real database', async () => {
    const a = await createTestDatabase('a');
    const b = await createTestDatabase('b');
    try {
      const ca = new pg.Client({ connectionString: a.url });
      await ca.connect();
      await ca.query('create table t (x int)');
      await ca.query('insert into t values (1)');
      const version = await ca.query('show server_version');
      await ca.end();
      expect(String(version.rows[0].server_version)).toMatch(/^1[5-9]/);
      const cb = new pg.Client({ connectionString: b.url });
      await cb.connect();
      await expect(cb.query('select * from t')).rejects.toThrow(/does not exist/);
      await cb.end();
    } finally {
      await a.drop();
      await b.drop();
    }
  });

  it('keeps data between starts in a persistent data folder and reuses a running server', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'statsbidrag-persist-'));
    chmodSync(parent, 0o755); // like a checkout folder: the postgres user must be able to traverse it
    const dir = join(parent, 'data');
    const first = await startEmbeddedPostgres({ persistent: true, dataDir: dir });
    const c1 = new pg.Client({ connectionString: first.url });
    await c1.connect();
    await c1.query('create table kept (x int)');
    await c1.query('insert into kept values (42)');
    await c1.end();
    // A second start while the first still runs reuses it instead of failing.
    const again = await startEmbeddedPostgres({ persistent: true, dataDir: dir });
    expect(again.port).toBe(first.port);
    // The adopter stops it too (as after a start that was killed, when nobody else will).
    await again.stop();
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    const second = await startEmbeddedPostgres({ persistent: true, dataDir: dir });
    const c2 = new pg.Client({ connectionString: second.url });
    await c2.connect();
    const rows = await c2.query('select x from kept');
    await c2.end();
    await second.stop();
    expect(rows.rows).toEqual([{ x: 42 }]);
  });

  it('explains, instead of failing deep in initdb, when the postgres user cannot reach the data folder', async () => {
    const closed = mkdtempSync(join(tmpdir(), 'statsbidrag-closed-')); // mode 700
    const running = process.getuid?.() === 0;
    const attempt = startEmbeddedPostgres({ persistent: true, dataDir: join(closed, 'data') });
    if (running) await expect(attempt).rejects.toThrow(/chmod o\+x/);
    else await (await attempt).stop(); // not root: PostgreSQL runs as us and the folder is ours
  });
});
