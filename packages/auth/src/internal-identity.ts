import type { Identity } from '@statsbidrag/domain';
import { SignJWT, jwtVerify } from 'jose';
import { AuthenticationError } from './errors.js';
import { claimsFromIdentity, identityFromClaims } from './identity-claims.js';

/**
 * The gateway forwards the verified caller to subgraphs as a short-lived JWS (HS256) in this
 * header, signed with a key only the gateway and the subgraphs share (docs/adr/0003-tokens-and-authorization.md).
 */
export const IDENTITY_HEADER = 'x-statsbidrag-identity';
const ISSUER = 'statsbidrag-gateway';
const AUDIENCE = 'statsbidrag-subgraph';

function keyOf(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('Den interna signeringsnyckeln måste vara minst 32 tecken.');
  return new TextEncoder().encode(secret);
}

export async function signInternalIdentity(identity: Identity, secret: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT(claimsFromIdentity(identity))
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(keyOf(secret));
}

export async function verifyInternalIdentity(token: string | undefined | null, secret: string): Promise<Identity> {
  if (!token) throw new AuthenticationError('IDENTITY_MISSING');
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    return identityFromClaims(payload);
  } catch {
    throw new AuthenticationError('IDENTITY_INVALID');
  }
}
