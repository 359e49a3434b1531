import { ApolloServer, HeaderMap, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { AuthenticationError, IDENTITY_HEADER, verifyInternalIdentity } from '@statsbidrag/auth';
import type { Identity } from '@statsbidrag/domain';
import type { GraphQLSchema } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, formatError } from './errors.js';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  /** Subgraph name, for logs and the health answer. */
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  /** Shared key for the gateway's identity header. */
  internalSecret: string;
  /** Builds the per-request context (forked EntityManager, DataLoaders) for a verified caller. */
  createContext: (identity: Identity) => Promise<TContext> | TContext;
  /** Throws when the service is not healthy (e.g. the database does not answer). */
  healthCheck?: () => Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Largest request body: a 10 MB import file arrives base64-encoded (about 13.4 MB) inside JSON. */
const MAX_BODY_BYTES = 15 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function graphqlError(status: number, res: ServerResponse, code: string, message: string, extra: Record<string, unknown> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extra } }] });
}

/** Past this a refused body is no longer drained: the connection is cut. */
const MAX_DRAINED_BYTES = 256 * 1024 * 1024;

/**
 * The request body, or null when it is larger than MAX_BODY_BYTES. A refused body is read to its end
 * and dropped (up to MAX_DRAINED_BYTES) instead of cutting the connection, so that the client gets the
 * 413 answer rather than a connection reset while it is still sending.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > MAX_DRAINED_BYTES) req.destroy();
        return;
      }
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      if (!tooLarge) reject(error);
    });
  });
}

/** Converts a Node request to Apollo's HTTPGraphQLRequest; returns null after answering a bad request. */
export async function toGraphQLRequest(req: IncomingMessage, res: ServerResponse): Promise<HTTPGraphQLRequest | null> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let body: unknown = undefined;
  if (req.method === 'POST') {
    let text: string | null;
    try {
      text = await readBody(req);
    } catch {
      graphqlError(400, res, ErrorCode.BAD_REQUEST, 'Begäran kunde inte läsas. Försök igen.');
      return null;
    }
    if (text === null) {
      graphqlError(413, res, ErrorCode.BAD_REQUEST, 'Begäran är för stor (högst 15 MB; en importfil får vara högst 10 MB).');
      return null;
    }
    const type = headers.get('content-type') ?? '';
    if (type.includes('application/json')) {
      try {
        body = text.length ? JSON.parse(text) : undefined;
      } catch {
        graphqlError(400, res, ErrorCode.BAD_REQUEST, 'Begärans innehåll är inte giltig JSON.');
        return null;
      }
    } else {
      body = text;
    }
  }
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
}

export async function writeGraphQLResponse(
  res: ServerResponse,
  response: { status?: number; headers: Map<string, string>; body: { kind: 'complete'; string: string } | { kind: 'chunked'; asyncIterator: AsyncIterableIterator<string> } },
): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [k, v] of response.headers) headers[k] = v;
  res.writeHead(response.status ?? 200, headers);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/**
 * Stops accepting connections and closes idle keep-alive ones at once (callers such as the gateway
 * keep sockets open); busy ones get two seconds to finish.
 */
export async function closeHttpServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 2000);
  force.unref();
  await closed;
  clearTimeout(force);
}

/**
 * Serves one subgraph: `GET /health`, and `POST /graphql` only for calls that carry the
 * gateway's signed identity (401 otherwise). Errors are masked by `formatError`.
 */
export async function startSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): Promise<RunningServer> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((err) => {
      console.error(`[${options.name}] unhandled`, err);
      if (!res.headersSent) graphqlError(500, res, ErrorCode.INTERNAL_SERVER_ERROR, 'Ett internt fel inträffade.');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') {
      try {
        await options.healthCheck?.();
        sendJson(res, 200, { status: 'ok', service: options.name });
      } catch {
        sendJson(res, 503, { status: 'unavailable', service: options.name });
      }
      return;
    }
    if (path !== '/graphql' && path !== '/') {
      sendJson(res, 404, { errors: [{ message: 'Sidan finns inte.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    let identity: Identity;
    try {
      const header = req.headers[IDENTITY_HEADER];
      identity = await verifyInternalIdentity(Array.isArray(header) ? header[0] : header, options.internalSecret);
    } catch (err) {
      const reason = err instanceof AuthenticationError ? err.reason : 'IDENTITY_INVALID';
      const message = err instanceof AuthenticationError ? err.message : 'Ogiltig identitet.';
      graphqlError(401, res, ErrorCode.UNAUTHENTICATED, message, { reason });
      return;
    }
    const httpGraphQLRequest = await toGraphQLRequest(req, res);
    if (!httpGraphQLRequest) return;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => options.createContext(identity),
    });
    await writeGraphQLResponse(res, response);
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/graphql`,
    port,
    async close() {
      await closeHttpServer(server);
      await apollo.stop();
    },
  };
}
