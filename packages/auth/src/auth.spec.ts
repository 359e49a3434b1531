import type { Identity } from '@statsbidrag/domain';
import { SignJWT, generateKeyPair, exportJWK, createLocalJWKSet } from 'jose';
import {
  AuthenticationError,
  createUserTokenVerifier,
  signDevUserToken,
  signInternalIdentity,
  verifyInternalIdentity,
} from './index.js';

const SECRET = 'dev-secret-dev-secret-dev-secret-123';
const OTHER = 'another-secret-another-secret-9876543';
const officer: Identity = { sub: 'jarva.handlaggare', name: 'Hedda', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] };

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    return e instanceof AuthenticationError ? e.reason : `other: ${String(e)}`;
  }
}

describe('dev user tokens', () => {
  const verify = createUserTokenVerifier({ mode: 'dev', secret: SECRET });

  it('round-trips the identity through a signed token', async () => {
    const token = await signDevUserToken(officer, SECRET);
    await expect(verify(`Bearer ${token}`)).resolves.toEqual(officer);
  });
  it('rejects a missing, expired, foreign-signed or garbled token with a distinct reason', async () => {
    expect(await reason(verify(undefined))).toBe('TOKEN_MISSING');
    expect(await reason(verify('Basic abc'))).toBe('TOKEN_MISSING');
    expect(await reason(verify(`Bearer ${await signDevUserToken(officer, SECRET, -10)}`))).toBe('TOKEN_EXPIRED');
    expect(await reason(verify(`Bearer ${await signDevUserToken(officer, OTHER)}`))).toBe('TOKEN_INVALID');
    expect(await reason(verify('Bearer not.a.jwt'))).toBe('TOKEN_INVALID');
  });
  it('has Swedish messages', async () => {
    await expect(verify(undefined)).rejects.toThrow('Du är inte inloggad');
  });
});

describe('OIDC tokens (Keycloak shape)', () => {
  it('verifies RS256 tokens against the issuer keys and reads realm roles and district codes', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const verify = createUserTokenVerifier({ mode: 'oidc', issuer: 'http://127.0.0.1:8080/realms/statsbidrag', getKey: createLocalJWKSet({ keys: [jwk] }) });
    const token = await new SignJWT({ preferred_username: 'jarva.handlaggare', name: 'Hedda', realm_access: { roles: ['DISTRICT_OFFICER', 'offline_access'] }, district_codes: 'JARVA' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('kc-123')
      .setIssuer('http://127.0.0.1:8080/realms/statsbidrag')
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({ sub: 'kc-123', name: 'Hedda', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] });
    const wrongIssuer = await new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('http://evil').setExpirationTime('5m').sign(privateKey);
    expect(await reason(verify(`Bearer ${wrongIssuer}`))).toBe('TOKEN_INVALID');
  });
});

describe('internal identity', () => {
  it('is verified by subgraphs holding the shared key only', async () => {
    const token = await signInternalIdentity(officer, SECRET);
    await expect(verifyInternalIdentity(token, SECRET)).resolves.toEqual(officer);
    expect(await reason(verifyInternalIdentity(token, OTHER))).toBe('IDENTITY_INVALID');
    expect(await reason(verifyInternalIdentity(undefined, SECRET))).toBe('IDENTITY_MISSING');
    expect(await reason(verifyInternalIdentity(await signInternalIdentity(officer, SECRET, -5), SECRET))).toBe('IDENTITY_INVALID');
  });
  it('cannot be replaced by a user token signed with the same key (different audience)', async () => {
    const userToken = await signDevUserToken(officer, SECRET);
    expect(await reason(verifyInternalIdentity(userToken, SECRET))).toBe('IDENTITY_INVALID');
  });
});
