/** The only place that reads process.env (house rule). */
export interface StaticServerEnvironment {
  host: string;
  port: number | undefined;
  graphqlUrl: string;
  authUrl: string;
  claimsRemoteUrl: string;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  graphqlUrl: 'http://127.0.0.1:4000/graphql',
  authUrl: 'http://127.0.0.1:4000/auth',
  claimsRemoteUrl: 'http://127.0.0.1:3002/mf-manifest.json',
} as const;

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): StaticServerEnvironment {
  const port = env.PORT ? Number(env.PORT) : undefined;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`PORT är ogiltig: ${env.PORT}`);
  return {
    host: env.HOST || DEFAULTS.host,
    port,
    graphqlUrl: env.GRAPHQL_URL || DEFAULTS.graphqlUrl,
    authUrl: env.AUTH_URL || DEFAULTS.authUrl,
    claimsRemoteUrl: env.CLAIMS_REMOTE_URL || DEFAULTS.claimsRemoteUrl,
  };
}
