import { DEV_INTERNAL_SECRET } from '@statsbidrag/graphql-kit';
import type { SubgraphName } from './composition/compose.js';

/** The only place in the gateway that reads process.env. */
export interface GatewayEnvironment {
  port: number;
  host: string;
  internalSecret: string;
  auth:
    | { mode: 'dev'; secret: string }
    | {
        mode: 'oidc';
        /** The issuer in the tokens (as the browser sees the provider). */
        issuer: string;
        /** Where the gateway itself reaches the provider (discovery, token exchange); defaults to the issuer. */
        backchannelUrl: string;
        jwksUri: string;
        clientId: string;
        clientSecret: string;
        audience?: string;
        publicGatewayUrl: string;
      };
  frontendOrigins: string[];
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  maxQueryDepth: number;
}

export const DEV_TOKEN_SECRET = 'dev-only-user-token-secret-change-me-0000';

export const DEFAULT_FRONTEND_ORIGINS = [3000, 3001, 3002].flatMap((p) => [`http://127.0.0.1:${p}`, `http://localhost:${p}`]);

export function readGatewayEnvironment(env: NodeJS.ProcessEnv = process.env): GatewayEnvironment {
  const port = Number(env.PORT ?? 4000);
  const mode = env.AUTH_MODE ?? 'dev';
  if (mode !== 'dev' && mode !== 'oidc') throw new Error(`AUTH_MODE måste vara "dev" eller "oidc", inte "${mode}".`);
  let auth: GatewayEnvironment['auth'];
  if (mode === 'oidc') {
    const missing = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'].filter((k) => !env[k]);
    if (missing.length) throw new Error(`AUTH_MODE=oidc kräver ${missing.join(', ')}.`);
    const issuer = env.OIDC_ISSUER!.replace(/\/$/, '');
    const backchannelUrl = (env.OIDC_BACKCHANNEL_URL ?? issuer).replace(/\/$/, '');
    auth = {
      mode,
      issuer,
      backchannelUrl,
      jwksUri: env.OIDC_JWKS_URI ?? `${backchannelUrl}/protocol/openid-connect/certs`,
      clientId: env.OIDC_CLIENT_ID!,
      clientSecret: env.OIDC_CLIENT_SECRET!,
      ...(env.OIDC_AUDIENCE ? { audience: env.OIDC_AUDIENCE } : {}),
      publicGatewayUrl: env.PUBLIC_GATEWAY_URL ?? `http://localhost:${port}`,
    };
  } else {
    auth = { mode, secret: env.DEV_TOKEN_SECRET ?? DEV_TOKEN_SECRET };
  }
  const subgraphUrls: GatewayEnvironment['subgraphUrls'] = {};
  for (const name of ['person', 'claims', 'allocation', 'decisions', 'appeals'] as const) {
    const url = env[`SUBGRAPH_URL_${name.toUpperCase()}`];
    if (url) subgraphUrls[name] = url;
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    internalSecret: env.INTERNAL_IDENTITY_SECRET ?? DEV_INTERNAL_SECRET,
    auth,
    frontendOrigins: env.FRONTEND_ORIGINS ? env.FRONTEND_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_FRONTEND_ORIGINS,
    subgraphUrls,
    maxQueryDepth: Number(env.MAX_QUERY_DEPTH ?? 12),
  };
}
