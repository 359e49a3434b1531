import { readGatewayEnvironment } from './environment.js';

describe('gateway configuration', () => {
  it('defaults to the embedded dev sign-in on loopback', () => {
    const env = readGatewayEnvironment({});
    expect(env).toMatchObject({ port: 4000, host: '127.0.0.1', auth: { mode: 'dev' } });
  });
  it('requires issuer, client id and secret for OIDC, and reads subgraph URL overrides', () => {
    expect(() => readGatewayEnvironment({ AUTH_MODE: 'oidc' })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET/);
    const env = readGatewayEnvironment({ AUTH_MODE: 'oidc', OIDC_ISSUER: 'http://kc/realms/x', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's', SUBGRAPH_URL_CLAIMS: 'http://claims:4002/graphql' });
    expect(env.auth).toMatchObject({ mode: 'oidc', issuer: 'http://kc/realms/x', backchannelUrl: 'http://kc/realms/x', jwksUri: 'http://kc/realms/x/protocol/openid-connect/certs' });
    const compose = readGatewayEnvironment({ AUTH_MODE: 'oidc', OIDC_ISSUER: 'http://localhost:8080/realms/x', OIDC_BACKCHANNEL_URL: 'http://keycloak:8080/realms/x', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' });
    expect(compose.auth).toMatchObject({ issuer: 'http://localhost:8080/realms/x', backchannelUrl: 'http://keycloak:8080/realms/x', jwksUri: 'http://keycloak:8080/realms/x/protocol/openid-connect/certs' });
    expect(env.subgraphUrls).toEqual({ claims: 'http://claims:4002/graphql' });
  });
  it('refuses an unknown auth mode', () => {
    expect(() => readGatewayEnvironment({ AUTH_MODE: 'none' })).toThrow(/AUTH_MODE/);
  });
});
