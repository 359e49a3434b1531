import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { contentTypeOf } from './content-types.js';
import { readEnvironment, type StaticServerEnvironment } from './environment.js';

/** The browser's `/config.json` (docs/CONTRACT.md, "Sign-in"). */
export interface FrontendConfig {
  app: string;
  graphqlUrl: string;
  authUrl: string;
  remotes: { claims: string };
}

export interface StaticServerOptions {
  /** The built folder to serve (e.g. `dist`). */
  root: string;
  /** Port; 0 picks a free one. Defaults to PORT, else 0. */
  port?: number;
  /** Defaults to HOST, else 127.0.0.1. */
  host?: string;
  /** The app name in `/config.json` ("portal", "sdf", "claims"). */
  app: string;
  /** Overrides of what is read from the environment (GRAPHQL_URL, AUTH_URL, CLAIMS_REMOTE_URL). */
  environment?: Partial<StaticServerEnvironment>;
}

export interface StaticServer {
  /** e.g. "http://127.0.0.1:3000" */
  url: string;
  port: number;
  config: FrontendConfig;
  close(): Promise<void>;
}

export function buildFrontendConfig(app: string, env: Pick<StaticServerEnvironment, 'graphqlUrl' | 'authUrl' | 'claimsRemoteUrl'>): FrontendConfig {
  return { app, graphqlUrl: env.graphqlUrl, authUrl: env.authUrl, remotes: { claims: env.claimsRemoteUrl } };
}

/** Files that must never be cached: they name the current build's other files. */
function isEntryFile(path: string): boolean {
  return /(^|[\\/])(index\.html|mf-manifest\.json|mf-stats\.json|remoteEntry\.js)$/.test(path);
}

function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(req.method === 'HEAD' ? undefined : text);
}

async function fileAt(path: string): Promise<{ path: string; size: number } | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, size: info.size };
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
    return null;
  } catch {
    return null;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: { path: string; size: number }): void {
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file.path),
    'Content-Length': file.size,
    'Cache-Control': isEntryFile(file.path) ? 'no-cache' : 'public, max-age=3600',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Serves a built frontend: static files, SPA fallback to index.html for paths without a file
 * extension, `GET /health`, `GET /config.json` from the environment, and CORS `*` (remote bundles
 * are loaded from other origins).
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const env = { ...readEnvironment(), ...options.environment };
  const root = resolve(options.root);
  const config = buildFrontendConfig(options.app, env);
  const host = options.host ?? env.host;
  const port = options.port ?? env.port ?? 0;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(req, res, 500, { error: 'Internt fel' });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCommonHeaders(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Max-Age': '600' });
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD, OPTIONS');
      sendJson(req, res, 405, { error: 'Metoden stöds inte' });
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      sendJson(req, res, 400, { error: 'Ogiltig adress' });
      return;
    }
    if (pathname === '/health') return sendJson(req, res, 200, { status: 'ok' });
    if (pathname === '/config.json') return sendJson(req, res, 200, config);

    const target = normalize(join(root, pathname));
    if (target !== root && !target.startsWith(root + sep)) {
      sendJson(req, res, 403, { error: 'Förbjuden sökväg' });
      return;
    }
    const file = await fileAt(target);
    if (file) return sendFile(req, res, file);
    // SPA fallback: client-side routes have no file extension; missing assets are a real 404.
    if (!extname(pathname)) {
      const index = await fileAt(join(root, 'index.html'));
      if (index) return sendFile(req, res, index);
    }
    sendJson(req, res, 404, { error: 'Hittades inte' });
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    config,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
