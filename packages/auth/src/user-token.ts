import type { Identity } from '@statsbidrag/domain';
import { SignJWT, jwtVerify, createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';
import { AuthenticationError } from './errors.js';
import { claimsFromIdentity, identityFromClaims } from './identity-claims.js';

export const DEV_ISSUER = 'statsbidrag-dev';
export const USER_AUDIENCE = 'statsbidrag';

function keyOf(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('Signeringsnyckeln måste vara minst 32 tecken.');
  return new TextEncoder().encode(secret);
}

/** Issues a user token in embedded (dev) mode: HS256, expiring. */
export async function signDevUserToken(identity: Identity, secret: string, ttlSeconds = 8 * 3600): Promise<string> {
  return new SignJWT(claimsFromIdentity(identity))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(USER_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(keyOf(secret));
}

export type UserTokenConfig =
  | { mode: 'dev'; secret: string }
  | { mode: 'oidc'; issuer: string; audience?: string; jwksUri?: string; getKey?: JWTVerifyGetKey };

export type UserTokenVerifier = (authorizationHeader: string | undefined | null) => Promise<Identity>;

export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1]! : null;
}

function mapJoseError(err: unknown): never {
  if (err instanceof errors.JWTExpired) throw new AuthenticationError('TOKEN_EXPIRED');
  throw new AuthenticationError('TOKEN_INVALID');
}

/** Verifies a user's bearer token (dev HS256 or the OIDC provider's RS256 via JWKS). */
export function createUserTokenVerifier(config: UserTokenConfig): UserTokenVerifier {
  if (config.mode === 'dev') {
    const key = keyOf(config.secret);
    return async (header) => {
      const token = bearerToken(header);
      if (!token) throw new AuthenticationError('TOKEN_MISSING');
      try {
        const { payload } = await jwtVerify(token, key, { issuer: DEV_ISSUER, audience: USER_AUDIENCE, algorithms: ['HS256'] });
        return identityFromClaims(payload);
      } catch (err) {
        return mapJoseError(err);
      }
    };
  }
  const issuer = config.issuer.replace(/\/$/, '');
  const getKey = config.getKey ?? createRemoteJWKSet(new URL(config.jwksUri ?? `${issuer}/protocol/openid-connect/certs`));
  return async (header) => {
    const token = bearerToken(header);
    if (!token) throw new AuthenticationError('TOKEN_MISSING');
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer,
        ...(config.audience ? { audience: config.audience } : {}),
        algorithms: ['RS256', 'ES256', 'PS256'],
      });
      return identityFromClaims(payload);
    } catch (err) {
      return mapJoseError(err);
    }
  };
}
