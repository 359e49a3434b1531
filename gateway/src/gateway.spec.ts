import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, createLocalJWKSet } from 'jose';
import { createUserTokenVerifier } from '@statsbidrag/auth';
import { DEMO_USERS } from '@statsbidrag/demo-data';
import { startGateway, type RunningGateway } from './gateway.js';
import { allowedRedirect } from './auth/redirect.js';

// A gateway with no subgraphs behind it is enough for sign-in: a one-field supergraph.
const SUPERGRAPH = `schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.4", for: EXECUTION) { query: Query }
directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE
directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean, overrideLabel: String) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
directive @join__graph(name: String!, url: String!) on ENUM_VALUE
directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE
directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION
directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
scalar join__FieldSet
scalar link__Import
enum join__Graph { PERSON @join__graph(name: "person", url: "http://127.0.0.1:9/graphql") }
enum link__Purpose { SECURITY EXECUTION }
type Query @join__type(graph: PERSON) { ping: String }
`;

const FRONTEND = 'http://127.0.0.1:3000';
const base = { port: 0, host: '127.0.0.1', internalSecret: 'gateway-spec-internal-secret-0123456789', frontendOrigins: [FRONTEND], subgraphUrls: {}, maxQueryDepth: 12, supergraphSdl: SUPERGRAPH };

describe('redirect validation', () => {
  it('accepts only configured frontend origins', () => {
    expect(allowedRedirect('http://127.0.0.1:3000/x?y=1', [FRONTEND])?.pathname).toBe('/x');
    expect(allowedRedirect('https://evil.example/cb', [FRONTEND])).toBeNull();
    expect(allowedRedirect('javascript:alert(1)', [FRONTEND])).toBeNull();
    expect(allowedRedirect(null, [FRONTEND])).toBeNull();
  });
});

describe('dev sign-in', () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    gw = await startGateway({ ...base, auth: { mode: 'dev', secret: 'gateway-spec-dev-secret-0123456789abcdef' } });
  });
  afterAll(() => gw.close());

  it('lists every seeded demo user on a Swedish sign-in page', async () => {
    const res = await fetch(`${gw.origin}/auth/login?app=portal&redirect_uri=${encodeURIComponent(FRONTEND + '/')}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Logga in – Statsbidrag');
    for (const u of DEMO_USERS) expect(html).toContain(`data-username="${u.username}"`);
  });

  it('refuses to send a token to an unknown site', async () => {
    const res = await fetch(`${gw.origin}/auth/login?redirect_uri=${encodeURIComponent('https://evil.example/')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('inte är godkänd');
  });

  it('signs in a demo user and sends the browser back with an expiring token the gateway accepts', async () => {
    const res = await fetch(`${gw.origin}/auth/dev/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'jarva.handlaggare', redirect_uri: `${FRONTEND}/start` }),
    });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(`${FRONTEND}/start`);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(Number(fragment.get('expires_at'))).toBeGreaterThan(Date.now() / 1000);
    const verify = createUserTokenVerifier({ mode: 'dev', secret: 'gateway-spec-dev-secret-0123456789abcdef' });
    await expect(verify(`Bearer ${fragment.get('access_token')}`)).resolves.toMatchObject({ sub: 'jarva.handlaggare', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] });
  });

  it('answers CORS preflights for configured frontends only', async () => {
    const ok = await fetch(gw.url, { method: 'OPTIONS', headers: { origin: FRONTEND } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(FRONTEND);
    const other = await fetch(gw.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('OIDC sign-in (authorization code flow against a stand-in identity provider)', () => {
  let idp: Server;
  let issuer: string;
  let gw: RunningGateway;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  let lastTokenRequest: URLSearchParams | null = null;

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    privateKey = keys.privateKey;
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'idp', alg: 'RS256' };
    idp = createServer((req, res) => {
      const url = new URL(req.url!, issuer);
      if (url.pathname === '/realms/statsbidrag/.well-known/openid-configuration') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ authorization_endpoint: `${issuer}/auth`, token_endpoint: `${issuer}/token`, end_session_endpoint: `${issuer}/logout` }));
      } else if (url.pathname === '/realms/statsbidrag/token') {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', async () => {
          lastTokenRequest = new URLSearchParams(body);
          const accessToken = await new SignJWT({ preferred_username: 'farsta.kontakt', name: 'Kim', realm_access: { roles: ['DISTRICT_CONTACT'] }, district_codes: ['FARSTA'] })
            .setProtectedHeader({ alg: 'RS256', kid: 'idp' }).setIssuer(issuer).setSubject('kc-1').setExpirationTime('5m').sign(privateKey);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ access_token: accessToken, expires_in: 300, token_type: 'Bearer' }));
        });
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => idp.listen(0, '127.0.0.1', () => r()));
    issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/realms/statsbidrag`;
    gw = await startGateway({
      ...base,
      auth: { mode: 'oidc', issuer, backchannelUrl: issuer, jwksUri: `${issuer}/certs`, clientId: 'statsbidrag-gateway', clientSecret: 'client-secret', publicGatewayUrl: 'http://127.0.0.1:4000' },
      userTokenVerifier: createUserTokenVerifier({ mode: 'oidc', issuer, getKey: createLocalJWKSet({ keys: [jwk] }) }),
    });
  });
  afterAll(async () => {
    await gw.close();
    await new Promise<void>((r) => idp.close(() => r()));
  });

  it('sends the browser to the provider, exchanges the code server-side and hands the token to the app', async () => {
    const login = await fetch(`${gw.origin}/auth/login?app=sdf&redirect_uri=${encodeURIComponent(FRONTEND + '/')}`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe(`${issuer}/auth`);
    expect(authorize.searchParams.get('client_id')).toBe('statsbidrag-gateway');
    expect(authorize.searchParams.get('redirect_uri')).toBe('http://127.0.0.1:4000/auth/callback');

    const callback = await fetch(`${gw.origin}/auth/callback?code=abc&state=${encodeURIComponent(authorize.searchParams.get('state')!)}`, { redirect: 'manual' });
    expect(callback.status).toBe(303);
    expect(lastTokenRequest?.get('client_secret')).toBe('client-secret');
    expect(lastTokenRequest?.get('code')).toBe('abc');
    const back = new URL(callback.headers.get('location')!);
    expect(back.origin).toBe(FRONTEND);
    const token = new URLSearchParams(back.hash.slice(1)).get('access_token')!;

    // The gateway accepts the provider's token (and would forward the identity to subgraphs).
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('rejects a forged state and a token from another issuer', async () => {
    const forged = await fetch(`${gw.origin}/auth/callback?code=abc&state=forged`, { redirect: 'manual' });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('Inloggningen misslyckades');
    const otherIssuer = await new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'idp' }).setIssuer('http://evil').setExpirationTime('5m').sign(privateKey);
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${otherIssuer}` }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(401);
  });

  it('logs out through the provider', async () => {
    const res = await fetch(`${gw.origin}/auth/logout?redirect_uri=${encodeURIComponent(FRONTEND + '/')}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toContain(`${issuer}/logout?client_id=statsbidrag-gateway&post_logout_redirect_uri=`);
  });
});
