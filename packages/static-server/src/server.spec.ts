import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnvironment } from './environment.js';
import { startStaticServer, type StaticServer } from './server.js';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-server-'));
  await mkdir(join(root, 'static', 'js'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><html lang="sv"><title>Portal</title></html>');
  await writeFile(join(root, 'static', 'js', 'main.abc123.js'), 'console.log("hej");');
  await writeFile(join(root, 'mf-manifest.json'), '{"id":"claims"}');
  await writeFile(join(root, 'static', 'app.css'), 'body{}');
  server = await startStaticServer({
    root,
    app: 'portal',
    port: 0,
    host: '127.0.0.1',
    environment: { graphqlUrl: 'http://gw.example/graphql', authUrl: 'http://gw.example/auth', claimsRemoteUrl: 'http://claims.example/mf-manifest.json' },
  });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('listens on the given host and a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('answers GET /health with 200 {"status":"ok"}', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves /config.json with the app name, the URLs and the claims remote', async () => {
    const res = await fetch(`${server.url}/config.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      app: 'portal',
      graphqlUrl: 'http://gw.example/graphql',
      authUrl: 'http://gw.example/auth',
      remotes: { claims: 'http://claims.example/mf-manifest.json' },
    });
  });

  it('serves files with the right content type and CORS for other origins', async () => {
    const js = await fetch(`${server.url}/static/js/main.abc123.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('access-control-allow-origin')).toBe('*');
    expect(await js.text()).toBe('console.log("hej");');

    const css = await fetch(`${server.url}/static/app.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');

    const manifest = await fetch(`${server.url}/mf-manifest.json`);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/json/);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to index.html for client-side routes', async () => {
    for (const path of ['/', '/atersokningar', '/atersokningar/123']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<title>Portal</title>');
    }
  });

  it('answers 404 for a missing file with an extension', async () => {
    const res = await fetch(`${server.url}/static/js/missing.js`);
    expect(res.status).toBe(404);
  });

  it('does not serve files outside the root', async () => {
    const res = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('root:');
  });

  it('answers CORS preflight and refuses other methods', async () => {
    const options = await fetch(`${server.url}/remoteEntry.js`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe('*');
    const post = await fetch(`${server.url}/health`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('readEnvironment', () => {
  it('uses the documented defaults', () => {
    expect(readEnvironment({})).toEqual({
      host: '127.0.0.1',
      port: undefined,
      graphqlUrl: 'http://127.0.0.1:4000/graphql',
      authUrl: 'http://127.0.0.1:4000/auth',
      claimsRemoteUrl: 'http://127.0.0.1:3002/mf-manifest.json',
    });
  });

  it('reads HOST, PORT, GRAPHQL_URL, AUTH_URL and CLAIMS_REMOTE_URL', () => {
    expect(
      readEnvironment({ HOST: '0.0.0.0', PORT: '3001', GRAPHQL_URL: 'https://gw/graphql', AUTH_URL: 'https://gw/auth', CLAIMS_REMOTE_URL: 'https://claims/mf-manifest.json' }),
    ).toEqual({ host: '0.0.0.0', port: 3001, graphqlUrl: 'https://gw/graphql', authUrl: 'https://gw/auth', claimsRemoteUrl: 'https://claims/mf-manifest.json' });
  });

  it('rejects an invalid PORT', () => {
    expect(() => readEnvironment({ PORT: 'abc' })).toThrow(/PORT/);
  });
});
