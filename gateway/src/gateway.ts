import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { AuthenticationError, createUserTokenVerifier, signDevUserToken, signInternalIdentity, type UserTokenVerifier } from '@statsbidrag/auth';
import { findDemoUser } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import { closeHttpServer, ErrorCode, formatError, graphqlError, toGraphQLRequest, writeGraphQLResponse } from '@statsbidrag/graphql-kit';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { devLoginPage, errorPage } from './auth/dev-login-page.js';
import { OidcClient } from './auth/oidc.js';
import { allowedRedirect, withTokenFragment } from './auth/redirect.js';
import type { SubgraphName } from './composition/compose.js';
import { depthLimit } from './depth-limit.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import type { GatewayEnvironment } from './environment.js';

export interface GatewayOptions extends Omit<GatewayEnvironment, 'port'> {
  port: number;
  supergraphSdl: string;
  /** Replaces the OIDC JWKS lookup in tests. */
  userTokenVerifier?: UserTokenVerifier;
}

interface GatewayContext {
  identity: Identity;
  identityToken: string;
}

export interface RunningGateway {
  url: string;
  origin: string;
  close(): Promise<void>;
}

const DEV_TOKEN_TTL = 8 * 3600;

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > 64 * 1024) break;
    chunks.push(c as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    try {
      return new URLSearchParams(JSON.parse(text) as Record<string, string>);
    } catch {
      return new URLSearchParams();
    }
  }
  return new URLSearchParams(text);
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const verifyUser: UserTokenVerifier =
    options.userTokenVerifier ??
    createUserTokenVerifier(
      options.auth.mode === 'dev'
        ? { mode: 'dev', secret: options.auth.secret }
        : { mode: 'oidc', issuer: options.auth.issuer, jwksUri: options.auth.jwksUri, ...(options.auth.audience ? { audience: options.auth.audience } : {}) },
    );
  const oidc =
    options.auth.mode === 'oidc'
      ? new OidcClient({ ...options.auth, stateSecret: options.internalSecret })
      : null;

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ url: options.subgraphUrls[name as SubgraphName] ?? url }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    validationRules: [depthLimit(options.maxQueryDepth)],
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  const cors = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    return origin && options.frontendOrigins.includes(origin)
      ? {
          'access-control-allow-origin': origin,
          'access-control-allow-credentials': 'true',
          'access-control-allow-headers': 'authorization, content-type, apollo-require-preflight',
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-max-age': '600',
          vary: 'Origin',
        }
      : { vary: 'Origin' };
  };

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let identity: Identity;
    try {
      identity = await verifyUser(req.headers.authorization);
    } catch (err) {
      const e = err instanceof AuthenticationError ? err : new AuthenticationError('TOKEN_INVALID');
      for (const [k, v] of Object.entries(cors(req))) res.setHeader(k, v);
      res.setHeader('www-authenticate', 'Bearer');
      graphqlError(401, res, ErrorCode.UNAUTHENTICATED, e.message, { reason: e.reason });
      return;
    }
    const identityToken = await signInternalIdentity(identity, options.internalSecret);
    const request = await toGraphQLRequest(req, res);
    if (!request) return;
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => ({ identity, identityToken }) });
    for (const [k, v] of Object.entries(cors(req))) response.headers.set(k, v);
    await writeGraphQLResponse(res, response);
  }

  async function handleAuth(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const html = 'text/html; charset=utf-8';
    const path = url.pathname;
    if (path === '/auth/login' && req.method === 'GET') {
      const target = allowedRedirect(url.searchParams.get('redirect_uri'), options.frontendOrigins);
      if (!target) return send(res, 400, html, errorPage('Ogiltig adress', 'Inloggningen kom från en adress som inte är godkänd (redirect_uri).'));
      if (oidc) {
        res.writeHead(302, { location: await oidc.authorizationUrl(target.toString()) });
        res.end();
        return;
      }
      return send(res, 200, html, devLoginPage(target.toString(), url.searchParams.get('app')));
    }
    if (path === '/auth/dev/login' && req.method === 'POST' && !oidc) {
      const form = await readForm(req);
      const target = allowedRedirect(form.get('redirect_uri'), options.frontendOrigins);
      const user = findDemoUser(form.get('username') ?? '');
      if (!target) return send(res, 400, html, errorPage('Ogiltig adress', 'Inloggningen kom från en adress som inte är godkänd (redirect_uri).'));
      if (!user) return send(res, 400, html, errorPage('Okänd användare', 'Välj en av demoanvändarna på inloggningssidan.'));
      const token = await signDevUserToken(toIdentity(user), (options.auth as { secret: string }).secret, DEV_TOKEN_TTL);
      res.writeHead(303, { location: withTokenFragment(target, token, Math.floor(Date.now() / 1000) + DEV_TOKEN_TTL) });
      res.end();
      return;
    }
    if (path === '/auth/dev/token' && req.method === 'POST' && !oidc) {
      // For scripts and tests in embedded mode: a demo user's token as JSON.
      const form = await readForm(req);
      const user = findDemoUser(form.get('username') ?? '');
      if (!user) return send(res, 400, 'application/json', JSON.stringify({ error: 'Okänd demoanvändare.' }));
      const token = await signDevUserToken(toIdentity(user), (options.auth as { secret: string }).secret, DEV_TOKEN_TTL);
      return send(res, 200, 'application/json', JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: DEV_TOKEN_TTL }));
    }
    if (path === '/auth/callback' && req.method === 'GET' && oidc) {
      const code = url.searchParams.get('code');
      const state = url.searchParams.get('state');
      if (!code || !state) return send(res, 400, html, errorPage('Inloggningen misslyckades', url.searchParams.get('error_description') ?? 'Svaret från inloggningstjänsten saknar kod.'));
      try {
        const done = await oidc.finish(code, state);
        const target = allowedRedirect(done.redirectUri, options.frontendOrigins);
        if (!target) return send(res, 400, html, errorPage('Ogiltig adress', 'Inloggningen kom från en adress som inte är godkänd.'));
        res.writeHead(303, { location: withTokenFragment(target, done.accessToken, done.expiresAt) });
        res.end();
      } catch (err) {
        console.error('[gateway] OIDC callback', err);
        send(res, 400, html, errorPage('Inloggningen misslyckades', 'Inloggningen kunde inte slutföras. Försök igen.'));
      }
      return;
    }
    if (path === '/auth/logout' && req.method === 'GET') {
      const target = allowedRedirect(url.searchParams.get('redirect_uri'), options.frontendOrigins);
      if (!target) return send(res, 400, html, errorPage('Ogiltig adress', 'Utloggningen kom från en adress som inte är godkänd.'));
      res.writeHead(302, { location: oidc ? await oidc.logoutUrl(target.toString()) : target.toString() });
      res.end();
      return;
    }
    send(res, 404, html, errorPage('Sidan finns inte', 'Adressen finns inte.'));
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors(req));
        res.end();
      } else if (url.pathname === '/health') {
        send(res, 200, 'application/json', JSON.stringify({ status: 'ok', service: 'gateway' }));
      } else if (url.pathname.startsWith('/auth/')) {
        await handleAuth(req, res, url);
      } else if (url.pathname === '/graphql' || url.pathname === '/') {
        await handleGraphQL(req, res);
      } else {
        send(res, 404, 'application/json', JSON.stringify({ errors: [{ message: 'Sidan finns inte.', extensions: { code: 'NOT_FOUND' } }] }));
      }
    })().catch((err) => {
      console.error('[gateway] unhandled', err);
      if (!res.headersSent) graphqlError(500, res, ErrorCode.INTERNAL_SERVER_ERROR, 'Ett internt fel inträffade.');
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  return {
    url: `${origin}/graphql`,
    origin,
    async close() {
      await closeHttpServer(server);
      await apollo.stop();
    },
  };
}

function toIdentity(user: { username: string; name: string; email: string; roles: Identity['roles']; districtCodes: string[] }): Identity {
  return { sub: user.username, name: user.name, email: user.email, roles: [...user.roles], districtCodes: [...user.districtCodes] };
}
